// The rules for running and checking the PMS: 教育規程, 内部監査規程 (with the operation check)
// and 委託先管理規程. Our own words; the contract items of a vendor agreement are the eight
// listed in docs/domain.md (section 4, 委託先管理台帳).
import { annex, articles, doc, f, p, ruleHead, table, ul } from "./builder.ts";
import type { DocumentTemplate } from "./types.ts";

function education(): DocumentTemplate {
  const art = articles(2);
  return {
    key: "rule.education",
    number: "R-04",
    title: "教育規程",
    titleEn: "Rules for education",
    kind: "rule",
    audience: "internal",
    approverRole: "pms_manager",
    retentionYears: null,
    summary: {
      ja: "役割ごとの力量、全従業者への年1回以上の教育、理解度の確認と記録を定めます。",
      en: "Competence per role, yearly education of all staff, checking understanding and keeping records.",
    },
    jRefs: [],
    content: doc(
      ruleHead("教育規程"),
      art(
        "目的",
        null,
        p(
          "この規程は、従業者がPMSにおける自分の役割を理解し、必要な力量を身に付けるための教育について定める。",
        ),
      ),
      art(
        "力量",
        ["J.4.2"],
        p(
          "個人情報保護管理者は、PMSの役割ごとに必要な力量を次のとおり定め、教育、研修又は経験によって身に付けさせ、その証拠（受講記録、資格など）を残す。",
        ),
        table([
          ["役割", "必要な力量"],
          ["個人情報保護管理者", "要求事項と関係法令の理解、リスク分析と規程の運用"],
          ["個人情報保護監査責任者・監査員", "要求事項の理解、監査の進め方、記録の読み方"],
          ["部門管理者", "自部門の台帳とリスク、運用の確認の方法"],
          ["従業者", "方針と規程、日常業務での取扱いのルール、事故のときの報告"],
        ]),
      ),
      art(
        "教育の対象と時期",
        ["J.4.3"],
        p(
          "教育は、パートタイマー、アルバイト及び派遣社員を含むすべての従業者を対象に、少なくとも年1回行う。新たに加わった従業者には、個人情報を扱う業務に就く前に行う。",
        ),
      ),
      art(
        "教育の内容",
        ["J.4.3"],
        ul([
          "個人情報保護方針と、PMSに従うことの大切さ",
          "PMSでの本人の役割と責任",
          "PMSに従うことで得られる効果（事故の防止、信頼の向上）",
          "規程に従わなかった場合に起こりうる結果（本人の被害、会社の信用の失墜、処分）",
        ]),
      ),
      art(
        "計画と記録",
        ["J.4.3"],
        p([
          "個人情報保護管理者（",
          f("pms.manager"),
          "）は、年度ごとに「教育計画書」を作成して代表者の承認を得る。教育を行ったときは「教育実施記録」に、実施日、内容、講師、受講者及び理解度の確認結果を記録する。",
        ]),
      ),
      art(
        "理解度の確認と未受講者",
        ["J.4.3"],
        p(
          "教育の終わりに、テストや質疑で理解度を確かめる。理解が不十分な者には個別に補足し、欠席した者には期限を決めて受講させ、その結果も記録する。",
        ),
      ),
      annex(),
    ),
  };
}

