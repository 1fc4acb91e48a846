// The demo company's 法令等一覧: every baseline entry of the law catalogue, the catalogue
// entries that fit this business (foreign outsourcing, recruiting, the newsletter) and three
// entries of its own. Obligations are the company's own summary of what it must do.
// Deliberate gap: 特定電子メール法 was last checked 15 months before the seeding day.
import type { DemoLegal } from "./demo-register-model.ts";

const PMS_MANAGER = "k.watanabe";
const HR_LEAD = "y.nakamura";

export const DEMO_LEGAL: readonly DemoLegal[] = [
  {
    lawId: "appi",
    articles:
      "2条3項（要配慮個人情報）、17〜22条（利用目的・取得・正確性）、23〜26条（安全管理措置、従業者・委託先の監督、漏えい等の報告）、27〜30条（第三者提供）、32〜40条（保有個人データの開示等、苦情の処理）",
    obligations:
      "利用目的を特定して通知・公表し、その範囲で使う。安全管理措置を講じ、従業者と委託先を監督する。漏えい等が起きたら委員会に報告し本人に知らせる。第三者提供の制限と記録、開示等の請求と苦情に応じる体制を保つ。",
    checkedBy: PMS_MANAGER,
    checkedMonthsAgo: 2,
    items: "all",
    departments: ["hq"],
  },
  {
    lawId: "appi_cabinet_order",
    articles: "要配慮個人情報の範囲、保有個人データから除かれるものの定め",
    obligations: "要配慮個人情報と保有個人データの範囲を確かめ、台帳の区分に反映する。",
    checkedBy: PMS_MANAGER,
    checkedMonthsAgo: 2,
    items: [],
    departments: ["general"],
  },
  {
    lawId: "appi_rules",
    articles: "漏えい等の報告の対象と報告事項、第三者提供の記録の作り方と保存期間",
    obligations:
      "報告が必要な漏えい等（要配慮個人情報、財産的被害のおそれ、不正の目的、1,000人超）を事故対応手順に書き、速報と確報の期限を守る。第三者提供の記録を定められた期間残す。",
    checkedBy: PMS_MANAGER,
    checkedMonthsAgo: 2,
    items: ["expoVisitors", "credit"],
    departments: ["general"],
  },
  {
    lawId: "ppc_guideline_general",
    articles: "安全管理措置の具体例（組織的・人的・物理的・技術的）、漏えい等の報告",
    obligations:
      "ガイドラインの安全管理措置の例と内部規程を照らし合わせ、足りない点があれば規程を直す。",
    checkedBy: PMS_MANAGER,
    checkedMonthsAgo: 2,
    items: "all",
    departments: ["hq"],
  },
  {
    lawId: "ppc_guideline_records",
    articles: "第三者から受け取るときの確認の方法と記録事項、記録の保存期間",
    obligations:
      "展示会の主催者や信用調査会社から個人データを受け取るときは、相手と取得の経緯を確かめて記録し、3年保存する。",
    checkedBy: "m.suzuki",
    checkedMonthsAgo: 5,
    items: ["expoVisitors", "credit"],
    departments: ["sales"],
  },
  {
    lawId: "ppc_guideline_foreign",
    articles: "外国にある第三者への提供に当たる場合、基準に適合する体制の確認と本人への情報提供",
    obligations:
      "米国の顧客管理クラウドへの委託について、委託先の体制が基準に適合することを年1回確かめ、国名と制度の概要をWebサイトで知らせる。",
    checkedBy: "m.suzuki",
    checkedMonthsAgo: 2,
    items: ["prospects"],
    departments: ["sales", "system"],
  },
  {
    lawId: "my_number_act",
    articles:
      "9条（利用範囲）、12条（安全管理措置）、15条（提供の求めの制限）、19条（提供の制限）、20条（収集・保管の制限）",
    obligations:
      "番号は税と社会保険の手続に限って集めて使い、取扱担当者を決める。法定の事務のほかに番号を求めない。保存期間が過ぎたら速やかに廃棄する。",
    checkedBy: HR_LEAD,
    checkedMonthsAgo: 3,
    items: ["myNumber", "payroll"],
    departments: ["hr"],
  },
  {
    lawId: "my_number_guideline",
    articles: "安全管理措置（取扱担当者、取扱区域、委託先の監督）",
    obligations: "取扱担当者と取扱区域を決め、委託先の監督をガイドラインの水準で行う。",
    checkedBy: HR_LEAD,
    checkedMonthsAgo: 3,
    items: ["myNumber"],
    departments: ["hr"],
  },
  {
    lawId: "labour_standards_act",
    articles: "107条（労働者名簿）、108条（賃金台帳）、109条（記録の保存）",
    obligations:
      "労働者名簿と賃金台帳を作り、定められた期間保存する。保存期間を台帳の保管期限に反映する。",
    checkedBy: HR_LEAD,
    checkedMonthsAgo: 3,
    items: ["staffRoster", "payroll", "leavers"],
    departments: ["hr"],
  },
  {
    lawId: "industrial_safety_health_act",
    articles:
      "66条（健康診断）、66条の10（ストレスチェック）、104条（心身の状態に関する情報の取扱い）",
    obligations:
      "健康診断の結果を記録して保存し、就業上の措置に必要な範囲でだけ扱う。ストレスチェックの個人の結果は本人の同意なしに受け取らない。健康情報の取扱規程を定める。",
    checkedBy: HR_LEAD,
    checkedMonthsAgo: 3,
    items: ["healthChecks", "stressCheck", "sickLeave"],
    departments: ["hr"],
  },
  {
    lawId: "employment_security_act",
    articles: "5条の5（求職者等の個人情報の取扱い）",
    obligations:
      "応募者の情報は採用に必要な範囲で集め、本籍や思想・信条など差別につながるおそれのある情報は集めない。",
    checkedBy: HR_LEAD,
    checkedMonthsAgo: 4,
    items: ["applicants", "rejected"],
    departments: ["hr"],
  },
  {
    lawId: "specified_email_act",
    articles: "3条（送信の制限）、4条（表示義務）",
    obligations:
      "広告メールは同意を得た相手にだけ送り、同意の記録を残す。送信者の名前と配信停止の方法をメールに表示する。",
    checkedBy: "s.ito",
    // Deliberate gap: not checked in the last 12 months.
    checkedMonthsAgo: 15,
    items: ["newsletter"],
    departments: ["planning"],
  },
  {
    lawId: "jis_q_15001_2023",
    articles: "4〜10（マネジメントシステムの要求事項）、附属書A（管理策）",
    obligations:
      "PMSを規格の要求事項に沿って作って運用し、内部監査とマネジメントレビューで改善し続ける。",
    checkedBy: PMS_MANAGER,
    checkedMonthsAgo: 6,
    items: [],
    departments: ["hq"],
  },
  {
    lawId: "jipdec_pms_guideline",
    articles: "J.1〜J.11",
    obligations: "審査の基準である指針の各項目に沿って文書と記録をそろえ、更新審査に備える。",
    checkedBy: PMS_MANAGER,
    checkedMonthsAgo: 6,
    items: [],
    departments: ["hq"],
  },
  {
    lawId: null,
    own: { name: "会社法", kind: "law" },
    articles: "121条（株主名簿）、125条（株主名簿の備置き及び閲覧等）",
    obligations: "株主名簿を作って本店に備え置き、株主から閲覧や謄写を求められたら応じる。",
    checkedBy: "m.tanaka",
    checkedMonthsAgo: 7,
    items: ["shareholders"],
    departments: ["planning"],
  },
  {
    lawId: null,
    own: { name: "所得税法", kind: "law" },
    articles: "194条（給与所得者の扶養控除等申告書）、226条（源泉徴収票）",
    obligations:
      "扶養控除等申告書を受け取って定められた期間保存し、源泉徴収票を作って本人に渡し、税務署に出す。",
    checkedBy: HR_LEAD,
    checkedMonthsAgo: 3,
    items: ["payroll", "myNumber", "leavers"],
    departments: ["hr"],
  },
  {
    lawId: null,
    own: {
      name: "雇用管理分野における個人情報のうち健康情報を取り扱うに当たっての留意事項",
      kind: "guideline",
    },
    articles: "健康情報を取り扱う者の範囲、取扱規程に定める事項",
    obligations: "健康情報を扱う者を限り、取扱規程を定めて従業者に知らせる。",
    checkedBy: HR_LEAD,
    checkedMonthsAgo: 3,
    items: ["healthChecks", "stressCheck", "sickLeave"],
    departments: ["hr"],
    notes: "厚生労働省の通知。労働安全衛生法104条の指針とあわせて確かめる。",
  },
];
