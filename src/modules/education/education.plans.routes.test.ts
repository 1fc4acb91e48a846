// 教育計画 through the real HTTP routes on both databases: one plan per fiscal year (409 naming
// the year), the period's default and its check, saving with a revision, approval as an
// activity record and re-approval after a change, copying to next year, deleting only while
// nobody was assigned, roles, and another organization's ids (404).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import type { CourseOut, PlanOut, PlanSaveOut } from "./education.contract.ts";

describe.each(dbKinds)("education plans (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let admin: TestUser;
  let consultant: TestUser;
  let manager: TestUser;
  let viewer: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;
  let otherBase: string;
  let year = 2050;

  const plans = () => `${base}/education/plans`;
  async function createPlan(body: Record<string, unknown> = {}, as = owner) {
    const res = await t.as(as).post(plans(), { fiscalYear: ++year, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  async function getPlan(id: string, as = owner) {
    const res = await t.as(as).get(`${plans()}/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as PlanOut;
  }
  async function addCourse(planId: string, body: Record<string, unknown> = {}) {
    const res = await t
      .as(owner)
      .post(`${plans()}/${planId}/courses`, { title: "個人情報保護の基本", ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  async function events(entity: string, id: string) {
    const res = await t.as(owner).get(`${base}/audit-events?entity=${entity}&entityId=${id}`);
    return (res.json().items as { action: string }[]).map((e) => e.action).reverse();
  }
  async function person(name: string, org = base, as = owner) {
    const res = await t.as(as).post(`${org}/people`, {
      name,
      email: `${randomUUID()}@example.jp`,
      employmentType: "regular",
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  /** Someone assigned the course, straight into the table (assigning is helper B's routes). */
  async function assign(courseId: string) {
    const personId = await person(`受講 ${randomUUID().slice(0, 4)}`);
    await t.database.query(
      `insert into education_assignment (org_id, id, course_id, person_id) values ($1, $2, $3, $4)`,
      [orgId, randomUUID(), courseId, personId],
    );
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("山田 太郎");
    admin = await t.signUp("事務局 花子");
    consultant = await t.signUp("支援 三郎");
    manager = await t.signUp("部長 一郎");
    viewer = await t.signUp("閲覧 次郎");
    member = await t.signUp("社員 五郎");
    outsider = await t.signUp("他社 四郎");
    orgId = await t.createOrg(owner, "株式会社きょういく");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
    for (const [u, role] of [
      [admin, "admin"],
      [consultant, "consultant"],
      [manager, "manager"],
      [viewer, "viewer"],
      [member, "member"],
    ] as const)
      await t.addMember(owner, orgId, u, role);
    base = `/api/v1/orgs/${orgId}`;
    otherBase = `/api/v1/orgs/${otherOrg}`;
  });
  afterAll(() => t.close());

  it("creates a plan with the fiscal year's period and title by default, audited", async () => {
    const res = await t.as(consultant).post(plans(), { fiscalYear: 2026 });
    expect(res.statusCode, res.body).toBe(201);
    const plan = await getPlan(res.json().id);
    expect(plan).toMatchObject({
      fiscalYear: 2026,
      title: "2026年度 教育計画",
      periodStart: "2026-04-01",
      periodEnd: "2027-03-31",
      status: "draft",
      newHireWithinDays: 30,
      responsiblePersonId: null,
      approverName: null,
      revision: 1,
      courses: [],
      courseCount: 0,
    });
    expect(await events("education_plan", plan.id)).toEqual(["create"]);
  });

  it("refuses a second plan for the same year with 409 naming the year", async () => {
    await createPlan({ fiscalYear: 2040 });
    const res = await t.as(owner).post(plans(), { fiscalYear: 2040 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: "EDUCATION_PLAN_EXISTS",
      message: "2040年度の教育計画はすでにあります。一覧からその計画を開いてください。",
    });
    const en = await t.as(owner, "en").post(plans(), { fiscalYear: 2040 });
    expect(en.json().error.message).toBe(
      "A plan for fiscal year 2040 already exists. Open it from the list.",
    );
  });

  it("refuses a period ending before it starts, and bad input, on their fields", async () => {
    const res = await t.as(owner).post(plans(), {
      fiscalYear: 2041,
      periodStart: "2041-10-01",
      periodEnd: "2041-09-30",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      periodEnd: "終了日は開始日以降の日付にしてください。",
    });
    const bad = await t.as(owner).post(plans(), {
      fiscalYear: 1999,
      title: "<b>計画</b>",
      newHireWithinDays: 0,
      extra: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      "extra",
      "fiscalYear",
      "newHireWithinDays",
      "title",
    ]);
    const missing = await t.as(owner).post(plans(), {});
    expect(missing.json().error.fields).toEqual({ fiscalYear: "必須項目です。" });
    const stranger = await t.as(owner).post(plans(), {
      fiscalYear: 2042,
      responsiblePersonId: await person("他社の人", otherBase, outsider),
    });
    expect(stranger.statusCode).toBe(400);
    expect(Object.keys(stranger.json().error.fields)).toEqual(["responsiblePersonId"]);
  });

  it("lists plans newest year first with their course counts", async () => {
    const older = await createPlan();
    const newer = await createPlan();
    await addCourse(newer);
    const res = await t.as(viewer).get(`${plans()}?limit=200`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; fiscalYear: number; courseCount: number }[];
    const years = items.map((i) => i.fiscalYear);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(items.find((i) => i.id === newer)?.courseCount).toBe(1);
    expect(items.find((i) => i.id === older)?.courseCount).toBe(0);
  });

  it("saves with the revision; an older revision is 409", async () => {
    const id = await createPlan();
    const responsible = await person("教育 責任者");
    const res = await t.as(admin).patch(`${plans()}/${id}`, {
      title: "全社教育計画",
      responsiblePersonId: responsible,
      notes: "新入社員は入社後2週間以内",
      newHireWithinDays: 14,
      revision: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      title: "全社教育計画",
      responsibleName: "教育 責任者",
      newHireWithinDays: 14,
      revision: 2,
      reapprovalNeeded: false,
      notice: null,
    });
    const stale = await t.as(owner).patch(`${plans()}/${id}`, { title: "古い", revision: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("EDUCATION_SAVE_CONFLICT");
    const noRevision = await t.as(owner).patch(`${plans()}/${id}`, { title: "x" });
    expect(noRevision.json().error.fields).toEqual({ revision: "必須項目です。" });
    const badEnd = await t.as(owner).patch(`${plans()}/${id}`, {
      periodEnd: "2000-01-01",
      revision: 2,
    });
    expect(badEnd.statusCode).toBe(400);
    expect(Object.keys(badEnd.json().error.fields)).toEqual(["periodEnd"]);
    expect(await events("education_plan", id)).toEqual(["create", "update"]);
  });

  it("approves as an activity record; a change sends it back to draft, the record stays", async () => {
    const id = await createPlan();
    const empty = await t.as(owner).post(`${plans()}/${id}/approve`);
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error.code).toBe("EDUCATION_PLAN_NO_COURSES");
    await addCourse(id);
    for (const who of [consultant, manager, viewer, member]) {
      const res = await t.as(who).post(`${plans()}/${id}/approve`);
      expect(res.statusCode, who.name).toBe(403);
    }
    const res = await t.as(admin).post(`${plans()}/${id}/approve`);
    expect(res.statusCode, res.body).toBe(200);
    const approved = res.json() as PlanOut;
    expect(approved).toMatchObject({
      status: "approved",
      approverName: "事務局 花子",
      approverUserId: admin.id,
    });
    expect(approved.approvedAt).not.toBeNull();
    const activityId = approved.approvalActivityId as string;
    const activity = await t.as(owner).get(`${base}/activities/${activityId}`);
    expect(activity.statusCode, activity.body).toBe(200);
    expect(activity.json()).toMatchObject({
      kind: "education_plan",
      performedOn: todayInJapan(),
      approverName: "事務局 花子",
    });
    const again = await t.as(owner).post(`${plans()}/${id}/approve`);
    expect(again.json().error.code).toBe("EDUCATION_PLAN_ALREADY_APPROVED");

    const unchanged = await t.as(owner).patch(`${plans()}/${id}`, {
      title: approved.title,
      revision: approved.revision,
    });
    expect(unchanged.json()).toMatchObject({ status: "approved", reapprovalNeeded: false });

    const changed = await t.as(owner).patch(`${plans()}/${id}`, {
      notes: "研修日を変更",
      revision: approved.revision,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const saved = changed.json() as PlanSaveOut;
    expect(saved).toMatchObject({
      status: "draft",
      approverName: null,
      approvedAt: null,
      approvalActivityId: null,
      reapprovalNeeded: true,
      notice: "承認済みの計画を変更したため、下書きに戻りました。再承認が必要です。",
    });
    expect((await t.as(owner).get(`${base}/activities/${activityId}`)).statusCode).toBe(200);
    expect(await events("education_plan", id)).toEqual(["create", "approve", "update"]);
  });

  it("copies a plan to next year with its courses in use, dates moved on, as drafts", async () => {
    const id = await createPlan({ fiscalYear: 2027, title: "2027年度 教育計画（全社）" });
    const course = await addCourse(id, {
      scheduledFrom: "2027-06-01",
      scheduledTo: "2028-02-29",
      dueOn: "2027-07-31",
    });
    const gone = await addCourse(id, { title: "廃止する研修" });
    expect((await t.as(owner).post(`${base}/education/courses/${gone}/archive`)).statusCode).toBe(
      200,
    );
    await assign(course);

    const res = await t.as(consultant).post(`${plans()}/${id}/copy`);
    expect(res.statusCode, res.body).toBe(201);
    const next = await getPlan(res.json().id);
    expect(next).toMatchObject({
      fiscalYear: 2028,
      title: "2028年度 教育計画（全社）",
      periodStart: "2028-04-01",
      periodEnd: "2029-03-31",
      status: "draft",
    });
    expect(next.courses).toHaveLength(1);
    expect(next.courses[0]).toMatchObject({
      title: "個人情報保護の基本",
      status: "draft",
      copiedFromId: course,
      scheduledFrom: "2028-06-01",
      scheduledTo: "2029-02-28",
      dueOn: "2028-07-31",
      assignedCount: 0,
    });
    const twice = await t.as(owner).post(`${plans()}/${id}/copy`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe(
      "2028年度の教育計画はすでにあります。一覧からその計画を開いてください。",
    );
  });

  it("shows per course how many are assigned and completed", async () => {
    const id = await createPlan();
    const course = await addCourse(id);
    await assign(course);
    await assign(course);
    await t.database.query(
      `update education_assignment set completed_on = '2026-05-01', completed_via = 'paper'
       where org_id = $1 and id = (select id from education_assignment where org_id = $1
       and course_id = $2 limit 1)`,
      [orgId, course],
    );
    const plan = await getPlan(id);
    expect(plan.courses[0]).toMatchObject({ id: course, assignedCount: 2, completedCount: 1 });
  });

  it("deletes a plan and its courses while nobody was assigned; afterwards 409", async () => {
    const id = await createPlan();
    const course = await addCourse(id);
    const del = await t.as(admin).delete(`${plans()}/${id}`);
    expect(del.statusCode, del.body).toBe(204);
    expect((await t.as(owner).get(`${plans()}/${id}`)).statusCode).toBe(404);
    expect((await t.as(owner).get(`${base}/education/courses/${course}`)).statusCode).toBe(404);
    expect(await events("education_plan", id)).toEqual(["create", "delete"]);
    expect(await events("education_course", course)).toEqual(["create", "delete"]);

    const used = await createPlan();
    const usedCourse = await addCourse(used);
    await assign(usedCourse);
    const refused = await t.as(owner).delete(`${plans()}/${used}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("EDUCATION_PLAN_IN_USE");
    expect((await getPlan(used)).courses).toHaveLength(1);
  });

  it("lets readers read and only writers write", async () => {
    const id = await createPlan();
    for (const who of [manager, viewer])
      expect((await t.as(who).get(`${plans()}/${id}`)).statusCode).toBe(200);
    expect((await t.as(member).get(`${plans()}/${id}`)).statusCode).toBe(403);
    expect((await t.as(member).get(plans())).statusCode).toBe(403);
    for (const who of [manager, viewer, member]) {
      expect((await t.as(who).post(plans(), { fiscalYear: 2099 })).statusCode).toBe(403);
      expect((await t.as(who).patch(`${plans()}/${id}`, { revision: 1 })).statusCode).toBe(403);
      expect((await t.as(who).post(`${plans()}/${id}/copy`)).statusCode).toBe(403);
      expect((await t.as(who).delete(`${plans()}/${id}`)).statusCode).toBe(403);
    }
    expect((await t.as(null).get(plans())).statusCode).toBe(401);
  });

  it("answers 404 for another organization's plan, whoever asks", async () => {
    const theirs = await t.as(outsider).post(`${otherBase}/education/plans`, { fiscalYear: 2026 });
    expect(theirs.statusCode, theirs.body).toBe(201);
    const id = theirs.json().id as string;
    for (const [method, path] of [
      ["get", `${plans()}/${id}`],
      ["patch", `${plans()}/${id}`],
      ["delete", `${plans()}/${id}`],
      ["post", `${plans()}/${id}/approve`],
      ["post", `${plans()}/${id}/copy`],
      ["post", `${plans()}/${id}/courses`],
    ] as const) {
      const as = t.as(owner);
      const body = path.endsWith("/courses")
        ? { title: "乗っ取り" }
        : { revision: 1, title: "乗っ取り" };
      const res =
        method === "get" || method === "delete"
          ? await as[method](path)
          : await as[method](path, body);
      expect(res.statusCode, `${method} ${path}`).toBe(404);
    }
    expect((await t.as(outsider).get(`${plans()}`)).statusCode).toBe(404);
    const still = await t.as(outsider).get(`${otherBase}/education/plans/${id}`);
    expect((still.json() as PlanOut).title).toBe("2026年度 教育計画");
    expect((still.json() as PlanOut).courses).toEqual([]);
  });

  it("writes courses from the starter into a plan (the plan's view of them)", async () => {
    const id = await createPlan();
    const course = await addCourse(id, { starter: "pms_basics", title: undefined });
    const res = await t.as(owner).get(`${base}/education/courses/${course}`);
    const out = res.json() as CourseOut;
    expect(out.starterKey).toBe("pms_basics");
    expect((await getPlan(id)).courses[0]).toMatchObject({ sectionCount: 10, questionCount: 12 });
  });
});
