// The default work plan through the real HTTP routes: written from a start day (dates counted
// by hand in core/roadmap/default-plan.test.ts, a few repeated here), offered only on an empty
// plan, replaced on request (done tasks stay), the application and grant edited afterwards,
// refusals that write nothing, the audit events, and the demo company's plan.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonthsClamped } from "../../core/roadmap/default-plan.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { plannedApplicationOn } from "./roadmap.plan.ts";

type Task = { id: string; title: string; owner: string; dueOn: string; doneOn: string | null };
type Step = { step: number; plannedStart: string | null; plannedEnd: string | null; tasks: Task[] };
type Roadmap = {
  empty: boolean;
  plan: Record<string, string | null>;
  steps: Step[];
};

describe.each(dbKinds)("default work plan (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let staff: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let base: string;
  const today = todayInJapan();
  const start = addMonthsClamped(today, 1);

  const roadmap = async (b = base, user = owner) => {
    const res = await t.as(user).get(`${b}/roadmap`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Roadmap;
  };
  const auditTotal = async () =>
    (await t.as(owner).get(`${base}/audit-events?limit=1`)).json().total as number;
  const tasksOf = (r: Roadmap) => r.steps.flatMap((s) => s.tasks);

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("計画 担当");
    orgId = await t.createOrg(owner, "株式会社ひながた");
    base = `/api/v1/orgs/${orgId}`;
    staff = await t.signUp("一般 社員");
    await t.addMember(owner, orgId, staff, "member");
    outsider = await t.signUp("他社 社員");
    await t.createOrg(outsider, "他社株式会社");
  });
  afterAll(() => t.close());

  it("offers the default plan on an empty plan and writes it from the start day", async () => {
    const before = await roadmap();
    expect(before.empty).toBe(true);
    expect(before.plan).toEqual({
      startsOn: null,
      sessionCadence: "none",
      applicationOn: null,
      grantOn: null,
    });
    const res = await t.as(owner).post(`${base}/roadmap/default-plan`, {
      startsOn: "2026-12-07",
      cadence: "weekly",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      steps: 13,
      tasksAdded: 17,
      tasksRemoved: 0,
      plan: {
        startsOn: "2026-12-07",
        sessionCadence: "weekly",
        applicationOn: "2027-05-07",
        grantOn: "2027-11-07",
      },
    });
    const after = await roadmap();
    expect(after.empty).toBe(false);
    expect(after.plan.applicationOn).toBe("2027-05-07");
    const s = (n: number) => after.steps.find((x) => x.step === n);
    expect([s(1)?.plannedStart, s(1)?.plannedEnd]).toEqual(["2026-12-07", "2026-12-20"]);
    expect([s(11)?.plannedStart, s(11)?.plannedEnd]).toEqual(["2027-03-07", "2027-04-06"]);
    expect([s(13)?.plannedStart, s(13)?.plannedEnd]).toEqual(["2027-04-28", "2027-05-06"]);
    expect(s(1)?.tasks.map((x) => [x.title, x.owner, x.dueOn])).toEqual([
      ["コンサルタントとの定例（第1回）", "consultant", "2026-12-07"],
    ]);
    expect(s(13)?.tasks.map((x) => x.title)).toEqual([
      "マネジメントレビューを行う",
      "模擬審査を受け、申請書類をそろえる",
      "審査機関に申請する",
    ]);
    expect(tasksOf(after)).toHaveLength(17);
    expect(await plannedApplicationOn(t.database.db, orgId)).toBe("2027-05-07");
    // One event per step, per task and for the plan row.
    const events = await t.as(owner).get(`${base}/audit-events?limit=200`);
    const kinds = (events.json().items as { entity: string; action: string }[]).map(
      (e) => `${e.entity}:${e.action}`,
    );
    expect(kinds.filter((k) => k === "roadmap_step:update")).toHaveLength(13);
    expect(kinds.filter((k) => k === "roadmap_task:create")).toHaveLength(17);
    expect(kinds.filter((k) => k === "roadmap_plan:create")).toHaveLength(1);
  });

  it("refuses to write over a plan that is not empty, writing nothing", async () => {
    const total = await auditTotal();
    const res = await t.as(owner).post(`${base}/roadmap/default-plan`, {
      startsOn: start,
      cadence: "fortnightly",
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error).toMatchObject({ code: "ROADMAP_NOT_EMPTY" });
    expect(res.json().error.message).toContain("作業計画にはすでに予定か作業があります");
    expect(await auditTotal()).toBe(total);
    expect((await roadmap()).plan.startsOn).toBe("2026-12-07");
  });

  it("replaces the dates and the open tasks on request; done tasks and notes stay", async () => {
    const first = tasksOf(await roadmap())[0] as Task;
    const done = await t.as(owner).patch(`${base}/roadmap/tasks/${first.id}`, { doneOn: today });
    expect(done.statusCode, done.body).toBe(200);
    await t.as(owner).patch(`${base}/roadmap/steps/1`, { note: "方針案は作成済み" });
    const res = await t.as(owner).post(`${base}/roadmap/default-plan`, {
      startsOn: "2026-11-30",
      cadence: "fortnightly",
      replace: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ tasksAdded: 11, tasksRemoved: 16 });
    const after = await roadmap();
    const step1 = after.steps.find((s) => s.step === 1);
    expect(step1).toMatchObject({ plannedStart: "2026-11-30", note: "方針案は作成済み" });
    // The done session stays first in its step; the new first session comes after it.
    expect(step1?.tasks.map((x) => [x.title, x.dueOn, x.doneOn])).toEqual([
      ["コンサルタントとの定例（第1回）", "2026-12-07", today],
      ["コンサルタントとの定例（第1回）", "2026-11-30", null],
    ]);
    expect(tasksOf(after)).toHaveLength(12);
    expect(after.plan).toEqual({
      startsOn: "2026-11-30",
      sessionCadence: "fortnightly",
      applicationOn: "2027-04-30",
      grantOn: "2027-10-30",
    });
  });

  it("writes English task titles for an English request", async () => {
    const other = await t.createOrg(owner, "English Co.");
    const res = await t.as(owner, "en").post(`/api/v1/orgs/${other}/roadmap/default-plan`, {
      startsOn: "2026-12-07",
      cadence: "none",
    });
    expect(res.statusCode, res.body).toBe(200);
    const titles = tasksOf(await roadmap(`/api/v1/orgs/${other}`)).map((x) => x.title);
    expect(titles).toContain("Apply to the examination body");
    expect(titles).toHaveLength(5);
  });

  it("edits the planned application and the expected grant; refuses a grant before it", async () => {
    const ok = await t.as(owner).patch(`${base}/roadmap/plan`, { applicationOn: "2027-06-01" });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ applicationOn: "2027-06-01", grantOn: "2027-10-30" });
    const events = await t.as(owner).get(`${base}/audit-events?entity=roadmap_plan&limit=1`);
    expect(events.json().items[0]).toMatchObject({
      action: "update",
      changes: { applicationOn: { old: "2027-04-30", new: "2027-06-01" } },
    });
    const total = await auditTotal();
    const bad = await t.as(owner).patch(`${base}/roadmap/plan`, { grantOn: "2027-05-31" });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json().error.fields.grantOn).toBe(
      "付与の見込み日は申請予定日より後にしてください。",
    );
    const both = await t
      .as(owner)
      .patch(`${base}/roadmap/plan`, { applicationOn: "2027-06-01", grantOn: "2027-06-01" });
    expect(both.statusCode).toBe(400);
    expect(await auditTotal()).toBe(total);
    // The same values again record nothing.
    await t.as(owner).patch(`${base}/roadmap/plan`, { applicationOn: "2027-06-01" });
    expect(await auditTotal()).toBe(total);
  });

  it.each([
    [{ startsOn: "2026-02-30", cadence: "weekly" }, "startsOn"],
    [{ startsOn: "<b>", cadence: "weekly" }, "startsOn"],
    [{ startsOn: "2026-12-07", cadence: "daily" }, "cadence"],
    [{ startsOn: "2026-12-07", cadence: "weekly", constructionMonths: 0 }, "constructionMonths"],
    [{ startsOn: "2026-12-07", cadence: "weekly", constructionMonths: 1e9 }, "constructionMonths"],
    [{ startsOn: "2026-12-07", cadence: "weekly", operationMonths: 1.5 }, "operationMonths"],
    [{ startsOn: "2026-12-07", cadence: "weekly", replace: "yes" }, "replace"],
    [{ startsOn: "2026-12-07", cadence: "weekly", extra: 1 }, ""],
    [{ cadence: "weekly" }, "startsOn"],
  ])("refuses %j naming the field, writing nothing", async (body, field) => {
    const total = await auditTotal();
    const res = await t.as(owner).post(`${base}/roadmap/default-plan`, { replace: true, ...body });
    expect(res.statusCode, res.body).toBe(400);
    if (field) expect(Object.keys(res.json().error.fields)).toContain(field);
    expect(await auditTotal()).toBe(total);
  });

  it("refuses a start more than five years away (Japanese message, the field named)", async () => {
    const res = await t.as(owner).post(`${base}/roadmap/default-plan`, {
      startsOn: addMonthsClamped(today, 61),
      cadence: "weekly",
      replace: true,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields.startsOn).toBe("開始日は今日の前後5年以内にしてください。");
  });

  it("is for planners only; another organization's users get 404", async () => {
    const asStaff = await t
      .as(staff)
      .post(`${base}/roadmap/default-plan`, { startsOn: start, cadence: "weekly", replace: true });
    expect(asStaff.statusCode).toBe(403);
    expect((await t.as(staff).patch(`${base}/roadmap/plan`, { grantOn: null })).statusCode).toBe(
      403,
    );
    const foreign = await t
      .as(outsider)
      .post(`${base}/roadmap/default-plan`, { startsOn: start, cadence: "weekly", replace: true });
    expect(foreign.statusCode).toBe(404);
    expect((await t.as(outsider).patch(`${base}/roadmap/plan`, {})).statusCode).toBe(404);
  });

  it("gives the demo company a plan: audit due now, application in about a month", async () => {
    const demo = await t.createOrg(owner, "株式会社デモけいかく", true);
    const r = await roadmap(`/api/v1/orgs/${demo}`);
    expect(r.empty).toBe(false);
    // Started 11 months ago; 7 months of construction, 4 of operation, then the audit.
    expect(r.plan.startsOn).toBe(addMonthsClamped(today, -11));
    expect(r.steps.find((s) => s.step === 11)?.plannedStart).toBe(addMonthsClamped(today, -4));
    expect(r.steps.find((s) => s.step === 12)?.plannedStart).toBe(
      addMonthsClamped(addMonthsClamped(today, -11), 11),
    );
    expect(r.plan.applicationOn && r.plan.applicationOn > today).toBe(true);
    const tasks = tasksOf(r);
    // Past sessions were held on their day; the audit, review and application are open.
    for (const x of tasks) expect(x.doneOn, x.title).toBe(x.dueOn < today ? x.dueOn : null);
    expect(tasks.filter((x) => x.title.startsWith("コンサルタント")).length).toBe(14);
    const open = tasks.filter((x) => x.doneOn === null).map((x) => x.title);
    expect(open).toContain("審査機関に申請する");
    expect(open).toContain("内部監査を行い、結果を代表者に報告する");
  });
});
