// 保有個人データに関する事項の公表 (APPI Art. 32): the text the product drafts from the
// organization's data, for it to check, edit, approve and publish like any document. The
// name, address and representative and the complaints desk are fields (filled, then frozen at
// approval); the purposes come from the 個人情報管理台帳, the fee and the accredited body from
// the profile, written into the text when it is drafted. The safety measures are a sample in
// our own words, marked for the organization to rewrite: the product keeps no register of them.
import type { BlockNode, DocumentContent } from "../documents/content.ts";
import { b, doc, f, fieldsTable, h, ol, p, table } from "../documents/templates/builder.ts";

/** One purpose of use and the register items it is stated for. */
export type PurposeRow = { purpose: string; items: readonly string[] };

export type DisclosureFacts = {
  purposes: readonly PurposeRow[];
  requestFee: string | null;
  accreditedOrgName: string | null;
};

/** The template key of the document in the register (pms_document.template_key). */
export const DISCLOSURE_TEMPLATE_KEY = "public_disclosure";
export const DISCLOSURE_TITLE = "保有個人データに関する事項の公表";

/** Shown where the data behind a part is missing, so the draft says what to fill in. */
const missing = (what: string) => b(`【${what}：未入力】`);

function purposesPart(rows: readonly PurposeRow[]): BlockNode[] {
  if (!rows.length)
    return [
      p([
        missing("利用目的"),
        "（個人情報管理台帳に利用目的を登録すると、ここに一覧が入ります。）",
      ]),
    ];
  return [
    p("当社は、保有個人データを次の目的の範囲内で利用します。"),
    table([["個人情報", "利用目的"], ...rows.map((r) => [r.items.join("、"), r.purpose])]),
  ];
}

const requestSteps = ol([
  "お申し出：下記「5. 苦情及び相談の窓口」にご連絡ください。請求の書式をお送りしますので、必要事項をご記入のうえ、郵送又は電子メールでご提出ください。",
  "ご本人の確認：運転免許証、マイナンバーカード（表面のみ）などの本人確認書類の写しで、ご本人であることを確認します。代理人による請求の場合は、代理権を確かめられる書類（委任状など）もあわせてご提出ください。",
  "回答：確認ができましたら、遅滞なく、書面その他ご本人が指定する方法でお答えします。請求に応じられない場合は、その理由をお知らせします。",
]);

// A sample of each of the four kinds, in our words: the organization replaces it with what it
// actually does before approving.
const SAFETY_SAMPLES: readonly [string, string][] = [
  [
    "組織的安全管理措置",
    "個人情報保護管理者を置き、個人データを取り扱う者とその権限を定めています。取扱いの状況を定期に確認し、漏えい等が起きたときの報告と対応の手順を定めています。",
  ],
  [
    "人的安全管理措置",
    "従業者から秘密保持の誓約を受け、個人データの取扱いについて年に一度以上の教育を行っています。",
  ],
  [
    "物理的安全管理措置",
    "個人データを取り扱う区域への入退室を管理し、書類や機器の盗難・紛失を防ぐため施錠保管しています。廃棄の際は復元できない方法で処分しています。",
  ],
  [
    "技術的安全管理措置",
    "個人データを取り扱う情報システムにアクセス制御を施し、利用者を識別しています。不正アクセスやウイルスから守るための仕組みを導入し、最新の状態に保っています。",
  ],
];

function safetyPart(): BlockNode[] {
  return [
    p(
      b(
        "※ 以下は記載例です。自社で実際に講じている措置に書き直してから承認してください（この注記も削除してください）。",
      ),
    ),
    ...SAFETY_SAMPLES.flatMap(([title, text]) => [h(3, title), p(text)]),
  ];
}

function accreditedPart(name: string | null): BlockNode[] {
  if (!name) return [p("当社が対象事業者となっている認定個人情報保護団体はありません。")];
  return [
    p(
      `当社は、次の認定個人情報保護団体の対象事業者です。同団体では、対象事業者の個人情報の取扱いに関する苦情の解決を受け付けています。`,
    ),
    p(b(name)),
  ];
}

/** The draft text of 公表事項 from the organization's facts. */
export function disclosureContent(facts: DisclosureFacts): DocumentContent {
  const fee = facts.requestFee?.trim() ? facts.requestFee.trim() : null;
  return doc(
    h(1, DISCLOSURE_TITLE),
    p([
      f("org.name"),
      "は、個人情報の保護に関する法律に基づき、当社が保有する個人データ（保有個人データ）に関する次の事項を公表します。",
    ]),
    h(2, "1. 事業者の名称、住所及び代表者の氏名"),
    fieldsTable([
      ["名称", f("org.name")],
      ["住所", f("org.headOffice")],
      ["代表者", f("org.representative")],
    ]),
    h(2, "2. 保有個人データの利用目的"),
    purposesPart(facts.purposes),
    h(2, "3. 開示等の請求に応じる手続"),
    p(
      "ご本人又はその代理人から、保有個人データの利用目的の通知、開示（第三者提供記録の開示を含みます）、内容の訂正・追加・削除、利用の停止・消去、第三者への提供の停止（以下「開示等」といいます）の請求があったときは、次の手続で対応します。",
    ),
    requestSteps,
    p(["手数料（利用目的の通知及び開示の請求）：", fee ?? missing("手数料")]),
    h(2, "4. 保有個人データの安全管理のために講じた措置"),
    safetyPart(),
    h(2, "5. 苦情及び相談の窓口"),
    p("保有個人データの取扱いに関する苦情及びご相談は、次の窓口で承ります。"),
    fieldsTable([
      ["窓口", f("desk.name")],
      ["所在地", f("desk.address")],
      ["電話", f("desk.phone")],
      ["電子メール", f("desk.email")],
      ["受付時間", f("desk.hours")],
    ]),
    h(2, "6. 認定個人情報保護団体"),
    accreditedPart(facts.accreditedOrgName?.trim() || null),
    p([f("org.name")], "right"),
    p(["代表者　", f("org.representative")], "right"),
  );
}

/**
 * Distinct purposes of the register's items, in the order first met, each with the items
 * that state it. A purpose written over several lines counts line by line.
 */
export function purposeRows(
  items: readonly { name: string; purpose: string | null }[],
  max = 100,
): PurposeRow[] {
  const byPurpose = new Map<string, string[]>();
  for (const item of items)
    for (const line of (item.purpose ?? "").split(/\r?\n/)) {
      const purpose = line.replace(/^[\s・\-*]+/, "").trim();
      if (!purpose) continue;
      const names = byPurpose.get(purpose) ?? [];
      if (!names.includes(item.name)) names.push(item.name);
      byPurpose.set(purpose, names);
    }
  return [...byPurpose].slice(0, max).map(([purpose, names]) => ({ purpose, items: names }));
}
