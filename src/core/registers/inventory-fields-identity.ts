/** Register fields, part 1: what the information is and how it is obtained. See inventory-fields.ts. */

import type { InventoryFieldDef } from "./inventory-fields.ts";

export const IDENTITY_FIELDS: readonly InventoryFieldDef[] = [
  {
    key: "name",
    label: { ja: "個人情報の名称", en: "Name" },
    help: {
      ja: "この行を見分けるための名前です。業務名や書類名で書くと探しやすくなります。",
      en: "A name that tells this row apart, e.g. the business process or document it comes from.",
    },
    requirement: "optional",
    appRequired: true,
    type: "text",
    aliases: ["名称", "個人情報名", "業務名", "台帳名", "業務/個人情報名", "帳票名", "書類名"],
  },
  {
    key: "departmentId",
    label: { ja: "管理部門", en: "Managing department" },
    help: {
      ja: "この個人情報に責任を持って管理する部門です。",
      en: "The department responsible for looking after this information.",
    },
    requirement: "optional",
    type: "department",
    aliases: ["部門", "部署", "部署名", "管理部署", "担当部門", "担当部署", "主管部門", "所管部門"],
  },
  {
    key: "subjectCategories",
    label: { ja: "本人の区分", en: "Categories of individuals" },
    help: {
      ja: "誰についての情報かを書きます（例：顧客、従業者、採用応募者）。",
      en: "Whose information this is, e.g. customers, staff, job applicants.",
    },
    requirement: "optional",
    type: "textList",
    aliases: ["本人区分", "対象者", "対象者区分", "対象者の区分"],
  },
  {
    key: "dataItems",
    label: { ja: "個人情報の項目", en: "Data items" },
    help: {
      ja: "含まれる項目をすべて挙げます（例：氏名、住所、電話番号、生年月日）。",
      en: "Every item the records contain, e.g. name, address, phone number, date of birth.",
    },
    requirement: "required",
    type: "textList",
    aliases: [
      "項目",
      "取得項目",
      "個人情報項目",
      "記載項目",
      "含まれる項目",
      "主な項目",
      "データ項目",
    ],
  },
  {
    key: "infoType",
    label: { ja: "情報の種別", en: "Type of information" },
    help: {
      ja: "通常の個人情報か、仮名加工・匿名加工した情報か、個人関連情報かを選びます。",
      en: "Whether this is ordinary personal information, pseudonymised or anonymised data, or person-related information.",
    },
    requirement: "optional",
    type: "enum",
    values: [
      {
        value: "personal",
        label: { ja: "個人情報", en: "Personal information" },
        aliases: ["個人データ"],
      },
      {
        value: "pseudonymized",
        label: { ja: "仮名加工情報", en: "Pseudonymised information" },
        aliases: ["仮名加工"],
      },
      {
        value: "anonymized",
        label: { ja: "匿名加工情報", en: "Anonymised information" },
        aliases: ["匿名加工"],
      },
      {
        value: "related",
        label: { ja: "個人関連情報", en: "Person-related information" },
        aliases: [],
      },
    ],
    aliases: ["種別", "情報種別", "個人情報の種別", "種類"],
  },
  {
    key: "count",
    label: { ja: "件数", en: "Number of records" },
    help: {
      ja: "おおよその件数で構いません。「約」「以上」「未満」を付けられます（例：約1,200件、1万人以上）。数として読めない書き方（100〜200など）は文字のまま残り、並べ替えや合計には入りません。",
      en: "An estimate is enough, with 約 (about), 以上 (or more) or 未満 (fewer than), e.g. about 1,200. Text that is not one number (a range such as 100–200) is kept as written but not sorted or added up.",
    },
    requirement: "optional",
    type: "count",
    aliases: ["概数", "件数（概算）", "件数（概数）", "概算件数", "保有件数", "人数", "数量"],
  },
  {
    key: "medium",
    label: { ja: "媒体", en: "Medium" },
    help: {
      ja: "紙で持っているか、電子データか、その両方かを選びます。",
      en: "Whether the records are kept on paper, electronically, or both.",
    },
    requirement: "optional",
    type: "enum",
    values: [
      { value: "paper", label: { ja: "紙", en: "Paper" }, aliases: ["紙媒体", "書類", "紙のみ"] },
      {
        value: "electronic",
        label: { ja: "電子", en: "Electronic" },
        aliases: ["電子データ", "データ", "電子媒体", "電磁的記録", "電子のみ"],
      },
      {
        value: "both",
        label: { ja: "紙・電子", en: "Both" },
        aliases: ["両方", "紙と電子", "紙/電子", "紙及び電子", "紙および電子", "電子・紙", "併用"],
      },
    ],
    aliases: ["保存媒体", "記録媒体", "媒体区分", "形態"],
  },
  {
    key: "acquisition",
    label: { ja: "取得方法", en: "How obtained" },
    help: {
      ja: "本人から書面で受け取るのか、それ以外の方法か、第三者や公開情報から得るのかを選びます。複数選べます。",
      en: "From the individual in writing, from the individual in another way, from a third party, or from public sources. Several may apply.",
    },
    requirement: "recommended",
    type: "enum",
    multiple: true,
    values: [
      {
        value: "direct_written",
        label: { ja: "本人から直接書面で", en: "From the individual, in writing" },
        aliases: ["直接書面", "本人から直接書面", "本人（書面）", "書面"],
      },
      {
        value: "direct_other",
        label: { ja: "本人から直接（書面以外）", en: "From the individual, not in writing" },
        aliases: ["直接書面以外", "本人から直接書面以外", "本人（書面以外）", "口頭"],
      },
      {
        value: "third_party",
        label: { ja: "第三者から", en: "From a third party" },
        aliases: ["第三者", "第三者から取得", "第三者提供を受けて"],
      },
      {
        value: "public",
        label: { ja: "公開情報から", en: "From public sources" },
        aliases: ["公開情報", "公開されている情報"],
      },
    ],
    aliases: ["取得経路", "取得形態", "取得元", "入手方法", "入手経路"],
  },
  {
    key: "purpose",
    label: { ja: "利用目的", en: "Purpose of use" },
    help: {
      ja: "何のために使うのかを、本人が読んで分かる具体的な言葉で書きます。",
      en: "What the information is used for, in concrete words the individual would understand.",
    },
    requirement: "required",
    type: "longText",
    aliases: ["目的", "使用目的", "利用の目的", "取得目的"],
  },
  {
    key: "noticeMethod",
    label: { ja: "通知・公表の方法", en: "How the purpose is made known" },
    help: {
      ja: "利用目的を本人にどう伝えるか（書面での明示、ウェブサイトでの公表など）を書きます。",
      en: "How the purpose reaches the individual, e.g. stated on the form or published on the website.",
    },
    requirement: "recommended",
    type: "text",
    aliases: [
      "通知・公表",
      "通知・公表方法",
      "通知公表方法",
      "通知方法",
      "公表方法",
      "明示方法",
      "利用目的の通知方法",
      "利用目的の通知・公表",
    ],
  },
  {
    key: "consentRequired",
    label: { ja: "同意の要否", en: "Consent required" },
    help: {
      ja: "この取扱いに本人の同意が必要かどうかです（要配慮個人情報の取得、第三者提供など）。",
      en: "Whether this handling needs the individual's consent, e.g. collecting special-care data or providing it to others.",
    },
    requirement: "recommended",
    type: "boolean",
    aliases: [
      "同意",
      "同意の有無",
      "同意要否",
      "本人同意",
      "本人の同意",
      "同意取得",
      "同意取得の有無",
    ],
  },
  {
    key: "consentBasis",
    label: { ja: "同意の方法・不要の理由", en: "How consent is obtained / why not needed" },
    help: {
      ja: "同意の取り方（申込書の同意欄など）か、同意がいらない理由（法令に基づく場合など）を書きます。",
      en: "How consent is collected (e.g. a consent box on the form), or why none is needed (e.g. required by law).",
    },
    requirement: "optional",
    type: "text",
    detailOf: "consentRequired",
    aliases: [
      "同意の方法",
      "同意方法",
      "同意取得方法",
      "同意の取得方法",
      "同意の根拠",
      "同意不要の理由",
    ],
  },
  {
    key: "storageLocation",
    label: { ja: "保管場所", en: "Storage location" },
    help: {
      ja: "どこにあるかを具体的に書きます（例：総務部の施錠キャビネット、人事システム）。",
      en: "Where the records are, precisely, e.g. a locked cabinet in general affairs, the HR system.",
    },
    requirement: "required",
    type: "text",
    aliases: ["保存場所", "保管先", "保存先", "格納場所", "格納先"],
  },
  {
    key: "storageMethod",
    label: { ja: "保管方法", en: "Storage method" },
    help: {
      ja: "どう守って保管しているかを書きます（施錠、パスワード、暗号化など）。",
      en: "How the records are protected while kept, e.g. locked, password-protected, encrypted.",
    },
    requirement: "required",
    type: "text",
    aliases: ["保存方法", "管理方法", "保管形態"],
  },
  {
    key: "accessHolders",
    label: { ja: "アクセス権を有する者", en: "People with access" },
    help: {
      ja: "見たり使ったりできる人を役割や部署で書きます（例：人事担当者のみ）。",
      en: "Who may see or use the records, by role or department, e.g. HR staff only.",
    },
    requirement: "required",
    type: "text",
    aliases: [
      "アクセス権者",
      "アクセス権限者",
      "アクセス権",
      "取扱者",
      "取扱担当者",
      "取扱権限者",
      "閲覧権限者",
    ],
  },
];
