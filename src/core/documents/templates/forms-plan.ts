// Forms (様式) for planning, education, audit and improvement: the records an examiner asks for
// first. Each is a short heading and tables with the columns a company fills in; the J refs
// are the records each keeps (docs/domain.md section 4, "Records JIS expects").
import type { Bilingual } from "../../i18n-text.ts";
import type { BlockNode } from "../content.ts";
import { doc, f, fieldsTable, formHead, h, p, stamps, table, ul } from "./builder.ts";
import type { DocumentTemplate } from "./types.ts";

/** The register data every form shares; PMS records are kept 3 years unless said otherwise. */
export function form(
  key: string,
  number: string,
  title: string,
  titleEn: string,
  summary: Bilingual,
  jRefs: readonly string[],
  body: readonly BlockNode[],
  retentionYears: number | null = 3,
): DocumentTemplate {
  return {
    key: `form.${key}`,
    number,
    title,
    titleEn,
    kind: "form",
    audience: "internal",
    approverRole: "pms_manager",
    retentionYears,
    summary,
    jRefs,
    content: doc(formHead(title), body),
  };
}

export const PLAN_FORM_TEMPLATES: readonly DocumentTemplate[] = [
  form(
    "context",
    "F-01",
    "内外の課題・利害関係者一覧表",
    "Issues, interested parties, risks and opportunities",
    {
      ja: "社内外の課題、利害関係者の求め、リスク及び機会とその取組みを一覧にします。",
      en: "Internal and external issues, what interested parties expect, risks and opportunities and the actions on them.",
    },
    ["J.1.1", "J.1.2", "J.3.1.2"],
    [
      fieldsTable([
        ["作成日", ""],
        ["作成者", ""],
        ["見直し日", ""],
      ]),
      h(2, "1. 内外の課題"),
      table([["区分（内部・外部）", "課題", "PMSへの影響", "取組み"]], 4),
      h(2, "2. 利害関係者とその求め"),
      table(
        [
          ["利害関係者", "求めていること", "当社の対応"],
          ["本人（顧客・従業者）", "", ""],
          ["業務の委託元", "", ""],
          ["監督官庁", "", ""],
        ],
        2,
      ),
      h(2, "3. リスク及び機会"),
      table([["リスク又は機会", "取組み", "担当", "期限", "結果"]], 4),
    ],
  ),
  form(
    "annual-plan",
    "F-02",
    "PMS年間計画書",
    "Annual PMS plan",
    {
      ja: "個人情報保護目的と、台帳の見直しから内部監査、マネジメントレビューまでの年間の活動を計画します。",
      en: "The year's objectives and activities, from the register review to the internal audit and the management review.",
    },
    ["J.3.2", "J.3.3"],
    [
      fieldsTable([
        ["対象年度", ""],
        ["作成者", [f("pms.manager")]],
        ["承認日", ""],
      ]),
      h(2, "1. 個人情報保護目的"),
      table([["目的", "達成の基準（指標）", "担当", "評価の時期", "評価結果"]], 3),
      h(2, "2. 年間の活動"),
      table(
        [
          ["活動", "担当", "予定月", "実施日", "備考"],
          ["個人情報管理台帳の見直し", "部門管理者", "", "", ""],
          ["リスク分析の見直し", "部門管理者", "", "", ""],
          ["法令等の改正の確認", "個人情報保護管理者", "", "", ""],
          ["全従業者の教育", "個人情報保護管理者", "", "", ""],
          ["運用の確認", "部門管理者", "", "", ""],
          ["委託先の評価", "部門管理者", "", "", ""],
          ["内部監査", "個人情報保護監査責任者", "", "", ""],
          ["マネジメントレビュー", "代表者", "", "", ""],
        ],
        1,
      ),
      h(2, "承認"),
      stamps("承認（代表者）", "作成（個人情報保護管理者）"),
    ],
  ),
  form(
    "education-plan",
    "F-03",
    "教育計画書",
    "Education plan",
    {
      ja: "年度の教育の対象、内容、時期、講師と理解度の確認方法を計画します。",
      en: "Who is trained, on what, when and by whom, and how understanding is checked.",
    },
    ["J.4.3"],
    [
      fieldsTable([
        ["対象年度", ""],
        ["作成者", [f("pms.manager")]],
        ["承認日", ""],
      ]),
      table(
        [
          ["教育の名称", "対象者", "内容", "実施予定", "講師", "理解度の確認方法"],
          [
            "全従業者教育",
            "全従業者（パート・派遣を含む）",
            "方針、規程、役割、違反時の結果",
            "",
            "",
            "テスト",
          ],
          ["新任者教育", "入社・受入れ時", "", "随時", "", ""],
        ],
        2,
      ),
      h(2, "承認"),
      stamps("承認（代表者）", "作成（個人情報保護管理者）"),
    ],
  ),
  form(
    "education-record",
    "F-04",
    "教育実施記録",
    "Education record",
    {
      ja: "教育の実施日、内容、講師、受講者ごとの理解度と欠席者へのフォローを記録します。",
      en: "When and what was taught, by whom, each attendee's result and the follow-up of those absent.",
    },
    ["J.4.2", "J.4.3"],
    [
      fieldsTable([
        ["教育の名称", ""],
        ["実施日時", ""],
        ["講師", ""],
        ["教材", ""],
        ["内容", ""],
      ]),
      h(2, "受講者"),
      table([["氏名", "所属", "受講日", "理解度（点数）", "補足・フォロー"]], 8),
      h(2, "欠席者へのフォロー"),
      table([["氏名", "理由", "受講予定日", "受講日", "確認者"]], 2),
    ],
  ),
  form(
    "pledge",
    "F-05",
    "誓約書（従業者）",
    "Confidentiality pledge (staff)",
    {
      ja: "従業者が入社・受入れ時に個人情報の保護を誓約する書面です。署名は製品上の確認でも取れます。",
      en: "The pledge each employee signs on joining; it can also be signed in the product.",
    },
    ["J.9.3"],
    [
      p([f("org.name"), "　代表者　", f("org.representative"), "　殿"]),
      p(
        "私は、貴社の業務に従事するにあたり、個人情報保護方針と社内の規程を守り、次の事項を誓約します。",
      ),
      ul([
        "業務で知った個人情報を、業務の目的以外に利用せず、権限のない者に開示し又は漏らしません。",
        "個人情報を記した書類、媒体及びデータを、許可なく複製し又は社外に持ち出しません。",
        "事故やそのおそれに気づいたときは、直ちに上司又は個人情報保護管理者に報告します。",
        "退職した後も、在職中に知った個人情報を漏らしません。退職時には、預かった書類、媒体及びデータをすべて返却します。",
        "この誓約に反したときは、就業規則に従った処分を受け、会社に与えた損害を賠償する責任を負うことがあることを理解しています。",
      ]),
      fieldsTable([
        ["誓約日", ""],
        ["所属", ""],
        ["氏名（署名）", ""],
      ]),
    ],
  ),
  form(
    "audit-plan",
    "F-06",
    "内部監査計画書",
    "Internal audit plan",
    {
      ja: "監査の目的、範囲、対象部門と日程、監査員（自部門を監査しない割当て）を計画します。",
      en: "The audit's aim, scope, departments and dates, and auditors who never audit their own work.",
    },
    ["J.6.2"],
    [
      fieldsTable([
        ["監査の目的", "PMSが要求事項と社内規程に適合し、有効に運用されているかを確かめる。"],
        ["監査の範囲", ""],
        ["監査の基準", "要求事項、個人情報保護方針、社内規程"],
        ["監査責任者", [f("pms.auditLead")]],
        ["作成日", ""],
      ]),
      table(
        [["対象部門", "監査日", "監査員", "監査員の所属（対象部門と別であること）", "重点項目"]],
        5,
      ),
      h(2, "承認"),
      stamps("承認（代表者）", "作成（監査責任者）"),
    ],
  ),
  form(
    "audit-checklist",
    "F-07",
    "内部監査チェックリスト",
    "Internal audit checklist",
    {
      ja: "監査の質問、確認した記録、判定（適合・不適合・改善の機会）を残すチェックリストです。",
      en: "Questions, the records seen and the verdict (conforming, nonconforming, improvement).",
    },
    ["J.6.2"],
    [
      fieldsTable([
        ["対象部門", ""],
        ["監査日", ""],
        ["監査員", ""],
        ["応対者", ""],
      ]),
      table(
        [
          ["No.", "確認すること", "確認した記録・事実", "判定", "備考"],
          ["1", "部門の個人情報が台帳にすべて記録され、年1回見直されているか", "", "", ""],
          ["2", "リスク分析の対策が実施されているか", "", "", ""],
          ["3", "従業者全員が今年度の教育を受けているか", "", "", ""],
          ["4", "入退室、持出し、廃棄の記録が残っているか", "", "", ""],
          ["5", "委託先の評価と契約が規程どおりか", "", "", ""],
          ["6", "前回の指摘事項の是正が完了しているか", "", "", ""],
        ],
        4,
      ),
    ],
  ),
  form(
    "audit-report",
    "F-08",
    "内部監査報告書",
    "Internal audit report",
    {
      ja: "監査の結果、不適合と改善の機会、総合所見を代表者に報告します。",
      en: "The audit's results, nonconformities and improvement points, reported to the representative.",
    },
    ["J.6.2"],
    [
      fieldsTable([
        ["監査期間", ""],
        ["監査責任者", [f("pms.auditLead")]],
        ["監査員", ""],
        ["対象部門", ""],
      ]),
      h(2, "1. 総合所見"),
      p(""),
      h(2, "2. 指摘事項"),
      table([["No.", "部門", "区分（不適合・改善の機会）", "内容と根拠", "是正処置の期限"]], 4),
      h(2, "3. 報告"),
      stamps("報告を受けた代表者", "報告日"),
    ],
  ),
  form(
    "operation-check",
    "F-09",
    "運用の確認記録",
    "Operation check record",
    {
      ja: "部門管理者が自部門の運用を定期的に確かめ、結果を管理者に報告する記録です。",
      en: "The department manager's regular check of the department's handling, reported to the PMS manager.",
    },
    ["J.6.1"],
    [
      fieldsTable([
        ["部門", ""],
        ["確認日", ""],
        ["確認者（部門管理者）", ""],
      ]),
      table(
        [
          ["確認項目", "結果（良・否）", "否の内容と対応"],
          ["机上や画面に個人情報が放置されていない", "", ""],
          ["キャビネットが施錠され、鍵が管理されている", "", ""],
          ["アクセス権が異動・退職に合わせて更新されている", "", ""],
          ["持出しと廃棄が記録されている", "", ""],
          ["台帳にない個人情報を扱っていない", "", ""],
        ],
        2,
      ),
      fieldsTable([
        ["個人情報保護管理者の確認", ""],
        ["確認日", ""],
      ]),
    ],
  ),
  form(
    "corrective-action",
    "F-10",
    "是正処置報告書",
    "Corrective action report",
    {
      ja: "不適合の内容、修正、原因、処置、効果の確認と承認を記録します。",
      en: "The nonconformity, the immediate fix, its cause, the action, the effectiveness check and approval.",
    },
    ["J.7.1"],
    [
      fieldsTable([
        ["管理番号", ""],
        ["発見の経緯（監査・運用の確認・苦情・事故など）", ""],
        ["対象部門・責任者", ""],
        ["不適合の内容", ""],
        ["直ちに行った修正", ""],
        ["原因", ""],
        ["同様の不適合の有無", ""],
        ["是正処置の内容", ""],
        ["完了予定日・完了日", ""],
        ["効果の確認（確認日・確認者・結果）", ""],
      ]),
      stamps("承認（個人情報保護管理者）", "承認日"),
    ],
  ),
  form(
    "management-review",
    "F-11",
    "マネジメントレビュー記録",
    "Management review record",
    {
      ja: "代表者による見直しの材料、判断、改善とPMS変更の指示を記録します。",
      en: "The representative's review: its inputs, decisions and instructions for improvement and change.",
    },
    ["J.6.3", "J.2.1", "J.7.2"],
    [
      fieldsTable([
        ["実施日", ""],
        ["出席者", ""],
        ["代表者", [f("org.representative")]],
        ["報告者", [f("pms.manager")]],
      ]),
      h(2, "1. 見直しの材料"),
      table([
        ["項目", "報告の内容"],
        ["前回の指示事項の状況", ""],
        ["内部監査と運用の確認の結果", ""],
        ["外部からの苦情・意見、事故", ""],
        ["法令、社会情勢、事業、内外の課題の変化", ""],
        ["個人情報保護目的の達成状況", ""],
        ["改善の提案", ""],
      ]),
      h(2, "2. 代表者の判断と指示"),
      table([["指示事項", "担当", "期限", "実施状況"]], 4),
    ],
  ),
];
