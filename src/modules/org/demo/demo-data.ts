// The demo company (a fictional service business) that a new organization can start from.
// Pure data: the seeding code is in demo-seed.ts. Names, addresses and numbers are invented;
// e-mails use the reserved example.co.jp domain and the corporate number uses registry office
// code 9999, which no real registry office has.
import type { AppointmentRole } from "../../../core/appointments/appointment-rules.ts";
import { corporateNumberCheckDigit } from "../../../core/corporate-number.ts";
import type { EmploymentType } from "../../people/index.ts";
import type { Office } from "../org.tables.ts";

export const DEMO_EMAIL_DOMAIN = "example.co.jp";

/** 会社法人等番号 (12 digits) of the demo company; the 法人番号 adds its check digit in front. */
const CORPORATE_BASE = "999901004321";

export const DEMO_OFFICES: readonly Office[] = [
  {
    address: "東京都千代田区見本町一丁目2番3号 見本ビル5階",
    business:
      "本社。経営管理、総務・人事、法人営業、業務システムの開発・運用（顧客・従業者・採用応募者の個人情報を取り扱う）",
  },
  {
    address: "東京都八王子市見本台四丁目5番6号",
    business:
      "多摩サポートセンター。顧客からの電話・メールによる問い合わせ対応、受託したコールセンター業務",
  },
  {
    address: "東京都立川市試験町二丁目7番8号 試験ビル3階",
    business: "多摩営業所。多摩地区の法人営業（見込み客・取引先担当者の名刺情報を取り扱う）",
  },
];

export const DEMO_PROFILE = {
  corporateNumber: `${corporateNumberCheckDigit(CORPORATE_BASE)}${CORPORATE_BASE}`,
  headOffice: DEMO_OFFICES[0]?.address ?? null,
  industry: "service",
  capital: 30_000_000,
  offices: DEMO_OFFICES,
  scope: [
    "当社のすべての事業所（本社、多摩サポートセンター、多摩営業所）と、そこで働くすべての従業者（役員、正社員、契約社員、パート・アルバイト、派遣社員）を対象とします。",
    "対象とする個人情報は、法人営業で得る取引先担当者と見込み客の情報、受託したコールセンター業務で預かるお客様の情報、従業者と採用応募者の情報です。",
    "紙の書類、社内システム、外部のクラウドサービスに保存しているものを含み、取得から廃棄までの全工程に適用します。",
  ].join("\n"),
} as const;

export type DeptKey =
  | "hq"
  | "planning"
  | "admin"
  | "hr"
  | "general"
  | "sales"
  | "sales1"
  | "sales2"
  | "system"
  | "support";

/** Department tree, parents before children, siblings in display order. */
export const DEMO_DEPARTMENTS: readonly { key: DeptKey; name: string; parent: DeptKey | null }[] = [
  { key: "hq", name: "本社", parent: null },
  { key: "planning", name: "経営企画室", parent: "hq" },
  { key: "admin", name: "総務部", parent: "hq" },
  { key: "hr", name: "人事課", parent: "admin" },
  { key: "general", name: "総務課", parent: "admin" },
  { key: "sales", name: "営業部", parent: "hq" },
  { key: "sales1", name: "第一営業課", parent: "sales" },
  { key: "sales2", name: "第二営業課", parent: "sales" },
  { key: "system", name: "システム部", parent: "hq" },
  { key: "support", name: "カスタマーサポート部", parent: "hq" },
];

