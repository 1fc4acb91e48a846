/** Legal register catalogue, part 2: other laws, sector guidelines and the PMS standards. */

import type { LawEntry } from "./law-catalogue.ts";

const MHLW = { ja: "厚生労働省", en: "Ministry of Health, Labour and Welfare" };

export const OTHER_NORMS: readonly LawEntry[] = [
  {
    id: "my_number_act",
    name: { ja: "番号法（マイナンバー法）", en: "My Number Act" },
    formalName: {
      ja: "行政手続における特定の個人を識別するための番号の利用等に関する法律",
      en: "Act on the Use of Numbers to Identify a Specific Individual in Administrative Procedures",
    },
    kind: "law",
    issuer: { ja: "デジタル庁", en: "Digital Agency" },
    articles: [],
    appliesWhen: {
      ja: "従業者などのマイナンバーを給与・社会保険の手続で扱うとき（ほぼすべての雇用主）。",
      en: "When staff My Numbers are handled for payroll or social insurance (almost every employer).",
    },
    baseline: true,
    verified: false,
    toVerify:
      "Formal title and issuer are from memory; only '番号法' is on record in docs/domain.md.",
  },
  {
    id: "my_number_guideline",
    name: {
      ja: "特定個人情報の適正な取扱いに関するガイドライン（事業者編）",
      en: "Guidelines on the Proper Handling of Specific Personal Information (Businesses)",
    },
    kind: "guideline",
    issuer: { ja: "個人情報保護委員会", en: "Personal Information Protection Commission (PPC)" },
    articles: [],
    appliesWhen: {
      ja: "マイナンバーを扱うときの安全管理の具体的な水準を確かめるとき。",
      en: "When checking the concrete safeguards expected for handling My Numbers.",
    },
    baseline: true,
    verified: false,
    toVerify: "Not on record in docs/domain.md; title and issuer are from memory.",
  },
  {
    id: "labour_standards_act",
    name: { ja: "労働基準法", en: "Labour Standards Act" },
    kind: "law",
    issuer: MHLW,
    articles: [
      { ref: "107", title: { ja: "労働者名簿", en: "Register of workers" } },
      { ref: "108", title: { ja: "賃金台帳", en: "Wage ledger" } },
      { ref: "109", title: { ja: "記録の保存", en: "Keeping records" } },
    ],
    appliesWhen: {
      ja: "従業者を雇い、名簿や賃金の記録を持つとき（保管期限の根拠になります）。",
      en: "When staff are employed and their rosters and wage records are kept (a basis for retention periods).",
    },
    baseline: true,
    verified: false,
    toVerify: "Issuer and article numbers/titles are from memory.",
  },
  {
    id: "industrial_safety_health_act",
    name: { ja: "労働安全衛生法", en: "Industrial Safety and Health Act" },
    kind: "law",
    issuer: MHLW,
    articles: [
      { ref: "66", title: { ja: "健康診断", en: "Health checks" } },
      {
        ref: "104",
        title: { ja: "心身の状態に関する情報の取扱い", en: "Handling of health information" },
      },
    ],
    appliesWhen: {
      ja: "従業者の健康診断やストレスチェックの結果を扱うとき。",
      en: "When results of staff health checks or stress checks are handled.",
    },
    baseline: true,
    verified: false,
    toVerify: "Issuer and article numbers/titles are from memory.",
  },
  {
    id: "employment_security_act",
    name: { ja: "職業安定法", en: "Employment Security Act" },
    kind: "law",
    issuer: MHLW,
    articles: [],
    appliesWhen: {
      ja: "採用活動で応募者の情報を集めるとき、または職業紹介・求人広告を行うとき。",
      en: "When applicants' data is collected for hiring, or when running job placement or job ads.",
    },
    baseline: false,
    verified: false,
    toVerify: "Issuer is from memory; the article on job seekers' data is not recorded yet.",
  },
  {
    id: "specified_email_act",
    name: { ja: "特定電子メール法", en: "Act on Specified Electronic Mail" },
    formalName: {
      ja: "特定電子メールの送信の適正化等に関する法律",
      en: "Act on Regulation of Transmission of Specified Electronic Mail",
    },
    kind: "law",
    issuer: { ja: "総務省・消費者庁", en: "MIC and Consumer Affairs Agency" },
    articles: [{ ref: "3", title: { ja: "送信の制限", en: "Limits on sending" } }],
    appliesWhen: {
      ja: "広告や宣伝のメールを送るとき。",
      en: "When sending advertising or promotional email.",
    },
    baseline: false,
    verified: false,
    toVerify: "Formal title, issuer and article are from memory.",
  },
  {
    id: "medical_care_guidance",
    name: {
      ja: "医療・介護関係事業者における個人情報の適切な取扱いのためのガイダンス",
      en: "Guidance for medical and care businesses",
    },
    kind: "guideline",
    issuer: { ja: "個人情報保護委員会・厚生労働省", en: "PPC and MHLW" },
    articles: [],
    appliesWhen: {
      ja: "病院・診療所・薬局・介護事業などを営むとき。",
      en: "When running a hospital, clinic, pharmacy or care service.",
    },
    baseline: false,
    verified: false,
    toVerify:
      "Exact title and issuers are from memory; docs/domain.md has only 'medical sector guideline' on record.",
  },
  {
    id: "finance_guideline",
    name: {
      ja: "金融分野における個人情報保護に関するガイドライン",
      en: "Guidelines for the financial sector",
    },
    kind: "guideline",
    issuer: { ja: "個人情報保護委員会・金融庁", en: "PPC and Financial Services Agency" },
    articles: [],
    appliesWhen: {
      ja: "銀行・保険・証券・貸金などの金融業を営むとき。",
      en: "When running a banking, insurance, securities or lending business.",
    },
    baseline: false,
    verified: false,
    toVerify:
      "Exact title and issuers are from memory; docs/domain.md has only 'finance sector guideline' on record.",
  },
  {
    id: "telecom_guideline",
    name: {
      ja: "電気通信事業における個人情報等の保護に関するガイドライン",
      en: "Guidelines for the telecommunications sector",
    },
    kind: "guideline",
    issuer: { ja: "個人情報保護委員会・総務省", en: "PPC and MIC" },
    articles: [],
    appliesWhen: {
      ja: "電気通信事業者として通信サービスを提供するとき。",
      en: "When providing telecommunications services as a carrier or provider.",
    },
    baseline: false,
    verified: false,
    toVerify:
      "Exact title and issuers are from memory; docs/domain.md has only 'telecom sector guideline' on record.",
  },
  {
    id: "jis_q_15001_2023",
    name: { ja: "JIS Q 15001:2023", en: "JIS Q 15001:2023" },
    formalName: {
      ja: "個人情報保護マネジメントシステム―要求事項",
      en: "Personal information protection management systems — Requirements",
    },
    kind: "standard",
    issuer: { ja: "日本産業標準調査会", en: "Japanese Industrial Standards Committee" },
    articles: [
      { ref: "4", title: { ja: "組織の状況", en: "Context of the organisation" } },
      { ref: "5", title: { ja: "リーダーシップ", en: "Leadership" } },
      // 計画策定 in the 2023 edition; the 2017 edition titled clause 6 計画.
      { ref: "6", title: { ja: "計画策定", en: "Planning" } },
      { ref: "7", title: { ja: "支援", en: "Support" } },
      { ref: "8", title: { ja: "運用", en: "Operation" } },
      { ref: "9", title: { ja: "パフォーマンス評価", en: "Performance evaluation" } },
      { ref: "10", title: { ja: "改善", en: "Improvement" } },
    ],
    appliesWhen: {
      ja: "PMSを構築・運用するすべての事業者（プライバシーマークの前提）。",
      en: "Every organisation running a PMS; the basis of the Privacy Mark.",
    },
    baseline: true,
    verified: false,
    toVerify:
      "Formal title and issuer are from memory; clauses 4, 5 and 7–10 are from docs/domain.md#requirement-catalogue, clause 6 (計画策定) from a review against the published standard, not yet checked here.",
  },
  {
    id: "jipdec_pms_guideline",
    name: {
      ja: "プライバシーマークにおける個人情報保護マネジメントシステム構築・運用指針",
      en: "JIPDEC guideline for building and running a PMS under the Privacy Mark",
    },
    kind: "guideline",
    issuer: { ja: "一般財団法人日本情報経済社会推進協会（JIPDEC）", en: "JIPDEC" },
    articles: [
      { ref: "J.1", title: { ja: "組織の状況", en: "Context of the organisation" } },
      { ref: "J.2", title: { ja: "リーダーシップ", en: "Leadership" } },
      { ref: "J.3", title: { ja: "計画策定", en: "Planning" } },
      { ref: "J.4", title: { ja: "支援", en: "Support" } },
      { ref: "J.5", title: { ja: "運用", en: "Operation" } },
      { ref: "J.6", title: { ja: "パフォーマンス評価", en: "Performance evaluation" } },
      { ref: "J.7", title: { ja: "改善", en: "Improvement" } },
      {
        ref: "J.8",
        title: {
          ja: "取得、利用及び提供に関する原則",
          en: "Principles for acquisition, use and provision",
        },
      },
      { ref: "J.9", title: { ja: "適正管理", en: "Proper management" } },
      {
        ref: "J.10",
        title: { ja: "個人情報に関する本人の権利", en: "Rights of individuals" },
      },
      { ref: "J.11", title: { ja: "苦情及び相談への対応", en: "Complaints and enquiries" } },
    ],
    appliesWhen: {
      ja: "プライバシーマークを取得・更新する事業者（2024年10月1日以降の申請の審査基準）。",
      en: "Organisations applying for or renewing the Privacy Mark (the criterion for applications from 2024-10-01).",
    },
    baseline: true,
    verified: true,
  },
];
