/** Legal register catalogue, part 1: the APPI, its order and rules, and the PPC guidelines. */

import type { LawEntry } from "./law-catalogue.ts";

const PPC = { ja: "個人情報保護委員会", en: "Personal Information Protection Commission (PPC)" };

export const APPI_FAMILY: readonly LawEntry[] = [
  {
    id: "appi",
    name: { ja: "個人情報の保護に関する法律", en: "Act on the Protection of Personal Information" },
    kind: "law",
    issuer: PPC,
    articles: [
      { ref: "2(3)", title: { ja: "要配慮個人情報", en: "Special-care personal information" } },
      { ref: "17", title: { ja: "利用目的の特定", en: "Specifying the purpose of use" } },
      { ref: "18", title: { ja: "利用目的による制限", en: "Limits set by the purpose" } },
      { ref: "19", title: { ja: "不適正な利用の禁止", en: "No improper use" } },
      { ref: "20", title: { ja: "適正な取得", en: "Proper acquisition" } },
      {
        ref: "21",
        title: { ja: "取得に際しての利用目的の通知等", en: "Notice of the purpose on acquisition" },
      },
      { ref: "22", title: { ja: "データ内容の正確性の確保等", en: "Keeping data accurate" } },
      { ref: "23", title: { ja: "安全管理措置", en: "Security measures" } },
      { ref: "24", title: { ja: "従業者の監督", en: "Supervision of staff" } },
      { ref: "25", title: { ja: "委託先の監督", en: "Supervision of contractors" } },
      { ref: "26", title: { ja: "漏えい等の報告等", en: "Reporting leaks and similar incidents" } },
      { ref: "27", title: { ja: "第三者提供の制限", en: "Limits on provision to third parties" } },
      {
        ref: "28",
        title: {
          ja: "外国にある第三者への提供の制限",
          en: "Limits on provision to third parties abroad",
        },
      },
      {
        ref: "29",
        title: { ja: "第三者提供に係る記録の作成等", en: "Records of provision to third parties" },
      },
      {
        ref: "30",
        title: {
          ja: "第三者提供を受ける際の確認等",
          en: "Checks on receiving data from a third party",
        },
      },
      {
        ref: "31",
        title: {
          ja: "個人関連情報の第三者提供の制限等",
          en: "Limits on providing person-related information",
        },
      },
      {
        ref: "32",
        title: {
          ja: "保有個人データに関する事項の公表等",
          en: "Publishing matters on retained personal data",
        },
      },
      { ref: "33", title: { ja: "開示", en: "Disclosure" } },
      { ref: "34", title: { ja: "訂正等", en: "Correction" } },
      { ref: "35", title: { ja: "利用停止等", en: "Suspension of use" } },
      { ref: "36", title: { ja: "理由の説明", en: "Giving reasons" } },
      {
        ref: "37",
        title: { ja: "開示等の請求等に応じる手続", en: "Procedure for handling requests" },
      },
      { ref: "38", title: { ja: "手数料", en: "Fees" } },
      { ref: "40", title: { ja: "苦情の処理", en: "Handling complaints" } },
      { ref: "41–42", title: { ja: "仮名加工情報", en: "Pseudonymised information" } },
      { ref: "43–46", title: { ja: "匿名加工情報", en: "Anonymised information" } },
    ],
    appliesWhen: {
      ja: "個人情報を事業で扱うすべての事業者に関係します。",
      en: "Every business that handles personal information.",
    },
    baseline: true,
    verified: true,
  },
  {
    id: "appi_cabinet_order",
    name: {
      ja: "個人情報の保護に関する法律施行令",
      en: "Cabinet Order to Enforce the Act on the Protection of Personal Information",
    },
    kind: "cabinet_order",
    issuer: { ja: "内閣", en: "Cabinet" },
    articles: [],
    appliesWhen: {
      ja: "法律の細かな基準を確かめるとき、すべての事業者に関係します。",
      en: "Every business; it fills in details of the Act.",
    },
    baseline: true,
    verified: false,
    toVerify:
      "Only '施行令' is on record (docs/domain.md#legal-register); the full title is built from the Act's name and the issuer follows from it being a cabinet order.",
  },
  {
    id: "appi_rules",
    name: {
      ja: "個人情報の保護に関する法律施行規則",
      en: "Enforcement Rules of the Act on the Protection of Personal Information",
    },
    kind: "ordinance",
    issuer: PPC,
    articles: [],
    appliesWhen: {
      ja: "漏えい等の報告や記録の作り方などの細目を確かめるとき、すべての事業者に関係します。",
      en: "Every business; it sets details such as how to report leaks and keep records.",
    },
    baseline: true,
    verified: false,
    toVerify:
      "Issuer (that the rules are a PPC rule) is from memory, not on record in docs/domain.md.",
  },
  {
    id: "ppc_guideline_general",
    name: { ja: "個人情報保護法ガイドライン（通則編）", en: "PPC Guidelines (General Rules)" },
    kind: "guideline",
    issuer: PPC,
    articles: [],
    appliesWhen: {
      ja: "法律の解釈と具体例の基本として、すべての事業者が参照します。",
      en: "Every business, as the basic interpretation of the Act with examples.",
    },
    baseline: true,
    verified: true,
  },
  {
    id: "ppc_guideline_foreign",
    name: {
      ja: "個人情報保護法ガイドライン（外国にある第三者への提供編）",
      en: "PPC Guidelines (Provision to Third Parties in Foreign Countries)",
    },
    kind: "guideline",
    issuer: PPC,
    articles: [],
    appliesWhen: {
      ja: "海外の会社に個人データを渡すとき（海外のクラウドや委託先を含む）。",
      en: "When personal data goes to a company abroad, including overseas cloud or contractors.",
    },
    baseline: false,
    verified: true,
  },
  {
    id: "ppc_guideline_records",
    name: {
      ja: "個人情報保護法ガイドライン（第三者提供時の確認・記録義務編）",
      en: "PPC Guidelines (Confirmation and Record-Keeping on Third-Party Provision)",
    },
    kind: "guideline",
    issuer: PPC,
    articles: [],
    appliesWhen: {
      ja: "第三者に個人データを渡す、または第三者から受け取るとき。",
      en: "When personal data is given to or received from a third party.",
    },
    baseline: true,
    verified: true,
  },
  {
    id: "ppc_guideline_pseudonymized",
    name: {
      ja: "個人情報保護法ガイドライン（仮名加工情報・匿名加工情報編）",
      en: "PPC Guidelines (Pseudonymised and Anonymised Information)",
    },
    kind: "guideline",
    issuer: PPC,
    articles: [],
    appliesWhen: {
      ja: "仮名加工情報や匿名加工情報を作る、または使うとき。",
      en: "When pseudonymised or anonymised information is created or used.",
    },
    baseline: false,
    verified: true,
  },
];