/** [mail name (also the key appointments use), name, reading, department, type, joined, left] */
export type DemoPerson = readonly [
  key: string,
  name: string,
  kana: string,
  department: DeptKey,
  employmentType: EmploymentType,
  joinedOn: string,
  leftOn?: string,
];

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  // Officers
  ["k.sato", "佐藤 健一", "サトウ ケンイチ", "hq", "officer", "2009-06-01"],
  ["m.suzuki", "鈴木 誠", "スズキ マコト", "sales", "officer", "2010-04-01"],
  ["k.takahashi", "高橋 和夫", "タカハシ カズオ", "hq", "officer", "2015-06-25"],
  // 経営企画室
  ["m.tanaka", "田中 美穂", "タナカ ミホ", "planning", "regular", "2012-04-01"],
  ["s.ito", "伊藤 翔太", "イトウ ショウタ", "planning", "regular", "2019-04-01"],
  ["s.aoki", "青木 真一", "アオキ シンイチ", "planning", "contract", "2024-04-01"],
  // 総務部
  ["k.watanabe", "渡辺 浩二", "ワタナベ コウジ", "admin", "regular", "2011-10-01"],
  ["h.yamamoto", "山本 博", "ヤマモト ヒロシ", "admin", "regular", "2009-06-01", "2025-03-31"],
  ["y.nakamura", "中村 由美", "ナカムラ ユミ", "hr", "regular", "2014-04-01"],
  ["d.kobayashi", "小林 大輔", "コバヤシ ダイスケ", "hr", "regular", "2020-04-01"],
  ["s.kato", "加藤 さくら", "カトウ サクラ", "hr", "part_time", "2022-09-01"],
  ["m.yoshida", "吉田 恵", "ヨシダ メグミ", "general", "regular", "2016-04-01"],
  ["t.yamada", "山田 拓也", "ヤマダ タクヤ", "general", "regular", "2021-04-01"],
  ["y.sasaki", "佐々木 陽子", "ササキ ヨウコ", "general", "part_time", "2018-05-07"],
  ["m.yamaguchi", "山口 真理子", "ヤマグチ マリコ", "general", "dispatched", "2024-10-01"],
  // 営業部
  ["t.matsumoto", "松本 隆", "マツモト タカシ", "sales1", "regular", "2010-04-01"],
  ["r.inoue", "井上 亮", "イノウエ リョウ", "sales1", "regular", "2015-04-01"],
  ["y.sakamoto", "坂本 優子", "サカモト ユウコ", "sales1", "regular", "2017-04-01"],
  ["a.kimura", "木村 彩", "キムラ アヤ", "sales1", "regular", "2018-04-01"],
  ["k.hayashi", "林 健太", "ハヤシ ケンタ", "sales1", "regular", "2023-04-01"],
  ["n.saito", "斎藤 直樹", "サイトウ ナオキ", "sales1", "contract", "2024-01-15"],
  ["t.shimizu", "清水 智子", "シミズ トモコ", "sales2", "regular", "2013-04-01"],
  ["c.mori", "森 千尋", "モリ チヒロ", "sales2", "regular", "2017-07-01"],
  ["y.hashimoto", "橋本 結衣", "ハシモト ユイ", "sales2", "regular", "2020-04-01", "2023-09-30"],
  ["y.yamazaki", "山崎 悠斗", "ヤマザキ ユウト", "sales2", "regular", "2022-04-01"],
  ["t.ikeda", "池田 剛", "イケダ ツヨシ", "sales2", "contract", "2023-10-01"],
  ["a.ota", "太田 葵", "オオタ アオイ", "sales2", "part_time", "2025-05-01"],
  // システム部
  ["o.abe", "阿部 修", "アベ オサム", "system", "regular", "2012-07-01"],
  ["t.ishikawa", "石川 拓海", "イシカワ タクミ", "system", "regular", "2016-04-01"],
  ["y.fukuda", "福田 雄介", "フクダ ユウスケ", "system", "regular", "2018-10-01"],
  ["n.yamashita", "山下 奈々", "ヤマシタ ナナ", "system", "regular", "2019-04-01"],
  ["t.nakajima", "中島 翼", "ナカジマ ツバサ", "system", "regular", "2021-10-01"],
  ["d.ishii", "石井 大樹", "イシイ ダイキ", "system", "contract", "2022-06-01"],
  ["s.ogawa", "小川 聡", "オガワ サトシ", "system", "dispatched", "2025-01-06"],
  // カスタマーサポート部
  ["m.maeda", "前田 麻衣", "マエダ マイ", "support", "regular", "2011-04-01"],
  ["k.okada", "岡田 香織", "オカダ カオリ", "support", "regular", "2015-10-01"],
  ["m.fujita", "藤田 美咲", "フジタ ミサキ", "support", "regular", "2020-04-01"],
  ["r.hasegawa", "長谷川 蓮", "ハセガワ レン", "support", "regular", "2021-04-01"],
  ["a.goto", "後藤 彩花", "ゴトウ アヤカ", "support", "contract", "2023-04-01"],
  ["y.kondo", "近藤 裕子", "コンドウ ユウコ", "support", "part_time", "2019-11-01"],
  ["k.murakami", "村上 恵子", "ムラカミ ケイコ", "support", "part_time", "2022-02-01"],
  ["s.endo", "遠藤 颯太", "エンドウ ソウタ", "support", "part_time", "2024-06-01"],
];

/** The representative (代表取締役): the first officer. */
export const DEMO_REPRESENTATIVE_KEY = "k.sato";

export type DemoAppointment = {
  role: AppointmentRole;
  person: string;
  department: DeptKey | null;
  from: string;
  to: string | null;
  note: string | null;
};

const FY2025 = "2025-04-01";
const current = (
  role: AppointmentRole,
  person: string,
  note: string | null = null,
  department: DeptKey | null = null,
): DemoAppointment => ({ role, person, department, from: FY2025, to: null, note });

/** The PMS organization (個人情報保護体制) from fiscal 2025, plus the previous PMS manager. */
export const DEMO_APPOINTMENTS: readonly DemoAppointment[] = [
  current("top_management", "k.sato", "代表取締役"),
  {
    role: "pms_manager",
    person: "h.yamamoto",
    department: null,
    from: "2021-04-01",
    to: "2025-03-31",
    note: "前総務部長。定年退職に伴い退任",
  },
  current("pms_manager", "k.watanabe", "総務部長が兼任"),
  current("audit_lead", "m.tanaka", "経営企画室長が兼任"),
  current("dept_manager", "m.tanaka", "経営企画室長", "planning"),
  current("dept_manager", "k.watanabe", "総務部長", "admin"),
  current("dept_manager", "m.suzuki", "取締役営業部長", "sales"),
  current("dept_manager", "o.abe", "システム部長", "system"),
  current("dept_manager", "m.maeda", "カスタマーサポート部長", "support"),
  current("internal_auditor", "a.kimura"),
  current("internal_auditor", "t.ishikawa"),
  current("internal_auditor", "r.hasegawa"),
  current("complaints_desk", "k.okada", "お客様相談窓口（多摩サポートセンター）"),
  current("education_lead", "y.nakamura", "人事課"),
];
