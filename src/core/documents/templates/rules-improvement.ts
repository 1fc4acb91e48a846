// The rules that keep the system itself in order: 文書・記録管理規程 (documents and the records'
// retention table) and 是正処置・マネジメントレビュー規程 (corrective action, the management
// review and continual improvement). Our own words; the review's inputs are the ones listed in
// docs/domain.md (section 4, マネジメントレビュー).
import { annex, articles, doc, f, p, ruleHead, table, ul } from "./builder.ts";
import type { DocumentTemplate } from "./types.ts";

function documents(): DocumentTemplate {
  const art = articles(2);
  return {
    key: "rule.documents",
    number: "R-09",
    title: "文書・記録管理規程",
    titleEn: "Rules for documents and records",
    kind: "rule",
    audience: "internal",
    approverRole: "pms_manager",
    retentionYears: null,
    summary: {
      ja: "PMS文書の作成・承認・配付・改訂と、記録の保管期間・保管場所・廃棄を定めます（記録の一覧を別表に）。",
      en: "Writing, approving, distributing and revising PMS documents; keeping and disposing of records (with the records table).",
    },
    jRefs: [],
    content: doc(
      ruleHead("文書・記録管理規程"),
      art(
        "目的",
        null,
        p(
          "この規程は、PMSの文書を正しい版で使えるようにし、運用の記録を決められた期間確実に残すための管理方法を定める。",
        ),
      ),
      art(
        "文書の範囲と文書管理台帳",
        ["J.4.5.1"],
        p(
          "PMSの文書は、個人情報保護方針、規程、様式及び手順書とする。個人情報保護管理者は、すべての文書を「文書管理台帳」に、文書番号、名称、版、承認者、施行日及び見直しの予定日とともに記録する。",
        ),
      ),
      art(
        "作成、承認及び改訂",
        ["J.4.5.2"],
        p(
          "文書には名称、文書番号、版及び施行日を記し、内容を確認したうえで次の者が承認する。改訂したときは版を改め、改訂の内容と理由を記録する。",
        ),
        table([
          ["文書", "承認者"],
          ["個人情報保護方針、基本規程", "代表者"],
          ["その他の規程、様式、手順書", "個人情報保護管理者"],
        ]),
      ),
      art(
        "配付と旧版の扱い",
        ["J.4.5.3"],
        p(
          "承認された文書は、必要な従業者がいつでも参照できる場所に置き、改訂したときは周知する。旧版は誤って使われないよう取り除き、参照のために残すときは旧版であることを明示する。文書は権限のない者が変更できないように管理する。",
        ),
      ),
      art(
        "規程の見直し",
        ["J.4.5.4"],
        p(
          "個人情報保護管理者は、少なくとも年1回、及び法令の改正、事業の変更、リスク分析の見直し又は是正処置があったときに、規程が実態に合っているかを見直し、必要に応じて改訂する。",
        ),
      ),
      art(
        "記録の管理",
        ["J.4.5.5"],
        p(
          "PMSの運用で作る記録と、その保管責任者、保存期間及び保管場所は別表のとおりとする。記録は読みやすく、探しやすい状態で保管し、保存期間を過ぎたものは安全管理規程に従って廃棄する。",
        ),
      ),
      annex(),
      p("別表　記録の保管"),
      table([
        ["記録", "様式", "保管責任者", "保存期間"],
        [
          "個人情報管理台帳、リスク分析表、法令等一覧",
          "システム上の台帳",
          "個人情報保護管理者",
          "最新版と、改訂前の版を3年",
        ],
        ["PMS年間計画書", "F-02", "個人情報保護管理者", "3年"],
        ["教育計画書、教育実施記録", "F-03、F-04", "個人情報保護管理者", "3年"],
        ["誓約書（従業者）", "F-05", "個人情報保護管理者", "退職後3年"],
        ["内部監査計画書、チェックリスト、報告書", "F-06〜F-08", "個人情報保護監査責任者", "3年"],
        ["運用の確認記録", "F-09", "部門管理者", "3年"],
        ["是正処置報告書", "F-10", "個人情報保護管理者", "3年"],
        ["マネジメントレビュー記録", "F-11", "個人情報保護管理者", "3年"],
        ["委託先評価表、委託契約チェックリスト", "F-12、F-13", "部門管理者", "委託の終了後3年"],
        ["開示等請求書、開示等請求対応記録", "F-14、F-15", "苦情・相談窓口責任者", "3年"],
        ["苦情・相談受付記録", "F-16", "苦情・相談窓口責任者", "3年"],
        ["事故（漏えい等）報告書", "F-17", "個人情報保護管理者", "5年"],
        ["入退室・持出し・廃棄記録", "F-18", "部門管理者", "1年"],
        ["安全管理措置点検表", "F-19", "部門管理者", "3年"],
        ["第三者提供・受領記録", "F-21", "部門管理者", "3年"],
        ["本人の同意の記録", "F-22による同意書", "部門管理者", "利用の終了後3年"],
      ]),
    ),
  };
}

