// The readiness routes: the report's shape, manual checks (who/when, audit, refusals), the
// 12-month review boundary read from real register data, tenant isolation and roles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { kanjiDate } from "../../test/kanji-date.ts";
import type { CheckOut, ReadinessOut } from "./readiness.contract.ts";

/** YYYY-MM-DD `days` after `iso` (negative: before). */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const MANUAL_IDS = [
  "manual.policy",
  "manual.project_team",
  "manual.work_plan",
  "manual.policy_known",
  "manual.resources",
  "manual.internal_rules",
  "manual.education",
  "manual.operation_start",
  "manual.safety_measures",
  "manual.vendor_contracts",
  "manual.complaints_desk",
  "manual.operation_check",
  "manual.internal_audit",
  "manual.management_review",
];

describe.each(dbKinds)("readiness routes (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let consultant: TestUser;
  let manager: TestUser;
  let memberUser: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;
  const today = todayInJapan();
  const [y, md] = [Number(today.slice(0, 4)), today.slice(5)];
  // The same calendar day a year ago (29 February → 28 February), and the day before it.
  const exactlyYearAgo = `${y - 1}-${md === "02-29" ? "02-28" : md}`;
  const yearAndADayAgo = addDays(exactlyYearAgo, -1);

  async function readiness(user = owner, lang = "ja", org = orgId) {
    const res = await t.as(user, lang).get(`/api/v1/orgs/${org}/readiness`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ReadinessOut;
  }
  const rule = (r: ReadinessOut, id: string) => {
    const found = r.results.find((x) => x.ruleId === id);
    if (!found) throw new Error(`no result for ${id}`);
    return found;
  };
  async function auditOf(ruleId: string) {
    const res = await t
      .as(owner)
      .get(`${base}/audit-events?entity=readiness_check&entityId=${ruleId}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as {
      action: string;
      actorName: string;
      changes: Record<string, { old: unknown; new: unknown }>;
    }[];
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("準備 所有者");
    orgId = await t.createOrg(owner, "株式会社じゅんび");
    base = `/api/v1/orgs/${orgId}`;
    consultant = await t.signUp("支援 コンサル");
    await t.addMember(owner, orgId, consultant, "consultant");
    manager = await t.signUp("部門 管理者");
    await t.addMember(owner, orgId, manager, "manager");
    memberUser = await t.signUp("一般 社員");
    await t.addMember(owner, orgId, memberUser, "member");
    outsider = await t.signUp("他社 社員");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
  });
  afterAll(() => t.close());

  it("reports every rule once, blockers first, with steps and J items", async () => {
    const r = await readiness();
    expect(r.today).toBe(today);
    expect(Date.parse(r.evaluatedAt)).not.toBeNaN();
    expect(r.results).toHaveLength(32);
    expect(new Set(r.results.map((x) => x.ruleId)).size).toBe(32);
    const order = { blocker: 0, finding: 1, advice: 2 };
    const keys = r.results.map((x) => order[x.severity] * 100 + x.step);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(r.byStep.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(r.byStep.reduce((n, s) => n + s.total, 0)).toBe(32);
    // Step 2: staff, manager, lead, separation (na), top management, project team: 5 gaps.
    expect(r.byStep[1]).toMatchObject({ status: "not_started", ok: 0, gap: 5, na: 1, total: 6 });
    expect(r.byRef.map((x) => x.ref).slice(0, 3)).toEqual(["J.1.3", "J.1.4", "J.2.1"]);
    expect(rule(r, "register.not_empty")).toEqual({
      ruleId: "register.not_empty",
      title: { ja: "個人情報管理台帳に項目がある", en: "The register has items" },
      status: "gap",
      severity: "blocker",
      refs: ["J.3.1.1"],
      step: 5,
      reason: {
        ja: "個人情報管理台帳に利用中の項目がありません。",
        en: "The register has no active items.",
      },
      fixPath: "inventory",
      manual: false,
    });
    expect(rule(r, "manual.policy")).toMatchObject({ manual: true, fixPath: "readiness" });
    expect(rule(r, "manual.policy").check).toBeUndefined();
  });

  it("lists the 14 manual rules in step order, none ticked yet", async () => {
    const res = await t.as(owner).get(`${base}/readiness/checks`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: CheckOut[]; total: number };
    expect(body.total).toBe(14);
    expect(body.items.map((c) => c.ruleId)).toEqual(MANUAL_IDS);
    expect(body.items.every((c) => c.check === null)).toBe(true);
    expect(body.items[0]).toMatchObject({ step: 1, severity: "blocker", refs: ["J.2.2"] });
  });

  it("records who ticked a manual rule and when, audited, and a repeat changes nothing", async () => {
    const before = Date.now();
    const res = await t
      .as(consultant)
      .put(`${base}/readiness/checks/manual.resources`, { done: true, note: "予算 2025年度" });
    expect(res.statusCode, res.body).toBe(200);
    const tick = res.json() as CheckOut;
    expect(tick.check).toMatchObject({
      done: true,
      note: "予算 2025年度",
      checkedByName: "支援 コンサル",
    });
    const at = Date.parse(tick.check?.checkedAt ?? "");
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);

    const r = await readiness();
    expect(rule(r, "manual.resources")).toMatchObject({
      status: "ok",
      check: { done: true, checkedByName: "支援 コンサル", checkedAt: tick.check?.checkedAt },
      reason: { ja: `${kanjiDate(today)}に支援 コンサルさんが完了を確認しました。` },
    });
    const created = await auditOf("manual.resources");
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      action: "create",
      actorName: "支援 コンサル",
      changes: { done: { old: null, new: true }, note: { old: null, new: "予算 2025年度" } },
    });

    // The same tick again, by someone else: nothing written, the first who/when kept.
    const again = await t
      .as(owner)
      .put(`${base}/readiness/checks/manual.resources`, { done: true, note: "予算 2025年度" });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(tick);
    expect(await auditOf("manual.resources")).toHaveLength(1);

    // Unticked by the owner: the rule is a gap again, and the change is audited.
    const undo = await t.as(owner).put(`${base}/readiness/checks/manual.resources`, {
      done: false,
    });
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json().check).toMatchObject({
      done: false,
      note: null,
      checkedByName: "準備 所有者",
    });
    expect(rule(await readiness(), "manual.resources").status).toBe("gap");
    const events = await auditOf("manual.resources");
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.action === "update")).toMatchObject({
      actorName: "準備 所有者",
      changes: { done: { old: true, new: false }, note: { old: "予算 2025年度", new: null } },
    });
    const list = (await t.as(owner).get(`${base}/readiness/checks`)).json() as {
      items: CheckOut[];
    };
    expect(list.items.find((c) => c.ruleId === "manual.resources")?.check).toMatchObject({
      done: false,
      checkedByName: "準備 所有者",
    });
  });

  it("refuses rules judged from records (400) and unknown rules (404), writing nothing", async () => {
    const notManual = await t
      .as(owner)
      .put(`${base}/readiness/checks/register.not_empty`, { done: true });
    expect(notManual.statusCode).toBe(400);
    expect(notManual.json()).toEqual({
      error: {
        code: "READINESS_RULE_NOT_MANUAL",
        message:
          "「register.not_empty」は登録内容から自動で判定するルールのため、手動では完了にできません。",
        fields: { ruleId: "自動で判定するルールは手動で完了にできません。" },
      },
    });
    const en = await t
      .as(owner, "en")
      .put(`${base}/readiness/checks/register.not_empty`, { done: true });
    expect(en.json().error.message).toBe(
      '"register.not_empty" is judged from the records, so it cannot be ticked by hand.',
    );
    const unknown = await t.as(owner).put(`${base}/readiness/checks/manual.nothing`, {
      done: true,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toEqual({
      code: "READINESS_RULE_NOT_FOUND",
      message: "準備度のルール「manual.nothing」はありません。",
    });
    expect(await auditOf("register.not_empty")).toEqual([]);
    expect(await auditOf("manual.nothing")).toEqual([]);
    expect(rule(await readiness(), "register.not_empty").status).toBe("gap");
  });

  it("judges the yearly review on the day: exactly 12 months ago is in time, a day more is late", async () => {
    const item = (name: string, lastReviewedOn: string) =>
      t.as(owner).post(`${base}/inventory-items`, {
        name,
        purpose: "業務連絡",
        identifiedOn: "2020-04-01",
        lastReviewedOn,
      });
    expect((await item("取引先名簿", exactlyYearAgo)).statusCode).toBe(201);
    let r = await readiness();
    expect(rule(r, "register.reviewed")).toMatchObject({
      status: "ok",
      reason: { ja: `1件すべてが${kanjiDate(exactlyYearAgo)}以降に見直されています。` },
    });
    const late = await item("旧取引先名簿", yearAndADayAgo);
    expect(late.statusCode).toBe(201);
    r = await readiness();
    expect(rule(r, "register.reviewed")).toMatchObject({
      status: "gap",
      reason: {
        ja: `2件中1件が12か月以上見直されていません（${kanjiDate(exactlyYearAgo)}より前）。`,
      },
      details: [
        {
          id: late.json().id,
          name: "旧取引先名簿",
          note: { ja: `最終見直し ${kanjiDate(yearAndADayAgo)}` },
          path: `inventory?item=${late.json().id}`,
        },
      ],
    });

    // The legal register follows the same boundary.
    const law = (lawId: string, checkedOn: string) =>
      t.as(owner).post(`${base}/legal-requirements`, { lawId, checkedOn });
    expect((await law("appi", exactlyYearAgo)).statusCode).toBe(201);
    expect(rule(await readiness(), "legal.checked").status).toBe("ok");
    const old = await law("appi_cabinet_order", yearAndADayAgo);
    expect(old.statusCode).toBe(201);
    r = await readiness();
    expect(rule(r, "legal.checked")).toMatchObject({
      status: "gap",
      details: [
        {
          id: old.json().id,
          name: "個人情報の保護に関する法律施行令",
          path: `legal?ids=${old.json().id}`,
        },
      ],
    });
    // Catalogue entries are named in the caller's language.
    expect(rule(await readiness(owner, "en"), "legal.checked").details).toEqual([
      {
        id: old.json().id,
        name: "Cabinet Order to Enforce the Act on the Protection of Personal Information",
        note: { ja: `最終確認 ${kanjiDate(yearAndADayAgo)}`, en: `last checked ${yearAndADayAgo}` },
        path: `legal?ids=${old.json().id}`,
      },
    ]);
  });

  it("is 404 for another organization's users, and keeps each organization's ticks apart", async () => {
    const get = await t.as(outsider).get(`${base}/readiness`);
    expect(get.statusCode).toBe(404);
    expect(get.json().error.code).toBe("NOT_FOUND");
    const put = await t.as(outsider).put(`${base}/readiness/checks/manual.policy`, {
      done: true,
    });
    expect(put.statusCode).toBe(404);
    expect(rule(await readiness(), "manual.policy").status).toBe("gap");
    // The outsider ticks their own organization: ours is unaffected.
    const own = await t
      .as(outsider)
      .put(`/api/v1/orgs/${otherOrg}/readiness/checks/manual.policy`, { done: true });
    expect(own.statusCode, own.body).toBe(200);
    expect(rule(await readiness(outsider, "ja", otherOrg), "manual.policy").status).toBe("ok");
    expect(rule(await readiness(), "manual.policy").status).toBe("gap");
  });

  it("lets managers read but not tick, and members neither (403)", async () => {
    expect((await t.as(manager).get(`${base}/readiness`)).statusCode).toBe(200);
    const tick = await t.as(manager).put(`${base}/readiness/checks/manual.policy`, {
      done: true,
    });
    expect(tick.statusCode).toBe(403);
    expect(tick.json().error.code).toBe("FORBIDDEN");
    for (const path of ["/readiness", "/readiness/checks"]) {
      const res = await t.as(memberUser).get(`${base}${path}`);
      expect(res.statusCode, path).toBe(403);
    }
    expect(rule(await readiness(), "manual.policy").status).toBe("gap");
  });
});
