// 受講状況 over the real HTTP routes on both databases: the course's list (counts per state,
// search by name, reading and employee number, state and department filters, paging), the
// plan's matrix, one person's history, withdrawing (not a completed one), paper completion with
// its date rules, resending (24 hours apart, those without e-mail answered), the printed list
// and the link sheet, roles and tenants.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fiscalYearOf } from "../../core/education/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { inspectPdf } from "../exports/pdf-inspect.ts";
import type { PlanPeopleList, TrackingList } from "./education.delivery.contract.ts";
import {
  addPerson,
  courseTokens,
  HALF,
  RIGHT,
  seedCourse,
  seedPlan,
} from "./education.delivery.test-support.ts";

const DAY = 86_400_000;
const dayOffset = (days: number) => todayInJapan(new Date(Date.now() + days * DAY));

describe.each(dbKinds)("education: tracking (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let consultant: TestUser;
  let viewer: TestUser;
  let manager: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;
  let planId: string;
  let courseId: string;
  let second: string;
  const people: Record<string, string> = {};
  const depts: Record<string, string> = {};
  const today = dayOffset(0);

  async function list(query = "", as = owner): Promise<TrackingList> {
    const res = await t.as(as).get(`${base}/education/courses/${courseId}/assignments${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const idOf = async (name: string) =>
    (await list(`?q=${encodeURIComponent(name)}`)).items[0]?.id as string;
  const learner = (token: string, answers: object) =>
    t.as(null).post(`/api/v1/p/${token}/education/attempts`, { answers });

  beforeAll(async () => {
    t = await startTestApp(kind, { PUBLIC_RATE_LIMIT: "100000/60" });
    owner = await t.signUp("代表 太郎");
    consultant = await t.signUp("支援 三郎");
    viewer = await t.signUp("閲覧 次郎");
    manager = await t.signUp("部長 四郎");
    outsider = await t.signUp("他社 五郎");
    orgId = await t.createOrg(owner, "株式会社じゅこう");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
    await t.addMember(owner, orgId, consultant, "consultant");
    await t.addMember(owner, orgId, viewer, "viewer");
    await t.addMember(owner, orgId, manager, "manager");
    base = `/api/v1/orgs/${orgId}`;
    for (const name of ["営業部", "総務部"]) {
      const res = await t.as(owner).post(`${base}/departments`, { name });
      depts[name] = res.json().id;
    }
    const add = async (name: string, body: Record<string, unknown>) => {
      people[name] = await addPerson(t, owner, orgId, name, body);
    };
    await add("青木 一郎", {
      kana: "アオキ イチロウ",
      employeeNumber: "E001",
      email: "aoki@example.jp",
      departmentId: depts.営業部,
    });
    await add("井上 二郎", {
      kana: "イノウエ ジロウ",
      employeeNumber: "E002",
      email: "inoue@example.jp",
      departmentId: depts.営業部,
    });
    await add("上田 三子", {
      kana: "ウエダ ミツコ",
      employeeNumber: "E003",
      departmentId: depts.総務部,
    });
    await add("江口 四郎", {
      kana: "エグチ シロウ",
      employeeNumber: "E004",
      email: "eguchi@example.jp",
      departmentId: depts.総務部,
    });
    planId = await seedPlan(t, orgId, { fiscalYear: fiscalYearOf(today) });
    courseId = await seedCourse(t, orgId, planId, { title: "基礎", dueOn: dayOffset(30) });
    second = await seedCourse(t, orgId, planId, { title: "応用" });
    const assigned = await t
      .as(owner)
      .post(`${base}/education/courses/${courseId}/assignments`, { scope: "audience", send: true });
    expect(assigned.statusCode, assigned.body).toBe(201);
    await t.as(owner).post(`${base}/education/courses/${second}/assignments`, {
      scope: "people",
      personIds: [people["青木 一郎"]],
    });
    // 青木 passes, 井上 fails once, 江口 opens; 上田 (no e-mail) does nothing.
    const tokens = await courseTokens(t);
    expect((await learner(tokens.get("aoki@example.jp") ?? "", RIGHT)).statusCode).toBe(201);
    expect((await learner(tokens.get("inoue@example.jp") ?? "", HALF)).statusCode).toBe(201);
    await t.as(null).post(`/api/v1/p/${tokens.get("eguchi@example.jp")}/education/open`);
  });
  afterAll(() => t.close());

  it("lists the course's people with counts per state, search, filters and paging", async () => {
    const all = await list();
    expect(all.counts).toEqual({
      total: 4,
      not_opened: 1,
      opened: 1,
      failed: 1,
      completed: 1,
      withdrawn: 0,
      overdue: 0,
    });
    expect(all.course).toMatchObject({ title: "基礎", status: "open", dueOn: dayOffset(30) });
    expect(all.items.map((r) => [r.personName, r.state])).toEqual([
      ["青木 一郎", "completed"],
      ["井上 二郎", "failed"],
      ["上田 三子", "not_opened"],
      ["江口 四郎", "opened"],
    ]);
    expect(all.items[0]).toMatchObject({
      employeeNumber: "E001",
      departmentName: "営業部",
      hasEmail: true,
      attemptCount: 1,
      bestScore: 100,
      completedOn: today,
      completedVia: "e_learning",
      source: "plan",
    });
    expect(all.items[2]?.hasEmail).toBe(false);
    expect((await list("?q=E003")).items.map((r) => r.personName)).toEqual(["上田 三子"]);
    expect((await list("?q=イノウエ")).items.map((r) => r.personName)).toEqual(["井上 二郎"]);
    expect((await list("?state=failed")).items.map((r) => r.personName)).toEqual(["井上 二郎"]);
    const sales = await list(`?departmentId=${depts.総務部}`);
    expect(sales.items.map((r) => r.personName)).toEqual(["上田 三子", "江口 四郎"]);
    expect(sales.counts.total).toBe(4);
    const page2 = await list("?limit=3&page=2");
    expect(page2.items.map((r) => r.personName)).toEqual(["江口 四郎"]);
    expect(page2.total).toBe(4);
    // Overdue once the due day has passed (without completing).
    await t.database.query(
      "update education_assignment set due_on = $2 where course_id = $1 and person_id = $3",
      [courseId, dayOffset(-1), people["江口 四郎"]],
    );
    expect((await list("?state=overdue")).items.map((r) => r.personName)).toEqual(["江口 四郎"]);
    await t.database.query(
      "update education_assignment set due_on = $2 where course_id = $1 and person_id = $3",
      [courseId, dayOffset(30), people["江口 四郎"]],
    );
    const bad = await t.as(owner).get(`${base}/education/courses/${courseId}/assignments?state=x`);
    expect(bad.statusCode).toBe(400);
  });

  it("shows the plan's matrix a page at a time, and one person's history", async () => {
    const res = await t.as(viewer).get(`${base}/education/plans/${planId}/people?limit=2`);
    expect(res.statusCode, res.body).toBe(200);
    const matrix = res.json() as PlanPeopleList;
    expect(matrix.courses.map((c) => c.title)).toEqual(["基礎", "応用"]);
    expect(matrix.total).toBe(4);
    expect(matrix.items[0]).toMatchObject({
      personName: "青木 一郎",
      cells: [
        { courseId, state: "completed", completedOn: today },
        { courseId: second, state: "not_opened", completedOn: null },
      ],
    });
    expect(matrix.items.map((p) => p.personName)).toEqual(["青木 一郎", "井上 二郎"]);
    const failed = await t.as(viewer).get(`${base}/education/plans/${planId}/people?state=failed`);
    expect(failed.json().items.map((p: { personName: string }) => p.personName)).toEqual([
      "井上 二郎",
    ]);
    const history = await t.as(viewer).get(`${base}/education/people/${people["青木 一郎"]}`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().person.name).toBe("青木 一郎");
    expect(
      history
        .json()
        .items.map((i: { courseTitle: string; state: string }) => [i.courseTitle, i.state]),
    ).toEqual([
      ["基礎", "completed"],
      ["応用", "not_opened"],
    ]);
  });

  it("withdraws an uncompleted assignment, never a completed one", async () => {
    const id = await idOf("江口");
    const url = `${base}/education/assignments/${id}`;
    expect((await t.as(owner).delete(url)).statusCode).toBe(204);
    expect((await t.as(owner).delete(url)).statusCode).toBe(204);
    const row = (await list("?q=江口")).items[0];
    expect(row).toMatchObject({ state: "withdrawn", withdrawnReason: "manual" });
    const done = await t.as(owner).delete(`${base}/education/assignments/${await idOf("青木")}`);
    expect(done.statusCode).toBe(409);
    expect(done.json().error.code).toBe("EDUCATION_ASSIGNMENT_COMPLETED");
    // Assigned again: active once more.
    await t.as(owner).post(`${base}/education/courses/${courseId}/assignments`, {
      scope: "people",
      personIds: [people["江口 四郎"]],
    });
    expect((await list("?q=江口")).items[0]?.state).toBe("opened");
  });

  it("records a paper test with its day, not ahead nor before the assignment", async () => {
    const id = await idOf("上田");
    const url = `${base}/education/assignments/${id}/complete-on-paper`;
    const future = await t.as(consultant).post(url, { completedOn: dayOffset(1) });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toEqual({
      completedOn: "受講日に未来の日付は指定できません。",
    });
    const before = await t.as(consultant).post(url, { completedOn: dayOffset(-400) });
    expect(Object.keys(before.json().error.fields)).toEqual(["completedOn"]);
    expect((await t.as(consultant).post(url, { completedOn: "2026-02-30" })).statusCode).toBe(400);
    const ok = await t.as(consultant).post(url, { completedOn: today });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ id, completedOn: today, completedVia: "paper" });
    const again = await t.as(consultant).post(url, { completedOn: today });
    expect(again.statusCode).toBe(409);
    expect((await list("?q=上田")).items[0]).toMatchObject({
      state: "completed",
      completedVia: "paper",
    });
    expect((await t.as(viewer).post(url, { completedOn: today })).statusCode).toBe(403);
  });

  it("resends to those not completed, not twice within 24 hours", async () => {
    const send = (body: object = {}) =>
      t.as(owner).post(`${base}/education/courses/${courseId}/send`, body);
    // Everyone was mailed moments ago.
    const soon = await send();
    expect(soon.statusCode, soon.body).toBe(200);
    expect(soon.json()).toEqual({ mailed: 0, skippedRecent: 2, withoutEmail: [] });
    await t.database.query(
      "update education_assignment set last_sent_at = now() - interval '25 hours' where course_id = $1",
      [courseId],
    );
    const later = await send();
    expect(later.json()).toMatchObject({ mailed: 2, skippedRecent: 0 });
    const one = await send({ assignmentIds: [await idOf("井上")] });
    expect(one.json()).toMatchObject({ mailed: 0, skippedRecent: 1 });
    const foreign = await send({ assignmentIds: ["no-such"] });
    expect(foreign.statusCode).toBe(404);
    expect(
      (await t.as(manager).post(`${base}/education/courses/${courseId}/send`, {})).statusCode,
    ).toBe(403);
  });

  it("prints the pending list and the link sheet for people without e-mail", async () => {
    const pdf = await t.as(viewer).get(`${base}/education/courses/${second}/pending.pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const noOne = await t.as(owner).post(`${base}/education/courses/${second}/links.pdf`, {});
    // 青木 has an e-mail address: nobody needs a card.
    expect(noOne.statusCode).toBe(400);
    const chosen = await t.as(owner).post(`${base}/education/courses/${second}/links.pdf`, {
      assignmentIds: [
        (await t.as(owner).get(`${base}/education/courses/${second}/assignments`)).json().items[0]
          .id,
      ],
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    // The card names the course its link is for.
    const card = inspectPdf(chosen.rawPayload).pageTexts.join("").replace(/\s/g, "");
    expect(card).toContain("用件：教育「応用」");
    const [link] = await t.database.query<{ subject_id: string }>(
      "select subject_id from personal_link where org_id = $1 and revoked_at is null and subject_id = $2",
      [orgId, second],
    );
    expect(link?.subject_id).toBe(second);
  });

  it("keeps organizations apart and refuses roles without the action", async () => {
    const otherPlan = await seedPlan(t, otherOrg, { fiscalYear: 2026 });
    const foreign = await seedCourse(t, otherOrg, otherPlan);
    expect(
      (await t.as(owner).get(`${base}/education/courses/${foreign}/assignments`)).statusCode,
    ).toBe(404);
    expect((await t.as(owner).get(`${base}/education/plans/${otherPlan}/people`)).statusCode).toBe(
      404,
    );
    expect(
      (await t.as(outsider).get(`${base}/education/courses/${courseId}/assignments`)).statusCode,
    ).toBe(404);
    expect(
      (await t.as(outsider).get(`${base}/education/people/${people["青木 一郎"]}`)).statusCode,
    ).toBe(404);
    const otherPerson = await addPerson(t, outsider, otherOrg, "他社 社員");
    expect((await t.as(owner).get(`${base}/education/people/${otherPerson}`)).statusCode).toBe(404);
    expect(
      (await t.as(null).get(`${base}/education/courses/${courseId}/assignments`)).statusCode,
    ).toBe(401);
    expect(
      (await t.as(consultant).delete(`${base}/education/assignments/${await idOf("井上")}`))
        .statusCode,
    ).toBe(403);
  });
});
