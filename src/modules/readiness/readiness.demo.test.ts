// What readiness says about the demo company (src/modules/org/demo): the structure and most of
// the register are in order, the gaps planted in the demo data show up as gaps, and the
// construction steps are recorded as activities up to the operation check, top management's
// acts waiting for the approval of the member who created the demo; the education is its
// completions, done by every worker in office but three. The demo has no documents
// yet, so the policy, its communication and the internal rules (read from the document
// register) are gaps whatever the records say. Expected values are worked out by hand from the
// demo data files and the rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { kanjiDate } from "../../test/kanji-date.ts";
import type { ReadinessOut, RuleResultOut } from "./readiness.contract.ts";

/** The same day `months` months earlier, clamped to the month's end (hand-rolled for the test). */
function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${year}-${two(month)}-${two(Math.min(d, last))}`;
}

describe.each(dbKinds)("readiness of the demo company (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let r: ReadinessOut;
  const today = todayInJapan();
  // The same calendar day a year ago (29 February → 28 February), worked out here by hand.
  const md = today.slice(5);
  const cutoff = `${Number(today.slice(0, 4)) - 1}-${md === "02-29" ? "02-28" : md}`;

  const rule = (id: string): RuleResultOut => {
    const found = r.results.find((x) => x.ruleId === id);
    if (!found) throw new Error(`no result for ${id}`);
    return found;
  };
  const detailNames = (id: string) => (rule(id).details ?? []).map((d) => d.name).sort();

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("見本 閲覧");
    const orgId = await t.createOrg(owner, "株式会社サンプル準備", true);
    const res = await t.as(owner).get(`/api/v1/orgs/${orgId}/readiness`);
    expect(res.statusCode, res.body).toBe(200);
    r = res.json() as ReadinessOut;
  });
  afterAll(() => t.close());

  it("has every rule but two applicable, the planted gaps and four open blockers", () => {
    const gaps = r.results.filter((x) => x.status === "gap").map((x) => x.ruleId);
    expect(gaps.sort()).toEqual(
      [
        // Not done yet: the first internal audit and the management review after it.
        "manual.internal_audit",
        "manual.management_review",
        // No documents: no policy in force, so nothing to make known, and no rules in force.
        // (The resources are recorded, waiting for top management's approval.)
        "manual.policy",
        "manual.policy_known",
        "manual.resources",
        "manual.internal_rules",
        // Three workers in office have not completed the education (demo-education-seed.ts).
        "education.all_staff",
        // Planted in the register, risk and legal data.
        "register.reviewed",
        "register.sensitive_consent",
        "register.outsourcee",
        "legal.checked",
        "risk.phase_coverage",
        "risk.treated",
      ].sort(),
    );
    // The rules that do not apply: no data item of the demo register is flagged 特定個人情報
    // (its マイナンバー item lists 個人番号 under a category of that name only), and the
    // document register is empty, so no review can be overdue.
    expect(r.results.filter((x) => x.status === "na").map((x) => x.ruleId)).toEqual([
      "register.my_number",
      "documents.review_due",
    ]);
    expect(rule("register.my_number").reason.ja).toBe("特定個人情報を含む項目はありません。");
    expect(rule("documents.review_due").reason.ja).toBe("文書管理台帳に文書がないため対象外です。");
    expect(r.results).toHaveLength(35);
    expect(r.blockers).toBe(4);
    // Applicable: 16 blockers × 3 + 13 findings × 2 + 4 advice = 78 (documents.review_due is
    // na; education.all_staff is the 13th finding). Open: 4 blockers (12: policy, internal
    // rules, internal audit, management review), 8 findings (16: the 7 planted ones and the
    // education of all staff) and 1 advice (1, resources) = 29.
    // (78 − 29) / 78 = 49 / 78 = 62.8 % → 63.
    expect(r.score).toBe(63);
  });

  it("finds the structure in order", () => {
    expect(rule("eligibility.staff").reason.ja).toBe("在籍中の従業者は40名です。");
    expect(rule("eligibility.pms_manager").reason.ja).toBe(
      "個人情報保護管理者は渡辺 浩二さんです。",
    );
    expect(rule("eligibility.separation").reason.ja).toBe(
      "管理者（渡辺 浩二）と監査責任者（田中 美穂）は別の人です。",
    );
    expect(rule("eligibility.top_management").reason.ja).toBe(
      "体制のトップマネジメントは佐藤 健一さんです。",
    );
    expect(rule("scope.defined").status).toBe("ok");
  });

  it("reports the register's planted gaps with the items concerned", () => {
    // 26 items, one retired (年賀状送付先リスト): 25 checked.
    expect(rule("register.not_empty").reason.ja).toBe("利用中の台帳項目が25件あります。");
    expect(rule("register.required_fields").status).toBe("ok");
    expect(rule("register.reviewed").reason.ja).toBe(
      `25件中2件が12か月以上見直されていません（${kanjiDate(cutoff)}より前）。`,
    );
    expect(detailNames("register.reviewed")).toEqual(["入退室記録（ICカード）", "株主名簿"].sort());
    expect(rule("register.sensitive_consent").reason.ja).toBe(
      "要配慮個人情報を含む項目4件中1件に同意の方法（または不要の理由）が書かれていません。",
    );
    expect(detailNames("register.sensitive_consent")).toEqual(["休職・復職に関する記録"]);
    expect(rule("register.outsourcee").reason.ja).toBe(
      "委託している項目12件中1件に委託先が書かれていません。",
    );
    expect(detailNames("register.outsourcee")).toEqual(["防犯カメラ映像"]);
    expect(rule("register.foreign_country").reason.ja).toBe(
      "外国の第三者に提供する項目1件すべてに提供先の国が書かれています。",
    );
  });

  it("reports the risk analysis's planted gaps", () => {
    expect(rule("risk.analysis_exists").reason.ja).toBe("25件中25件の項目にリスク分析があります。");
    expect(rule("risk.phase_coverage").reason.ja).toBe(
      "25件中1件の項目で、計1の局面にリスク分析がありません。",
    );
    const [missing] = rule("risk.phase_coverage").details ?? [];
    expect(rule("risk.phase_coverage").details).toEqual([
      {
        id: expect.any(String),
        name: "メールマガジン配信先",
        note: { ja: "委託", en: "Outsourcing" },
        // The item's risk rows, where the 委託 phase is added (no 未評価 rows there to point to).
        path: `risks?itemId=${missing?.id}`,
      },
    ]);
    // 143 rows, one of them on the retired item. The PMS manager rated every row, so none is
    // 未評価 and no reason mentions rows left out.
    expect(rule("risk.treated").reason.ja).toBe(
      "リスク142件中3件が受容水準を超えたまま、対策後の評価も受容の記録もありません。",
    );
    expect(detailNames("risk.treated")).toEqual(
      [
        "コールセンター通話録音（受託）",
        "見込み客リスト（顧客管理クラウド）",
        "防犯カメラ映像",
      ].sort(),
    );
    // Each named item opens its own rows that need action.
    for (const d of rule("risk.treated").details ?? [])
      expect(d.path, d.name).toBe(`risks?itemId=${d.id}&unaccepted=true`);
  });

  it("reports the legal register's gap: one stale check; every entry linked", () => {
    expect(rule("legal.exists").reason.ja).toBe("法令等一覧に17件登録されています。");
    expect(rule("legal.checked").reason.ja).toBe(
      // Every entry has a check day: no "確認記録なし" part (never a count of zero).
      "17件中1件が12か月以内に確認されていません。",
    );
    expect(detailNames("legal.checked")).toEqual(["特定電子メール法"]);
    // Three organization-wide entries (the APPI cabinet order, JIS Q 15001:2023, the JIPDEC
    // guideline) apply to departments only; a department link counts as linked.
    expect(rule("legal.linked")).toMatchObject({
      status: "ok",
      reason: { ja: "17件すべてが台帳の項目か部署に結び付いています。" },
    });
    expect(rule("legal.linked").details).toBeUndefined();
  });

  it("shows the recorded steps, and the approvals waiting for the demo's creator", () => {
    const recorded = r.results.filter((x) => x.manual && x.status === "ok").map((x) => x.ruleId);
    expect(recorded.sort()).toEqual(
      [
        "manual.project_team",
        "manual.work_plan",
        "manual.operation_start",
        "manual.safety_measures",
        "manual.vendor_contracts",
        "manual.complaints_desk",
        "manual.operation_check",
      ].sort(),
    );
    // The education is read from its completions now: 37 of the 40 in office, the latest at
    // the classroom session 5 months ago, in time for 7 more months, so still on the work
    // plan's application day about a month ahead, which the yearly work is judged on.
    const day = "\\d{4}年\\d{1,2}月\\d{1,2}日";
    expect(rule("manual.education")).toMatchObject({ status: "ok", manual: false });
    expect(rule("manual.education").reason.ja).toMatch(
      new RegExp(
        `^${day}以降に37名が教育を修了しています（最新の修了日 ${kanjiDate(monthsBefore(today, 5))}）。申請予定日${day}の前12か月以内で、${day}まで有効です。$`,
      ),
    );
    // The three of the seed's comment, in the register's reading order (エ, オオ, オガ).
    expect(rule("education.all_staff").reason.ja).toMatch(
      new RegExp(
        `^${day}に在籍する従業者40名のうち3名が、${day}以降に教育を修了していません（遠藤 颯太、太田 葵、小川 聡）。$`,
      ),
    );
    // The policy's approval is recorded (waiting for approval), but the policy itself is not
    // in the document register: the record alone no longer counts.
    expect(rule("manual.policy").reason.ja).toBe(
      "実施記録はありますが、方針の文書が文書管理にありません。テンプレートから社内向けの方針を作成し、代表者の承認を受けて施行してください。",
    );
    expect(rule("manual.policy").details?.map((d) => d.name)).toEqual([
      expect.stringMatching(/^個人情報保護方針の承認 \d{4}年\d{1,2}月\d{1,2}日$/),
    ]);
    expect(rule("manual.policy_known").reason.ja).toBe(
      "方針が施行されていないため、周知を確認できません。",
    );
    // All 57 J items that need a rule lack one in force; the first three named.
    expect(rule("manual.internal_rules").reason.ja).toBe(
      "規程で答えるべきJ項目57件のうち57件に、施行中の文書が答えていません（J.1.1 組織及びその状況の理解、J.1.2 利害関係者のニーズ及び期待の理解、J.1.3 法令、国が定める指針その他の規範 ほか54件）。",
    );
    expect(rule("manual.internal_audit").reason.ja).toBe("「内部監査」の実施記録がありません。");
    expect(r.byStep.map((s) => s.status)).toEqual([
      "in_progress", // 1 scope ok, no policy document
      "done", // 2 structure
      "done", // 3 work plan
      "not_started", // 4 policy known: no policy in force
      "in_progress", // 5 register
      "in_progress", // 6 legal register
      "in_progress", // 7 risks
      "not_started", // 8 resources waiting for approval
      "not_started", // 9 no internal rules in force (the review rule does not apply)
      "in_progress", // 10 education done, three workers still without it
      "done", // 11 operation
      "in_progress", // 12 operation check ok, internal audit open
      "not_started", // 13 management review
    ]);
  });

  it("counts the resources once approved, but not the policy or the rules: they need documents", async () => {
    const orgId = await t.createOrg(owner, "株式会社サンプル承認", true);
    const base = `/api/v1/orgs/${orgId}`;
    const pending = await t.as(owner).get(`${base}/activities?approval=pending`);
    const ids = (pending.json().items as { id: string; kind: string }[]).map((a) => [a.kind, a.id]);
    expect(ids.map(([k]) => k).sort()).toEqual(
      ["policy_approval", "resources_decided", "rules_established"].sort(),
    );
    for (const [, id] of ids)
      expect((await t.as(owner).post(`${base}/activities/${id}/approve`)).statusCode).toBe(200);
    const after = (await t.as(owner).get(`${base}/readiness`)).json() as ReadinessOut;
    // The resources' advice closes (+1): open 4 blockers (12) and 8 findings (16) = 28 of 78.
    // (78 − 28) / 78 = 50 / 78 = 64.1 % → 64.
    expect(after.blockers).toBe(4);
    expect(after.score).toBe(64);
    const status = (id: string) => after.results.find((x) => x.ruleId === id)?.status;
    expect(status("manual.resources")).toBe("ok");
    for (const id of ["manual.policy", "manual.policy_known", "manual.internal_rules"])
      expect(status(id), id).toBe("gap");
  });
});
