// Assigning a course over the real HTTP route on both databases: the course's audience (all
// staff of every employment type in office, new hires of the plan's period, the holders of a
// role today), a department with its sub-departments, people by id; people assigned before
// kept (a withdrawn one re-activated); links and mails with `send`, the people without e-mail
// answered; one event per assignment; refusals; and 3,000 people in one call.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fiscalYearOf } from "../../core/education/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import type { AssignResult } from "./education.delivery.contract.ts";
import {
  addPerson,
  courseMails,
  courseTokens,
  seedCourse,
  seedPlan,
} from "./education.delivery.test-support.ts";
import { assignCourse } from "./index.ts";

const DAY = 86_400_000;
const dayOffset = (days: number) => todayInJapan(new Date(Date.now() + days * DAY));

describe.each(dbKinds)("education: assigning a course (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let manager: TestUser;
  let consultant: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;
  let planId: string;
  const people: Record<string, string> = {};
  const depts: Record<string, string> = {};

  async function dept(name: string, parentId: string | null = null) {
    const res = await t.as(owner).post(`${base}/departments`, { name, parentId });
    expect(res.statusCode, res.body).toBe(201);
    depts[name] = res.json().id;
  }
  const assign = (courseId: string, body: object, as = owner) =>
    t.as(as).post(`${base}/education/courses/${courseId}/assignments`, body);
  async function assigned(courseId: string, body: object): Promise<AssignResult> {
    const res = await assign(courseId, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }
  async function appoint(role: string, personId: string, from: string, to: string | null) {
    await t.database.query(
      `insert into appointment (org_id, id, role, person_id, from_date, to_date)
       values ($1, gen_random_uuid()::text, $2, $3, $4, $5)`,
      [orgId, role, personId, from, to],
    );
  }
  const names = (list: { personName: string }[]) => list.map((p) => p.personName);

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("代表 太郎");
    manager = await t.signUp("部長 四郎");
    consultant = await t.signUp("支援 三郎");
    outsider = await t.signUp("他社 五郎");
    orgId = await t.createOrg(owner, "株式会社きょういく");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
    await t.addMember(owner, orgId, manager, "manager");
    await t.addMember(owner, orgId, consultant, "consultant");
    base = `/api/v1/orgs/${orgId}`;
    await dept("営業部");
    await dept("営業一課", depts.営業部);
    await dept("総務部");
    const add = async (name: string, body: Record<string, unknown>) => {
      people[name] = await addPerson(t, owner, orgId, name, body);
    };
    await add("営業 一郎", {
      departmentId: depts.営業部,
      email: "ichiro@example.jp",
      employmentType: "officer",
      kana: "エイギョウ イチロウ",
      joinedOn: "2015-04-01",
    });
    await add("営業 二郎", {
      departmentId: depts.営業一課,
      email: "jiro@example.jp",
      employmentType: "part_time",
      kana: "エイギョウ ジロウ",
    });
    await add("営業 三子", {
      departmentId: depts.営業一課,
      employmentType: "contract",
      kana: "エイギョウ ミツコ",
    });
    await add("総務 花子", {
      departmentId: depts.総務部,
      email: "hanako@example.jp",
      employmentType: "dispatched",
      kana: "ソウム ハナコ",
      joinedOn: dayOffset(0),
    });
    await add("退職 済子", {
      departmentId: depts.営業部,
      email: "left@example.jp",
      joinedOn: "2020-04-01",
      leftOn: dayOffset(-1),
    });
    await add("入社前 予定", { email: "later@example.jp", joinedOn: dayOffset(1) });
    people.他社 = await addPerson(t, outsider, otherOrg, "他社 社員");
    planId = await seedPlan(t, orgId, { fiscalYear: fiscalYearOf(dayOffset(0)) });
  });
  afterAll(() => t.close());

  it("assigns all staff of every employment type in office and mails those with e-mail", async () => {
    const courseId = await seedCourse(t, orgId, planId, { dueOn: dayOffset(30) });
    const out = await assigned(courseId, { scope: "audience", send: true });
    // 退職 済子 has left, 入社前 予定 has not joined yet.
    expect(out).toEqual({
      assigned: 4,
      already: 0,
      reactivated: 0,
      mailed: 3,
      withoutEmail: [
        { personId: people["営業 三子"], personName: "営業 三子", departmentName: "営業一課" },
      ],
    });
    const mails = await courseMails(t);
    expect(mails.map((m) => m.to_address).sort()).toEqual([
      "hanako@example.jp",
      "ichiro@example.jp",
      "jiro@example.jp",
    ]);
    expect(mails[0]?.subject).toBe(
      "【mamori】株式会社きょういく：教育「個人情報保護の基礎」の受講のお願い",
    );
    // Each mail's link opens the course, and is a link of this course.
    const token = (await courseTokens(t)).get("jiro@example.jp") ?? "";
    const page = await t.as(null).get(`/api/v1/p/${token}/education`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().title).toBe("個人情報保護の基礎");
    expect(page.json().dueOn).toBe(dayOffset(30));
    const links = await t.database.query<{ n: number }>(
      "select count(*)::int as n from personal_link where org_id = $1 and subject_id = $2",
      [orgId, courseId],
    );
    expect(links[0]?.n).toBe(3);
    // One event per assignment, naming the person and the course.
    const events = (
      await t.as(owner).get(`${base}/audit-events?entity=education_assignment&limit=200`)
    ).json().items as { action: string; changes: Record<string, { new: unknown }> }[];
    const assigns = events.filter((e) => e.action === "assign");
    expect(assigns.map((e) => e.changes.personName?.new).sort()).toEqual(
      ["営業 一郎", "営業 三子", "営業 二郎", "総務 花子"].sort(),
    );
    expect(assigns[0]?.changes.courseTitle?.new).toBe("個人情報保護の基礎");
    expect(assigns[0]?.changes.source?.new).toBe("plan");
  });

  it("keeps people assigned before as they are and re-activates a withdrawn one", async () => {
    const courseId = await seedCourse(t, orgId, planId, { title: "再割当の確認" });
    await assigned(courseId, { scope: "audience" });
    const again = await assigned(courseId, { scope: "audience", dueOn: dayOffset(10) });
    expect(again).toMatchObject({ assigned: 0, already: 4, reactivated: 0, mailed: 0 });
    const listed = await t.as(owner).get(`${base}/education/courses/${courseId}/assignments`);
    expect(listed.statusCode, listed.body).toBe(200);
    const list = listed.json();
    const jiro = list.items.find((r: { personName: string }) => r.personName === "営業 二郎");
    expect(jiro.dueOn).toBeNull();
    const withdrawn = await t.as(owner).delete(`${base}/education/assignments/${jiro.id}`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    const back = await assigned(courseId, {
      scope: "people",
      personIds: [people["営業 二郎"], people["営業 一郎"]],
      send: true,
    });
    // Sent now: 二郎 (back) and 一郎 (assigned before, never sent a link).
    expect(back).toMatchObject({ assigned: 0, already: 1, reactivated: 1, mailed: 2 });
  });

  it("assigns new hires of the plan's period and the holders of a role today", async () => {
    const newHires = await seedCourse(t, orgId, planId, { audience: "new_hires" });
    expect(
      names((await assigned(newHires, { scope: "audience", send: true })).withoutEmail),
    ).toEqual([]);
    const list = (
      await t.as(owner).get(`${base}/education/courses/${newHires}/assignments`)
    ).json();
    expect(list.items.map((r: { personName: string }) => r.personName)).toEqual(["総務 花子"]);

    await appoint("pms_manager", people["営業 一郎"] as string, "2020-01-01", null);
    await appoint("internal_auditor", people["営業 二郎"] as string, "2020-01-01", dayOffset(-1));
    await appoint("audit_lead", people["営業 三子"] as string, dayOffset(0), null);
    await appoint("internal_auditor", people["退職 済子"] as string, "2020-01-01", null);
    const manager = await seedCourse(t, orgId, planId, { audience: "pms_manager" });
    expect((await assigned(manager, { scope: "audience" })).assigned).toBe(1);
    const auditors = await seedCourse(t, orgId, planId, { audience: "internal_auditor" });
    expect(await assigned(auditors, { scope: "audience", send: true })).toMatchObject({
      assigned: 1,
      withoutEmail: [{ personName: "営業 三子" }],
    });
    const nobody = await seedCourse(t, orgId, planId, { audience: "complaints_desk" });
    const none = await assign(nobody, { scope: "audience" });
    expect(none.statusCode).toBe(400);
    // Nobody holds the complaints desk: nobody to assign, said on the audience.
    expect(none.json().error.fields.scope).toBe("対象になる在籍中の従業者がいません。");
  });

  it("assigns a department with its sub-departments, in office only", async () => {
    const courseId = await seedCourse(t, orgId, planId);
    const out = await assigned(courseId, { scope: "department", departmentId: depts.営業部 });
    expect(out.assigned).toBe(3);
    const res = await t.as(owner).get(`${base}/education/courses/${courseId}/assignments?limit=10`);
    expect(res.json().items.map((r: { personName: string }) => r.personName)).toEqual([
      "営業 一郎",
      "営業 二郎",
      "営業 三子",
    ]);
  });

  it("refuses what cannot be assigned, with the field or code, and writes nothing", async () => {
    const open = await seedCourse(t, orgId, planId);
    const draft = await seedCourse(t, orgId, planId, { status: "draft" });
    const archived = await seedCourse(t, orgId, planId, { status: "archived" });
    const chosen = await seedCourse(t, orgId, planId, { audience: "chosen" });
    const otherPlan = await seedPlan(t, otherOrg, { fiscalYear: 2026 });
    const foreign = await seedCourse(t, otherOrg, otherPlan);
    const cases: [string, object, number, string][] = [
      [draft, { scope: "audience" }, 409, "EDUCATION_COURSE_NOT_OPEN"],
      [archived, { scope: "audience" }, 409, "EDUCATION_COURSE_NOT_OPEN"],
      [foreign, { scope: "audience" }, 404, "NOT_FOUND"],
      [open, { scope: "people", personIds: [people.他社] }, 404, "NOT_FOUND"],
      [open, { scope: "department", departmentId: "no-such" }, 404, "NOT_FOUND"],
    ];
    for (const [courseId, body, status, code] of cases) {
      const res = await assign(courseId, body);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().error.code).toBe(code);
    }
    const fields: [string, object, string][] = [
      [open, { scope: "people", personIds: [people["退職 済子"]] }, "personIds"],
      [open, { scope: "people" }, "personIds"],
      [open, { scope: "department" }, "departmentId"],
      [open, { scope: "audience", dueOn: dayOffset(-1) }, "dueOn"],
      [open, { scope: "everyone" }, "scope"],
      [open, { scope: "audience", extra: 1 }, ""],
      [chosen, { scope: "audience" }, "scope"],
    ];
    for (const [courseId, body, field] of fields) {
      const res = await assign(courseId, body);
      expect(res.statusCode, res.body).toBe(400);
      if (field) expect(Object.keys(res.json().error.fields ?? {})).toContain(field);
    }
    const left = await assign(open, { scope: "people", personIds: [people["退職 済子"]] });
    expect(left.json().error.fields.personIds).toBe(
      "退職した人には受講を割り当てられません。選んだ人を確認してください。",
    );
    const rows = await t.database.query<{ n: number }>(
      "select count(*)::int as n from education_assignment where course_id = $1",
      [open],
    );
    expect(rows[0]?.n).toBe(0);
  });

  it("lets owners and admins assign, not managers or consultants; other organizations get 404", async () => {
    const courseId = await seedCourse(t, orgId, planId);
    expect((await assign(courseId, { scope: "audience" }, manager)).statusCode).toBe(403);
    expect((await assign(courseId, { scope: "audience" }, consultant)).statusCode).toBe(403);
    expect((await assign(courseId, { scope: "audience" }, outsider)).statusCode).toBe(404);
    expect(
      (
        await t.as(null).post(`${base}/education/courses/${courseId}/assignments`, {
          scope: "audience",
        })
      ).statusCode,
    ).toBe(401);
  });

  it("assigns 3,000 people in one call, one row and one event each, mailing those with e-mail", async () => {
    const big = await t.createOrg(owner, "株式会社おおぜい");
    await t.database.query(
      `insert into person (org_id, id, name, kana, email, employment_type)
       select $1, 'p' || g, '社員 ' || g, 'シャイン ' || lpad(g::text, 4, '0'),
              case when g % 2 = 0 then 'staff' || g || '@example.jp' end, 'regular'
         from generate_series(1, 3000) g`,
      [big],
    );
    const bigPlan = await seedPlan(t, big, { fiscalYear: fiscalYearOf(dayOffset(0)) });
    const courseId = await seedCourse(t, big, bigPlan);
    const ctx = { orgId: big, userId: owner.id, userName: owner.name, role: "owner" as const };
    const links = {
      key: (await import("../personal-links/index.ts")).linkKeyOf(
        { dataDir: "", linkSigningKey: "test-link-signing-key-of-at-least-32-characters" },
        t.database,
      ),
      baseUrl: "http://localhost:3000",
      defaultDays: 90,
    };
    const out = await assignCourse(
      t.database.db,
      ctx,
      courseId,
      { scope: "audience", send: true },
      { links },
    );
    expect(out.assigned).toBe(3000);
    expect(out.mailed).toBe(1500);
    expect(out.withoutEmail).toHaveLength(1500);
    const [rows] = await t.database.query<{ n: number; events: number }>(
      `select (select count(*)::int from education_assignment where org_id = $1) as n,
              (select count(*)::int from audit_event where org_id = $1
                 and entity = 'education_assignment' and action = 'assign') as events`,
      [big],
    );
    expect(rows).toEqual({ n: 3000, events: 3000 });
  });
});
