// 作業計画 through the real HTTP routes: planned dates, tasks, who may mark what done, the
// home screen's task list, and refusals (bad dates, foreign ids, non-members as assignees).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

/** YYYY-MM-DD `days` after `iso` (negative: before). */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type Task = { id: string; title: string; doneOn: string | null; late: boolean } & Record<
  string,
  unknown
>;
type Step = { step: number; status: string; late: boolean; tasks: Task[] } & Record<
  string,
  unknown
>;

describe.each(dbKinds)("roadmap (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let consultant: TestUser;
  let staff: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;
  const today = todayInJapan();

  async function roadmap(user = owner) {
    const res = await t.as(user).get(`${base}/roadmap`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { today: string; steps: Step[] };
  }
  const stepOf = async (n: number) => (await roadmap()).steps.find((s) => s.step === n) as Step;
  async function addTask(body: Record<string, unknown>, org = orgId, as = owner) {
    const res = await t.as(as).post(`/api/v1/orgs/${org}/roadmap/tasks`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  const auditTotal = async () =>
    (await t.as(owner).get(`${base}/audit-events?limit=1`)).json().total as number;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("計画 担当");
    orgId = await t.createOrg(owner, "株式会社けいかく");
    base = `/api/v1/orgs/${orgId}`;
    consultant = await t.signUp("外部 コンサル");
    await t.addMember(owner, orgId, consultant, "consultant");
    staff = await t.signUp("一般 社員");
    await t.addMember(owner, orgId, staff, "member");
    outsider = await t.signUp("他社 社員");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
  });
  afterAll(() => t.close());

  it("lists the 13 steps in order with our titles, no plan and no task yet", async () => {
    const r = await roadmap();
    expect(r.today).toBe(today);
    expect(r.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(r.steps[0]?.title).toEqual({
      ja: "個人情報保護方針を定める",
      en: "Set the protection policy",
    });
    expect(r.steps[4]?.title).toEqual({
      ja: "個人情報を洗い出して台帳にする",
      en: "Identify personal information",
    });
    for (const s of r.steps) {
      expect(s, `step ${s.step}`).toMatchObject({
        plannedStart: null,
        plannedEnd: null,
        note: null,
        tasks: [],
        tasksTotal: 0,
        tasksDone: 0,
        late: false,
      });
    }
    // An empty register: every applicable rule of step 5 is a gap.
    expect(r.steps[4]).toMatchObject({
      status: "not_started",
      rules: { status: "not_started", ok: 0 },
    });
  });

  it("plans a step; a planned end already passed makes an unfinished step late", async () => {
    const res = await t.as(consultant).patch(`${base}/roadmap/steps/5`, {
      plannedStart: "2025-04-01",
      plannedEnd: addDays(today, -1),
      note: "営業部から着手",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      step: 5,
      plannedStart: "2025-04-01",
      plannedEnd: addDays(today, -1),
      note: "営業部から着手",
    });
    expect(await stepOf(5)).toMatchObject({ plannedStart: "2025-04-01", late: true });
    // Only the note changes; the dates stay.
    await t.as(owner).patch(`${base}/roadmap/steps/5`, { note: null, plannedEnd: today });
    expect(await stepOf(5)).toMatchObject({
      plannedStart: "2025-04-01",
      plannedEnd: today,
      note: null,
      late: false,
    });
    const events = (
      await t.as(owner).get(`${base}/audit-events?entity=roadmap_step&entityId=5`)
    ).json().items as { action: string; actorName: string; changes: Record<string, unknown> }[];
    expect(events.map((e) => [e.action, e.actorName])).toEqual([
      ["update", "計画 担当"],
      ["update", "外部 コンサル"],
    ]);
    expect(events[0]?.changes).toEqual({
      note: { old: "営業部から着手", new: null },
      plannedEnd: { old: addDays(today, -1), new: today },
    });
  });

  it("refuses an end before the start, also against the stored start, and step 14", async () => {
    const before = await auditTotal();
    const both = await t.as(owner).patch(`${base}/roadmap/steps/6`, {
      plannedStart: "2025-05-10",
      plannedEnd: "2025-05-09",
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.fields).toEqual({ plannedEnd: "終了日は開始日以降にしてください。" });
    // Step 5 starts on 2025-04-01: an end in March alone is refused by the service.
    const merged = await t.as(owner, "en").patch(`${base}/roadmap/steps/5`, {
      plannedEnd: "2025-03-31",
    });
    expect(merged.statusCode).toBe(400);
    expect(merged.json().error.fields).toEqual({
      plannedEnd: "The end date must not be before the start date.",
    });
    for (const step of ["14", "0", "abc"]) {
      const res = await t.as(owner).patch(`${base}/roadmap/steps/${step}`, { note: "x" });
      expect(res.statusCode, step).toBe(400);
      expect(Object.keys(res.json().error.fields), step).toEqual(["step"]);
    }
    expect((await stepOf(5)).plannedEnd).toBe(today);
    expect(await auditTotal()).toBe(before);
  });

  it("adds tasks last within their step, with the assignee's name and lateness", async () => {
    const a = await addTask({ step: 5, title: "台帳の様式を決める", dueOn: addDays(today, -2) });
    const b = await addTask({
      step: 5,
      title: "各部署へヒアリング",
      owner: "consultant",
      assigneeUserId: staff.id,
      dueOn: addDays(today, 10),
    });
    const s = await stepOf(5);
    expect(s.tasks.map((x) => [x.id, x.title, x.sort, x.owner, x.late])).toEqual([
      [a, "台帳の様式を決める", 0, "client", true],
      [b, "各部署へヒアリング", 1, "consultant", false],
    ]);
    expect(s.tasks[1]).toMatchObject({ assigneeUserId: staff.id, assigneeName: "一般 社員" });
    expect(s).toMatchObject({ tasksTotal: 2, tasksDone: 0, status: "not_started" });
  });

  it("refuses an assignee who is not a member, HTML titles, unknown steps and owners", async () => {
    const before = await auditTotal();
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [
        { step: 5, title: "他社の人に依頼", assigneeUserId: outsider.id },
        { assigneeUserId: "この組織に登録されていないものが指定されています。" },
      ],
      [
        { step: 5, title: "架空の人に依頼", assigneeUserId: "no-such-user" },
        { assigneeUserId: "この組織に登録されていないものが指定されています。" },
      ],
      [{ step: 5, title: "<b>太字</b>" }, { title: "HTMLタグやスクリプトは入力できません。" }],
      [{ step: 14, title: "十四番目" }, { step: "13以下の値を入力してください。" }],
      [{ step: 2.5, title: "半端" }, { step: "整数で入力してください。" }],
      [{ step: 5, title: "担当", owner: "boss" }, { owner: "選択肢から選んでください。" }],
      [{ title: "ステップなし" }, { step: "必須項目です。" }],
    ];
    for (const [body, fields] of cases) {
      const res = await t.as(owner).post(`${base}/roadmap/tasks`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields, JSON.stringify(body)).toEqual(fields);
    }
    expect((await stepOf(5)).tasks).toHaveLength(2);
    expect(await auditTotal()).toBe(before);
  });

  it("lets an assignee without planning rights mark only their own task done", async () => {
    const mine = await addTask({ step: 10, title: "教育資料を読む", assigneeUserId: staff.id });
    const theirs = await addTask({ step: 10, title: "教育の日程を決める" });
    const as = t.as(staff);
    const edit = await as.patch(`${base}/roadmap/tasks/${mine}`, { title: "書き換え" });
    expect(edit.statusCode).toBe(403);
    const both = await as.patch(`${base}/roadmap/tasks/${mine}`, { doneOn: today, dueOn: today });
    expect(both.statusCode).toBe(403);
    const other = await as.patch(`${base}/roadmap/tasks/${theirs}`, { doneOn: today });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe("FORBIDDEN");
    const missing = await as.patch(`${base}/roadmap/tasks/no-such-task`, { doneOn: today });
    expect(missing.statusCode).toBe(403);
    const done = await as.patch(`${base}/roadmap/tasks/${mine}`, { doneOn: today });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      id: mine,
      title: "教育資料を読む",
      doneOn: today,
      late: false,
    });
    const undo = await as.patch(`${base}/roadmap/tasks/${mine}`, { doneOn: null });
    expect(undo.json().doneOn).toBeNull();
    const step = await stepOf(10);
    expect(step.tasks.map((x) => [x.title, x.doneOn])).toEqual([
      ["教育資料を読む", null],
      ["教育の日程を決める", null],
    ]);
    // The member role cannot read the plan itself.
    expect((await as.get(`${base}/roadmap`)).statusCode).toBe(403);
    const events = (
      await t.as(owner).get(`${base}/audit-events?entity=roadmap_task&entityId=${mine}`)
    ).json().items as { action: string; actorName: string }[];
    expect(events.map((e) => [e.action, e.actorName])).toEqual([
      ["update", "一般 社員"],
      ["update", "一般 社員"],
      ["create", "計画 担当"],
    ]);
  });

  it("lets planners edit, reassign and delete a task", async () => {
    const id = await addTask({ step: 9, title: "規程案を作る" });
    const res = await t.as(consultant).patch(`${base}/roadmap/tasks/${id}`, {
      title: "規程案を作る（第2版）",
      assigneeUserId: consultant.id,
      dueOn: "2025-09-30",
      step: 8,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      step: 8,
      title: "規程案を作る（第2版）",
      assigneeName: "外部 コンサル",
      dueOn: "2025-09-30",
      late: true,
    });
    const foreign = await t.as(owner).patch(`${base}/roadmap/tasks/${id}`, {
      assigneeUserId: outsider.id,
    });
    expect(foreign.statusCode).toBe(400);
    expect(Object.keys(foreign.json().error.fields)).toEqual(["assigneeUserId"]);
    expect((await t.as(owner).delete(`${base}/roadmap/tasks/${id}`)).statusCode).toBe(204);
    expect((await t.as(owner).delete(`${base}/roadmap/tasks/${id}`)).statusCode).toBe(404);
    expect((await stepOf(8)).tasks).toEqual([]);
  });

  it("answers 404 for another organization's task, changing nothing", async () => {
    const foreign = await addTask({ step: 1, title: "他社の作業" }, otherOrg, outsider);
    const before = await auditTotal();
    const patch = await t
      .as(owner)
      .patch(`${base}/roadmap/tasks/${foreign}`, { title: "乗っ取り" });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().error.code).toBe("NOT_FOUND");
    expect((await t.as(owner).delete(`${base}/roadmap/tasks/${foreign}`)).statusCode).toBe(404);
    const theirs = (await t.as(outsider).get(`/api/v1/orgs/${otherOrg}/roadmap`)).json();
    expect(theirs.steps[0].tasks.map((x: Task) => x.title)).toEqual(["他社の作業"]);
    expect(await auditTotal()).toBe(before);
  });

  it("shows each user their open tasks across organizations, due first", async () => {
    await t.addMember(outsider, otherOrg, staff, "viewer");
    await addTask(
      { step: 2, title: "他社での作業", assigneeUserId: staff.id, dueOn: addDays(today, 3) },
      otherOrg,
      outsider,
    );
    await addTask({ step: 3, title: "期限なしの作業", assigneeUserId: staff.id });
    const res = await t.as(staff).get("/api/v1/me/tasks");
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as (Task & { orgName: string; dueOn: string | null })[];
    expect(items.map((i) => [i.title, i.orgName, i.dueOn, i.late])).toEqual([
      ["他社での作業", "他社株式会社", addDays(today, 3), false],
      ["各部署へヒアリング", "株式会社けいかく", addDays(today, 10), false],
      // Without a due day: by step (3 before 10).
      ["期限なしの作業", "株式会社けいかく", null, false],
      ["教育資料を読む", "株式会社けいかく", null, false],
    ]);
    expect(res.json().today).toBe(today);
    // Nobody else's tasks, and none for someone without any.
    expect((await t.as(owner).get("/api/v1/me/tasks")).json().items).toEqual([]);
    expect((await t.as(null).get("/api/v1/me/tasks")).statusCode).toBe(401);
  });

  it("drops tasks of an organization the user has left from their list", async () => {
    const members = (await t.as(outsider).get(`/api/v1/orgs/${otherOrg}/members`)).json();
    const membership = members.items.find((m: { userId: string }) => m.userId === staff.id);
    const res = await t.as(outsider).delete(`/api/v1/orgs/${otherOrg}/members/${membership.id}`);
    expect(res.statusCode, res.body).toBe(204);
    const items = (await t.as(staff).get("/api/v1/me/tasks")).json().items as Task[];
    expect(items.map((i) => i.title)).toEqual([
      "各部署へヒアリング",
      "期限なしの作業",
      "教育資料を読む",
    ]);
  });
});
