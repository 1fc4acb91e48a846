// Sessions and attendance over the real HTTP routes on both databases: creating classroom and
// remote sessions (who is invited, refusals with their fields), the list and the detail,
// bulk attendance and what it does to completions (the earliest stays, an undo touches only
// this session's), the not-held-yet refusal, follow-ups, editing and deleting, audit events,
// roles and tenants.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import type { SessionDetail, SessionList } from "./education.records.contract.ts";
import {
  completionOf,
  seedAssignment,
  seedCourse,
  seedPlan,
} from "./education.records.test-support.ts";

const DAY = 86_400_000;
const dayOffset = (days: number) => todayInJapan(new Date(Date.now() + days * DAY));

describe.each(dbKinds)("education sessions (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let viewer: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;
  let planId: string;
  let courseId: string;
  let otherCourseId: string;
  const people: Record<string, string> = {};
  const depts: Record<string, string> = {};
  let strangerId: string;

  async function addPerson(name: string, body: Record<string, unknown> = {}) {
    const res = await t
      .as(owner)
      .post(`${base}/people`, { name, employmentType: "regular", ...body });
    expect(res.statusCode, res.body).toBe(201);
    people[name] = res.json().id;
    return res.json().id as string;
  }
  const p = (name: string) => people[name] as string;
  async function createSession(body: Record<string, unknown>, course = courseId) {
    const res = await t.as(owner).post(`${base}/education/courses/${course}/sessions`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; invited: number };
  }
  async function detail(id: string): Promise<SessionDetail> {
    const res = await t.as(owner).get(`${base}/education/sessions/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const attendance = (id: string, entries: Array<{ personId: string; status: string }>) =>
    t.as(owner).put(`${base}/education/sessions/${id}/attendance`, { entries });

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("代表 太郎");
    viewer = await t.signUp("閲覧 次郎");
    member = await t.signUp("社員 花子");
    outsider = await t.signUp("他社 五郎");
    orgId = await t.createOrg(owner, "株式会社けんしゅう");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
    await t.addMember(owner, orgId, viewer, "viewer");
    await t.addMember(owner, orgId, member, "member");
    base = `/api/v1/orgs/${orgId}`;
    for (const name of ["総務部", "営業部"]) {
      const res = await t.as(owner).post(`${base}/departments`, { name });
      depts[name] = res.json().id;
    }
    await addPerson("営業 一郎", { departmentId: depts.営業部, kana: "えいぎょう いちろう" });
    await addPerson("営業 二郎", { departmentId: depts.営業部, kana: "えいぎょう じろう" });
    await addPerson("総務 花子", { departmentId: depts.総務部, kana: "そうむ はなこ" });
    await addPerson("未割当 三郎", { departmentId: depts.総務部 });
    await addPerson("退職 四郎", { departmentId: depts.総務部, leftOn: dayOffset(-30) });
    const res = await t
      .as(outsider)
      .post(`/api/v1/orgs/${otherOrg}/people`, { name: "他社 六郎", employmentType: "regular" });
    strangerId = res.json().id;
    const year = Number(todayInJapan().slice(0, 4));
    planId = await seedPlan(t.database, orgId, {
      fiscalYear: year,
      periodStart: `${year - 1}-04-01`,
      periodEnd: `${year + 1}-03-31`,
    });
    courseId = await seedCourse(t.database, orgId, planId, {
      title: "個人情報保護の基礎",
      sections: [
        { id: "s1", kind: "text", title: "個人情報とは", body: "本文" },
        { id: "s2", kind: "text", title: "事故が起きたとき", body: "本文" },
      ],
    });
    // 総務 花子 completed by e-learning 20 days ago; the others not yet.
    await seedAssignment(t.database, orgId, courseId, p("営業 一郎"));
    await seedAssignment(t.database, orgId, courseId, p("営業 二郎"));
    await seedAssignment(t.database, orgId, courseId, p("総務 花子"), {
      completedOn: dayOffset(-20),
      completedVia: "e_learning",
      bestScore: 90,
    });
    await seedAssignment(t.database, orgId, courseId, p("退職 四郎"));
    const otherPlan = await seedPlan(t.database, otherOrg, {
      fiscalYear: year,
      periodStart: `${year}-04-01`,
      periodEnd: `${year + 1}-03-31`,
    });
    otherCourseId = await seedCourse(t.database, otherOrg, otherPlan, { title: "他社の教育" });
  });
  afterAll(() => t.close());

  it("invites the assignees who have not completed, in office on the day, by default", async () => {
    const s = await createSession({
      kind: "classroom",
      heldOn: dayOffset(-10),
      startsAt: "10:00",
      endsAt: "11:30",
      place: "本社 大会議室",
      instructorName: "支援 三郎",
    });
    // 営業 一郎 and 営業 二郎: not 総務 花子 (completed), not 退職 四郎 (left 30 days ago).
    expect(s.invited).toBe(2);
    const d = await detail(s.id);
    expect(d.attendees.map((a) => [a.name, a.departmentName, a.status])).toEqual([
      ["営業 一郎", "営業部", "invited"],
      ["営業 二郎", "営業部", "invited"],
    ]);
    expect(d.others.map((o) => o.name)).toEqual(["総務 花子", "退職 四郎"]);
    expect(d).toMatchObject({ kind: "classroom", place: "本社 大会議室", startsAt: "10:00" });
    expect(d.counts).toEqual({ invited: 2, present: 0, absent: 0 });
  });

  it("invites every assignee, or people by id who must be assignees", async () => {
    const all = await createSession({
      kind: "remote",
      heldOn: dayOffset(-9),
      meetingUrl: "https://teams.example.com/l/meetup-join/abc",
      invite: "all_assigned",
    });
    expect(all.invited).toBe(3);
    const some = await createSession({
      kind: "remote",
      heldOn: dayOffset(-8),
      invite: [p("総務 花子")],
    });
    expect(some.invited).toBe(1);
    const notAssigned = await t.as(owner).post(`${base}/education/courses/${courseId}/sessions`, {
      kind: "classroom",
      heldOn: dayOffset(1),
      invite: [p("営業 一郎"), p("未割当 三郎")],
    });
    expect(notAssigned.statusCode).toBe(400);
    expect(notAssigned.json().error.fields).toHaveProperty("invite.1");
    const stranger = await t.as(owner).post(`${base}/education/courses/${courseId}/sessions`, {
      kind: "classroom",
      heldOn: dayOffset(1),
      invite: [strangerId],
    });
    expect(stranger.statusCode).toBe(404);
  });

  it("refuses a meeting address that is not https, and an end before the start", async () => {
    const url = `${base}/education/courses/${courseId}/sessions`;
    for (const meetingUrl of ["http://teams.example.com/x", "javascript:alert(1)", "teams"]) {
      const res = await t.as(owner).post(url, { kind: "remote", heldOn: dayOffset(1), meetingUrl });
      expect(res.statusCode, meetingUrl).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(["meetingUrl"]);
    }
    const long = `https://example.com/${"a".repeat(2000)}`;
    const tooLong = await t
      .as(owner)
      .post(url, { kind: "remote", heldOn: dayOffset(1), meetingUrl: long });
    expect(Object.keys(tooLong.json().error.fields)).toEqual(["meetingUrl"]);
    const times = await t
      .as(owner)
      .post(url, { kind: "classroom", heldOn: dayOffset(1), startsAt: "11:00", endsAt: "10:00" });
    expect(times.statusCode).toBe(400);
    expect(times.json().error.fields.endsAt).toContain("終了時刻");
    const badTime = await t
      .as(owner)
      .post(url, { kind: "classroom", heldOn: dayOffset(1), startsAt: "25:00" });
    expect(Object.keys(badTime.json().error.fields)).toEqual(["startsAt"]);
    const badKind = await t.as(owner).post(url, { kind: "video", heldOn: dayOffset(1) });
    expect(Object.keys(badKind.json().error.fields)).toEqual(["kind"]);
  });

  it("records attendance: present completes on the session's day, an earlier completion stays", async () => {
    const s = await createSession({
      kind: "classroom",
      heldOn: dayOffset(-5),
      invite: "all_assigned",
    });
    const res = await attendance(s.id, [
      { personId: p("営業 一郎"), status: "present" },
      { personId: p("営業 二郎"), status: "absent" },
      { personId: p("総務 花子"), status: "present" },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      changed: 3,
      completed: 1,
      undone: 0,
      counts: { invited: 0, present: 2, absent: 1 },
    });
    expect(await completionOf(t.database, orgId, courseId, p("営業 一郎"))).toEqual({
      on: dayOffset(-5),
      via: "classroom",
      sessionId: s.id,
    });
    // Completed by e-learning 20 days ago: earlier than the session, kept.
    expect(await completionOf(t.database, orgId, courseId, p("総務 花子"))).toEqual({
      on: dayOffset(-20),
      via: "e_learning",
      sessionId: null,
    });
    expect(await completionOf(t.database, orgId, courseId, p("営業 二郎"))).toEqual({
      on: null,
      via: null,
      sessionId: null,
    });
    const d = await detail(s.id);
    expect(d.attendanceRecordedAt).not.toBeNull();
    expect(d.attendees.find((a) => a.name === "営業 一郎")?.completedHere).toBe(true);

    // A session held earlier moves a later completion earlier (never later).
    const earlier = await createSession({
      kind: "remote",
      heldOn: dayOffset(-7),
      invite: [p("営業 一郎")],
    });
    await attendance(earlier.id, [{ personId: p("営業 一郎"), status: "present" }]);
    expect(await completionOf(t.database, orgId, courseId, p("営業 一郎"))).toEqual({
      on: dayOffset(-7),
      via: "remote",
      sessionId: earlier.id,
    });
    // Undoing the earlier session's attendance falls back to the later session.
    const undo = await attendance(earlier.id, [{ personId: p("営業 一郎"), status: "absent" }]);
    expect(undo.json()).toMatchObject({ changed: 1, undone: 1 });
    expect(await completionOf(t.database, orgId, courseId, p("営業 一郎"))).toEqual({
      on: dayOffset(-5),
      via: "classroom",
      sessionId: s.id,
    });
    // Absent in the first session too: nothing left, not completed.
    await attendance(s.id, [{ personId: p("営業 一郎"), status: "absent" }]);
    expect((await completionOf(t.database, orgId, courseId, p("営業 一郎"))).on).toBeNull();
    // Absent for someone this session did not complete changes nothing of theirs.
    await attendance(s.id, [{ personId: p("総務 花子"), status: "absent" }]);
    expect((await completionOf(t.database, orgId, courseId, p("総務 花子"))).via).toBe(
      "e_learning",
    );
    // Put back for the tests below.
    await attendance(s.id, [{ personId: p("営業 一郎"), status: "present" }]);
  });

  it("adds an assignee who was not invited; refuses anyone else on entries.N.personId", async () => {
    const s = await createSession({
      kind: "classroom",
      heldOn: dayOffset(-3),
      invite: [p("営業 二郎")],
    });
    const added = await attendance(s.id, [
      { personId: p("営業 二郎"), status: "present" },
      { personId: p("総務 花子"), status: "present" },
    ]);
    expect(added.json().counts).toEqual({ invited: 0, present: 2, absent: 0 });
    for (const [who, at] of [
      [p("未割当 三郎"), "entries.1.personId"],
      [strangerId, "entries.1.personId"],
      [p("営業 二郎"), "entries.1.personId"],
    ] as const) {
      const res = await attendance(s.id, [
        { personId: p("営業 二郎"), status: "present" },
        { personId: who, status: "present" },
      ]);
      expect(res.statusCode, who).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual([at]);
    }
    const badStatus = await attendance(s.id, [{ personId: p("営業 二郎"), status: "late" }]);
    expect(Object.keys(badStatus.json().error.fields)).toEqual(["entries.0.status"]);
  });

  it("refuses attendance before the session's day (409)", async () => {
    const s = await createSession({ kind: "classroom", heldOn: dayOffset(2) });
    const res = await attendance(s.id, [{ personId: p("営業 二郎"), status: "present" }]);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("EDUCATION_SESSION_NOT_HELD_YET");
  });

  it("audits each changed attendance row and completion", async () => {
    const who = await addPerson("記録 六郎", { departmentId: depts.総務部 });
    await seedAssignment(t.database, orgId, courseId, who);
    const s = await createSession({ kind: "classroom", heldOn: dayOffset(-1), invite: [who] });
    await attendance(s.id, [{ personId: who, status: "absent" }]);
    await attendance(s.id, [{ personId: who, status: "absent" }]);
    const ev = await t.as(owner).get(`${base}/audit-events?entity=education_attendance&limit=200`);
    const mine = ev
      .json()
      .items.filter((e: { entityId: string }) => e.entityId === `${s.id}:${who}`);
    // The repeat changed nothing: one event.
    expect(mine).toHaveLength(1);
    expect(mine[0].changes.status).toEqual({ old: "invited", new: "absent" });
    expect(mine[0].changes.personName).toEqual({ old: null, new: "記録 六郎" });
    await attendance(s.id, [{ personId: who, status: "present" }]);
    const assignments = await t
      .as(owner)
      .get(`${base}/audit-events?entity=education_assignment&limit=200`);
    const completed = assignments
      .json()
      .items.find(
        (e: { changes: Record<string, { new: unknown }> }) =>
          e.changes.completedSessionId?.new === s.id,
      );
    expect(completed.changes.completedOn).toEqual({ old: null, new: dayOffset(-1) });
    expect(completed.changes.completedVia).toEqual({ old: null, new: "classroom" });
  });

  it("creates a follow-up for those missed who have not completed", async () => {
    const s = await createSession({
      kind: "classroom",
      heldOn: dayOffset(-2),
      invite: "all_assigned",
    });
    // 営業 一郎, 営業 二郎 and 総務 花子 have completed by now; one more person to miss it.
    const fresh = await addPerson("新人 五郎", { departmentId: depts.営業部 });
    await seedAssignment(t.database, orgId, courseId, fresh);
    const late = await attendance(s.id, [
      { personId: p("営業 二郎"), status: "absent" },
      { personId: fresh, status: "absent" },
    ]);
    expect(late.statusCode).toBe(200);
    const res = await t.as(owner).post(`${base}/education/sessions/${s.id}/follow-up`, {
      heldOn: dayOffset(7),
      place: "本社 小会議室",
    });
    expect(res.statusCode, res.body).toBe(201);
    // 営業 二郎 was absent but completed in an earlier session: only 新人 五郎.
    expect(res.json().invited).toBe(1);
    const d = await detail(res.json().id);
    expect(d).toMatchObject({ followUpOfId: s.id, kind: "classroom", place: "本社 小会議室" });
    expect(d.attendees.map((a) => a.name)).toEqual(["新人 五郎"]);
  });

  it("lists the plan's sessions, latest first, with counts", async () => {
    const res = await t.as(viewer).get(`${base}/education/plans/${planId}/sessions`);
    expect(res.statusCode).toBe(200);
    const list: SessionList = res.json();
    const days = list.items.map((s) => s.heldOn);
    expect([...days].sort().reverse()).toEqual(days);
    expect(list.items.every((s) => s.courseTitle === "個人情報保護の基礎")).toBe(true);
    const byCourse = await t
      .as(viewer)
      .get(`${base}/education/plans/${planId}/sessions?courseId=${otherCourseId}`);
    expect(byCourse.json().items).toEqual([]);
  });

  it("edits a session; its day and kind are fixed once attendance is recorded", async () => {
    const s = await createSession({
      kind: "classroom",
      heldOn: dayOffset(-4),
      invite: [p("営業 二郎")],
    });
    const ok = await t.as(owner).patch(`${base}/education/sessions/${s.id}`, {
      heldOn: dayOffset(-6),
      notes: "資料を配布",
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await detail(s.id)).heldOn).toBe(dayOffset(-6));
    const times = await t
      .as(owner)
      .patch(`${base}/education/sessions/${s.id}`, { startsAt: "15:00", endsAt: "14:00" });
    expect(Object.keys(times.json().error.fields)).toEqual(["endsAt"]);
    await attendance(s.id, [{ personId: p("営業 二郎"), status: "present" }]);
    const moved = await t
      .as(owner)
      .patch(`${base}/education/sessions/${s.id}`, { heldOn: dayOffset(-3) });
    expect(moved.statusCode).toBe(409);
    expect(Object.keys(moved.json().error.fields)).toEqual(["heldOn"]);
    const notes = await t
      .as(owner)
      .patch(`${base}/education/sessions/${s.id}`, { notes: "資料を配布、録画あり" });
    expect(notes.statusCode).toBe(200);
  });

  it("deletes a session only while no attendance is recorded", async () => {
    const s = await createSession({
      kind: "classroom",
      heldOn: dayOffset(-4),
      invite: [p("営業 二郎")],
    });
    await attendance(s.id, [{ personId: p("営業 二郎"), status: "absent" }]);
    const refused = await t.as(owner).delete(`${base}/education/sessions/${s.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("EDUCATION_SESSION_HAS_ATTENDANCE");
    const free = await createSession({ kind: "classroom", heldOn: dayOffset(3) });
    expect((await t.as(owner).delete(`${base}/education/sessions/${free.id}`)).statusCode).toBe(
      204,
    );
    expect((await t.as(owner).get(`${base}/education/sessions/${free.id}`)).statusCode).toBe(404);
    const ev = await t.as(owner).get(`${base}/audit-events?entity=education_session&limit=200`);
    const del = ev
      .json()
      .items.find((e: { action: string; entityId: string }) => e.action === "delete");
    expect(del.entityId).toBe(free.id);
  });

  it("lets readers see and only writers record; other organizations get 404", async () => {
    const s = await createSession({
      kind: "classroom",
      heldOn: dayOffset(-1),
      invite: [p("営業 二郎")],
    });
    expect((await t.as(viewer).get(`${base}/education/sessions/${s.id}`)).statusCode).toBe(200);
    const viewerWrite = await t
      .as(viewer)
      .put(`${base}/education/sessions/${s.id}/attendance`, { entries: [] });
    expect(viewerWrite.statusCode).toBe(403);
    expect((await t.as(member).get(`${base}/education/sessions/${s.id}`)).statusCode).toBe(403);
    expect((await t.as(outsider).get(`${base}/education/sessions/${s.id}`)).statusCode).toBe(404);
    // Another organization's ids through our own organization: 404.
    const theirCourse = await t
      .as(owner)
      .post(`${base}/education/courses/${otherCourseId}/sessions`, {
        kind: "classroom",
        heldOn: dayOffset(1),
      });
    expect(theirCourse.statusCode).toBe(404);
    const ours = await t.as(outsider).get(`/api/v1/orgs/${otherOrg}/education/sessions/${s.id}`);
    expect(ours.statusCode).toBe(404);
    expect((await t.as(null).get(`${base}/education/sessions/${s.id}`)).statusCode).toBe(401);
  });
});
