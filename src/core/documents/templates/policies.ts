// The two 個人情報保護方針: the internal one every employee reads and confirms, and the
// external one published on the website and the public page. Both are the representative's
// own statement, so top management approves them. Our own words (docs/domain.md: never the
// standard's or the guideline's text); the commitments are the ones a policy must carry.
import { b, doc, f, h, ol, p } from "./builder.ts";
import type { DocumentTemplate } from "./types.ts";

const commitments = [
  [
    b("事業に見合った取扱い　"),
    "事業の内容と規模に見合った範囲で個人情報を取得し、利用し、提供します。特定した利用目的の達成に必要な範囲を超えて取り扱うことはせず、そのための仕組みを整えます。",
  ],
  [
    b("法令と規範の遵守　"),
    "個人情報の取扱いに関わる法令、国が定める指針その他の規範を調べて一覧にし、これを守ります。",
  ],
  [
    b("安全管理　"),
    "個人情報の漏えい、滅失及びき損を防ぐため、リスクに応じた安全管理措置を講じます。問題が見つかったときは速やかに原因を調べ、是正します。",
  ],
  [
    b("苦情と相談への対応　"),
    "個人情報の取扱いについての苦情と相談を受け付ける窓口を設け、誠実かつ速やかに対応します。",
  ],
  [
    b("継続的な改善　"),
    "個人情報保護マネジメントシステムを定期的に見直し、社会の変化や事業の変化に合わせて改善を続けます。",
  ],
];

const signature = [
  p(["制定日：", f("doc.establishedOn")], "right"),
  p(["最終改定日：", f("doc.effectiveOn")], "right"),
  p([f("org.name")], "right"),
  p(["代表者　", f("org.representative")], "right"),
];

const internal: DocumentTemplate = {
  key: "policy.internal",
  number: "P-01",
  title: "個人情報保護方針（内部向け）",
  titleEn: "Personal information protection policy (internal)",
  kind: "policy",
  audience: "internal",
  approverRole: "top_management",
  retentionYears: null,
  summary: {
    ja: "代表者が従業者に向けて示す方針です。全員に周知し、確認を記録します。",
    en: "The representative's policy for all staff; every employee is asked to read and confirm it.",
  },
  jRefs: ["J.2.2"],
  content: doc(
    h(1, "個人情報保護方針（内部向け）"),
    p([
      f("org.name"),
      "（以下「当社」といいます。）は、お客様、お取引先及び従業者からお預かりする個人情報を大切に扱うことが、事業を続けていくうえでの土台であると考えています。",
    ]),
    p(
      "当社は、日本産業規格「個人情報保護マネジメントシステム－要求事項」に沿った仕組みを整え、代表者の責任のもとで次のとおり取り組みます。",
    ),
    h(2, "私たちの約束", ["J.2.2"]),
    ol(commitments),
    h(2, "従業者の皆さんへ", ["J.2.1"]),
    p(
      "個人情報を守れるかどうかは、一人ひとりの日々の行動で決まります。この方針と社内の規程に従うことは、お客様と会社、そして皆さん自身を守ることにつながります。反対に、規程を守らなかった場合には、本人に迷惑をかけるだけでなく、会社の信用を大きく損ない、就業規則による処分の対象にもなります。",
    ),
    p([
      "分からないことや気になることがあれば、個人情報保護管理者（",
      f("pms.manager"),
      "）に遠慮なく相談してください。",
    ]),
    ...signature,
  ),
};

const external: DocumentTemplate = {
  key: "policy.external",
  number: "P-02",
  title: "個人情報保護方針（外部向け）",
  titleEn: "Personal information protection policy (public)",
  kind: "policy",
  audience: "external",
  approverRole: "top_management",
  retentionYears: null,
  summary: {
    ja: "ウェブサイトと公開ページに掲げる方針です。代表者名、制定日、お問い合わせ窓口を載せます。",
    en: "The public statement for the website and the public page, with the representative, the date and the contact desk.",
  },
  jRefs: ["J.2.2"],
  content: doc(
    h(1, "個人情報保護方針"),
    p([
      f("org.name"),
      "は、事業を通じてお預かりする個人情報の重要性を認識し、その保護を経営の大切な責務と考えています。当社は、個人情報保護マネジメントシステムを定めて全従業者に周知し、次のとおり個人情報の保護に取り組みます。",
    ]),
    h(2, "基本方針", ["J.2.2"]),
    ol(commitments),
    h(2, "お問い合わせ窓口", ["J.11.1"]),
    p(
      "当社の個人情報の取扱いについてのご質問、苦情及びご相談、並びに保有個人データの開示等のご請求は、次の窓口で承ります。",
    ),
    p([f("desk.name")]),
    p(["所在地：", f("desk.address")]),
    p(["電話：", f("desk.phone"), "　電子メール：", f("desk.email")]),
    p(["受付時間：", f("desk.hours")]),
    ...signature,
  ),
};

export const POLICY_TEMPLATES: readonly DocumentTemplate[] = [internal, external];