function audit(): DocumentTemplate {
  const art = articles(2);
  return {
    key: "rule.audit",
    number: "R-05",
    title: "内部監査規程",
    titleEn: "Rules for internal audits",
    kind: "rule",
    audience: "internal",
    approverRole: "pms_manager",
    retentionYears: null,
    summary: {
      ja: "部門管理者による運用の確認と、監査責任者が統括する年1回以上の内部監査を定めます。",
      en: "The departments' operation checks and the yearly internal audit led by the audit lead.",
    },
    jRefs: [],
    content: doc(
      ruleHead("内部監査規程"),
      art(
        "目的",
        null,
        p(
          "この規程は、PMSが要求事項と当社の規程に合っているか、計画どおり運用されているかを確かめる方法を定める。",
        ),
      ),
      art(
        "運用の確認",
        ["J.6.1"],
        p(
          "部門管理者は、年間計画に定めた時期に、自部門の個人情報の取扱いが規程どおりに行われているかを確認し、「運用の確認記録」に記録して個人情報保護管理者に報告する。個人情報保護管理者は、結果をまとめて代表者に報告する。",
        ),
      ),
      art(
        "監査の責任者",
        ["J.6.2"],
        p([
          "内部監査は、個人情報保護監査責任者（",
          f("pms.auditLead"),
          "）が統括する。監査責任者は、監査に必要な力量を持つ者を監査員に指名する。監査員は、自分の所属する部門や自分の業務を監査しない。",
        ]),
      ),
      art(
        "監査の計画",
        ["J.6.2"],
        p(
          "監査責任者は、少なくとも年1回の内部監査について「内部監査計画書」を作成し、代表者の承認を得る。計画書には、監査の目的、範囲、対象部門、日程、監査員及び監査の基準を記す。",
        ),
      ),
      art(
        "監査の実施",
        ["J.6.2"],
        p(
          "監査員は、「内部監査チェックリスト」を使い、記録の確認、担当者への質問及び現場の観察によって監査する。見つかった不適合と改善の機会は、根拠となる事実とともに記録する。",
        ),
      ),
      art(
        "監査の報告",
        ["J.6.2"],
        p(
          "監査責任者は、監査の結果を「内部監査報告書」にまとめて代表者に報告する。不適合が見つかった部門は、是正処置・マネジメントレビュー規程に従って是正処置を行い、監査責任者はその完了を確かめる。",
        ),
      ),
      annex(),
    ),
  };
}

function vendors(): DocumentTemplate {
  const art = articles(2);
  return {
    key: "rule.vendors",
    number: "R-06",
    title: "委託先管理規程",
    titleEn: "Rules for supervising contractors",
    kind: "rule",
    audience: "internal",
    approverRole: "pms_manager",
    retentionYears: null,
    summary: {
      ja: "個人情報の取扱いを委託する先の選定基準、契約に定める事項、年1回の評価を定めます。",
      en: "Selecting contractors that handle personal information, what their contracts must cover, yearly review.",
    },
    jRefs: [],
    content: doc(
      ruleHead("委託先管理規程"),
      art(
        "目的",
        null,
        p(
          "この規程は、個人情報の取扱いの全部又は一部を社外に委託するときに、委託先が当社と同じ水準で個人情報を守るよう監督する方法を定める。",
        ),
      ),
      art(
        "委託先の選定",
        ["J.9.4"],
        p(
          "委託しようとする部門の部門管理者は、次の基準で候補の委託先を評価し、「委託先評価表」に記録して個人情報保護管理者の承認を得る。",
        ),
        ul([
          "プライバシーマークやISMSなど第三者の認証の有無",
          "個人情報の取扱いに関する規程と責任者の体制",
          "入退室やアクセス制御など物理的・技術的な安全管理の状況",
          "従業者の教育と誓約の状況",
          "再委託の有無とその管理",
          "過去の事故の有無とその後の対策",
        ]),
      ),
      art(
        "契約",
        ["J.9.4"],
        p("委託の契約には、次の事項を定める。契約の内容は「委託契約チェックリスト」で確認する。"),
        ul([
          "委託元と委託先それぞれの責任",
          "個人データの安全管理に関する事項",
          "再委託に関する事項（再委託には事前の書面による承認を要すること）",
          "個人データの取扱い状況について委託元に報告する内容と頻度",
          "契約の内容が守られていることを委託元が確認できること",
          "契約の内容が守られなかった場合の措置",
          "事故が起きたときの報告と連絡",
          "契約が終わったときの個人データの返却又は消去",
        ]),
      ),
      art(
        "委託先の管理と評価",
        ["J.9.4"],
        p(
          "個人情報保護管理者は、委託先の一覧（委託先管理台帳）を作り、委託の内容、評価日、評価結果及び次の評価予定日を記録する。委託先は少なくとも年1回評価し直し、基準を満たさなくなったときは改善を求めるか、委託先を替える。",
        ),
      ),
      annex(),
    ),
  };
}

export const OPERATION_RULE_TEMPLATES: readonly DocumentTemplate[] = [
  education(),
  audit(),
  vendors(),
];