function improvement(): DocumentTemplate {
  const art = articles(2);
  return {
    key: "rule.improvement",
    number: "R-10",
    title: "是正処置・マネジメントレビュー規程",
    titleEn: "Rules for corrective action and management review",
    kind: "rule",
    audience: "internal",
    approverRole: "pms_manager",
    retentionYears: null,
    summary: {
      ja: "不適合の是正処置、代表者によるマネジメントレビュー、継続的改善の進め方を定めます。",
      en: "Corrective action on nonconformities, the representative's management review and continual improvement.",
    },
    jRefs: [],
    content: doc(
      ruleHead("是正処置・マネジメントレビュー規程"),
      art(
        "目的",
        null,
        p(
          "この規程は、見つかった不適合を正して再発を防ぎ、代表者がPMSを定期的に見直して改善を続けるための手順を定める。",
        ),
      ),
      art(
        "不適合の把握",
        ["J.7.1"],
        p(
          "内部監査、運用の確認、苦情、事故、外部からの指摘などで規程や要求事項に合わない状態（不適合）が見つかったときは、見つけた者が個人情報保護管理者に報告する。",
        ),
      ),
      art(
        "是正処置",
        ["J.7.1"],
        p(
          "個人情報保護管理者は、不適合ごとに責任者と期限を決め、次の順で処置させ、「是正処置報告書」に記録する。",
        ),
        ul([
          "不適合をすぐに修正し、影響を抑える。",
          "原因を分析し、同じような不適合がほかにないかを確かめる。",
          "原因を取り除く処置を決めて実施する。",
          "期限の後に処置の効果を確かめ、必要なら規程やリスク分析を改める。",
        ]),
        p("処置の完了と効果の確認は、個人情報保護管理者が承認する。"),
      ),
      art(
        "マネジメントレビュー",
        ["J.6.3", "J.2.1"],
        p([
          "代表者（",
          f("org.representative"),
          "）は、少なくとも年1回、次の事項を材料にPMSを見直す。個人情報保護管理者は、材料をまとめて代表者に報告する。",
        ]),
        ul([
          "前回までの見直しで指示した事項の状況",
          "内部監査と運用の確認の結果",
          "外部からの苦情、意見及び事故",
          "法令、社会情勢、事業及び内外の課題の変化",
          "個人情報保護目的の達成状況",
          "改善の提案",
        ]),
      ),
      art(
        "見直しの結果",
        ["J.6.3"],
        p(
          "代表者は、改善の機会とPMSの変更の必要について判断し、指示を出す。見直しの内容、判断及び指示は「マネジメントレビュー記録」に記録し、指示事項の実施状況は次の見直しで確かめる。",
        ),
      ),
      art(
        "継続的改善",
        ["J.7.2"],
        p(
          "個人情報保護管理者は、見直しの指示、監査の結果及び是正処置を、年間計画と規程の改訂に反映し、PMSを継続的に改善する。",
        ),
      ),
      annex(),
    ),
  };
}

export const IMPROVEMENT_RULE_TEMPLATES: readonly DocumentTemplate[] = [documents(), improvement()];
