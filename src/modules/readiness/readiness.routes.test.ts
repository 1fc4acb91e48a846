// The readiness routes: the report's shape, the former tick rules proved by activity records
// (the policy, its communication and the internal rules by documents, the education by its
// completions instead),
// the 12-month review boundary read from real register data, tenant isolation and roles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { kanjiDate } from "../../test/kanji-date.ts";
import type { ReadinessOut } from "./readiness.contract.ts";

/** YYYY-MM-DD `days` after `iso` (negative: before). */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const MANUAL_IDS = [
  "manual.project_team",
  "manual.work_plan",
  "manual.resources",
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
  /** An activity record of the organization at `org` (its id). */
  async function recordActivity(body: Record<string, unknown>, user = owner, org = orgId) {
    const res = await t.as(user).post(`/api/v1/orgs/${org}/activities`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
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
    expect(r.results).toHaveLength(35);
    expect(new Set(r.results.map((x) => x.ruleId)).size).toBe(35);
    const order = { blocker: 0, finding: 1, advice: 2 };
    const keys = r.results.map((x) => order[x.severity] * 100 + x.step);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(r.byStep.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(r.byStep.reduce((n, s) => n + s.total, 0)).toBe(35);
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
    // Proved by the document register now, not by a record.
    expect(rule(r, "manual.policy")).toMatchObject({
      manual: false,
      fixPath: "documents?kind=policy&audience=internal",
    });
  });

  it("reads the 10 former tick rules still proved by records from them, each opening its form", async () => {
    const r = await readiness();
    const records = r.results.filter((x) => x.manual);
    expect(records.map((x) => x.ruleId).sort()).toEqual([...MANUAL_IDS].sort());
    expect(rule(r, "manual.internal_audit")).toMatchObject({
      status: "gap",
      fixPath: "activities?new=internal_audit",
      reason: {
        ja: "「内部監査」の実施記録がありません。",
        en: 'No record of "Internal audit" yet.',
      },
    });
    // The tick route is gone: a tick is no evidence.
    const tick = await t.as(owner).put(`${base}/readiness/checks/manual.resources`, { done: true });
    expect(tick.statusCode).toBe(404);
  });

  it("counts a dated record, naming it, and an approval only by its approver", async () => {
    const id = await recordActivity(
      {
        kind: "resources_decided",
        performedOn: today,
        performedByName: "準備 所有者",
        approverUserId: owner.id,
      },
      consultant,
    );
    expect(rule(await readiness(), "manual.resources")).toMatchObject({
      status: "gap",
      reason: {
        ja: `${kanjiDate(today)}の「資源の決定」の記録は、準備 所有者の承認待ちです。`,
      },
      details: [{ id, name: `資源の決定 ${kanjiDate(today)}`, path: `activities?record=${id}` }],
    });
    expect((await t.as(owner).post(`${base}/activities/${id}/approve`)).statusCode).toBe(200);
    expect(rule(await readiness(), "manual.resources")).toMatchObject({
      status: "ok",
      reason: {
        ja: `${kanjiDate(today)}に実施した「資源の決定」の記録があります（実施者 準備 所有者、承認 準備 所有者）。`,
      },
    });
  });

  it("expects the internal audit after the operation start", async () => {
    await recordActivity({
      kind: "internal_audit",
      performedOn: addDays(today, -10),
      performedByName: "監査 担当",
    });
    expect(rule(await readiness(), "manual.internal_audit").reason.ja).toBe(
      "「内部監査」は「PMSの運用開始」の後に行うものですが、数えられる「PMSの運用開始」の記録がありません。",
    );
    await recordActivity({
      kind: "operation_start",
      performedOn: addDays(today, -5),
      performedByName: "事務局",
    });
    expect(rule(await readiness(), "manual.internal_audit")).toMatchObject({
      status: "gap",
      reason: {
        ja: `「内部監査」の記録（${kanjiDate(addDays(today, -10))}）が「PMSの運用開始」（${kanjiDate(addDays(today, -5))}）より前です。${kanjiDate(addDays(today, -5))}以降の記録が必要です。`,
      },
    });
    await recordActivity({
      kind: "internal_audit",
      performedOn: addDays(today, -5),
      performedByName: "監査 担当",
    });
    expect(rule(await readiness(), "manual.internal_audit").status).toBe("ok");
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

  it("is 404 for another organization's users, and keeps each organization's records apart", async () => {
    const get = await t.as(outsider).get(`${base}/readiness`);
    expect(get.statusCode).toBe(404);
    expect(get.json().error.code).toBe("NOT_FOUND");
    expect(rule(await readiness(), "manual.complaints_desk").status).toBe("gap");
    // The outsider records their own organization's desk: ours is unaffected.
    await recordActivity(
      { kind: "complaints_desk", performedOn: today, performedByName: "他社 社員" },
      outsider,
      otherOrg,
    );
    expect(rule(await readiness(outsider, "ja", otherOrg), "manual.complaints_desk").status).toBe(
      "ok",
    );
    expect(rule(await readiness(), "manual.complaints_desk").status).toBe("gap");
  });

  it("lets managers read but not record, and members neither (403)", async () => {
    expect((await t.as(manager).get(`${base}/readiness`)).statusCode).toBe(200);
    const write = await t.as(manager).post(`${base}/activities`, {
      kind: "policy_approval",
      performedOn: today,
      performedByName: "部門 管理者",
      approverUserId: owner.id,
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe("FORBIDDEN");
    for (const path of ["/readiness", "/activities"]) {
      const res = await t.as(memberUser).get(`${base}${path}`);
      expect(res.statusCode, path).toBe(403);
    }
    expect(rule(await readiness(), "manual.policy").status).toBe("gap");
  });
});
