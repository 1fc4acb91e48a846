// Joiners and leavers on both databases, with hand-written dates: on 2026-06-15 (plan FY2026,
// new hires due 30 days after joining) the people who joined in the period are assigned the
// new-hire course and the all-staff course that was assigned by its audience, not the one
// assigned by hand, nor a draft; a person withdrawn by hand stays withdrawn; people who left by
// today lose their uncompleted assignments, a completed one stays; a second run does nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { addPerson, seedCourse, seedPlan } from "./education.delivery.test-support.ts";
import { syncPlan } from "./education.sync.ts";

const NOW = new Date("2026-06-15T03:00:00Z"); // 12:00 on 2026-06-15 in Japan

describe.each(dbKinds)("education: joiners and leavers (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let planId: string;
  const people: Record<string, string> = {};
  const courses: Record<string, string> = {};

  /** An assignment written straight into the table; `set` holds SQL literals by column. */
  async function assignment(course: string, person: string, set: Record<string, string> = {}) {
    const cols = ["source", ...Object.keys(set)].join(", ");
    const values = ["'plan'", ...Object.values(set)].join(", ");
    await t.database.query(
      `insert into education_assignment (org_id, id, course_id, person_id, ${cols})
       values ($1, gen_random_uuid()::text, $2, $3, ${values})`,
      [orgId, course, person],
    );
  }
  const rows = () =>
    t.database.query<{
      course: string;
      person: string;
      due_on: string | null;
      withdrawn_reason: string | null;
      source: string;
    }>(
      `select c.title as course, p.name as person, a.due_on::text as due_on,
              a.withdrawn_reason, a.source
         from education_assignment a
         join education_course c on c.org_id = a.org_id and c.id = a.course_id
         join person p on p.org_id = a.org_id and p.id = a.person_id
        where a.org_id = $1 order by c.title collate "C", p.name collate "C"`,
      [orgId],
    );

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("代表 太郎");
    orgId = await t.createOrg(owner, "株式会社にゅうしゃ");
    const add = async (name: string, body: Record<string, unknown>) => {
      people[name] = await addPerson(t, owner, orgId, name, body);
    };
    await add("旧人 一郎", { joinedOn: "2020-04-01" });
    await add("新人 花子", { joinedOn: "2026-05-10", email: "hanako@example.jp" });
    await add("新人 次郎", { joinedOn: "2026-06-15" });
    await add("未来 三郎", { joinedOn: "2026-07-01" });
    await add("前年 四郎", { joinedOn: "2026-03-20" });
    await add("退職 五郎", { joinedOn: "2026-05-01", leftOn: "2026-06-10" });
    await add("退職 六子", { joinedOn: "2019-04-01", leftOn: "2026-06-15" });
    await add("退職 七子", { joinedOn: "2019-04-01", leftOn: "2026-06-30" });
    await add("退職 八子", { joinedOn: "2019-04-01", leftOn: "2026-06-01" });
    planId = await seedPlan(t, orgId, { fiscalYear: 2026, days: 30 });
    courses.新人 = await seedCourse(t, orgId, planId, {
      title: "1 新人研修",
      audience: "new_hires",
    });
    courses.全員 = await seedCourse(t, orgId, planId, { title: "2 全員研修" });
    courses.手動 = await seedCourse(t, orgId, planId, { title: "3 手動の全員研修" });
    courses.下書き = await seedCourse(t, orgId, planId, {
      title: "4 下書き",
      audience: "new_hires",
      status: "draft",
    });
    await assignment(courses.全員 as string, people["旧人 一郎"] as string);
    await assignment(courses.全員 as string, people["退職 六子"] as string);
    await assignment(courses.全員 as string, people["退職 七子"] as string);
    await assignment(courses.全員 as string, people["退職 八子"] as string, {
      completed_on: "'2026-05-20'",
    });
    await assignment(courses.手動 as string, people["旧人 一郎"] as string);
    await t.database.query(
      `update education_assignment set source = 'manual' where course_id = $1`,
      [courses.手動],
    );
    await assignment(courses.新人 as string, people["新人 次郎"] as string, {
      withdrawn_at: "now()",
    });
  });
  afterAll(() => t.close());

  it("assigns the period's joiners and withdraws the leavers, once", async () => {
    const ctx = { orgId, userId: owner.id, userName: owner.name, role: "owner" as const };
    const out = await syncPlan(t.database.db, ctx, planId, { now: NOW });
    expect(out).toEqual({ assigned: 3, withdrawn: 1 });
    expect(await rows()).toEqual([
      {
        course: "1 新人研修",
        person: "新人 次郎",
        due_on: null,
        withdrawn_reason: null,
        source: "plan",
      },
      {
        course: "1 新人研修",
        person: "新人 花子",
        due_on: "2026-06-09",
        withdrawn_reason: null,
        source: "new_hire",
      },
      {
        course: "2 全員研修",
        person: "新人 次郎",
        due_on: "2026-07-15",
        withdrawn_reason: null,
        source: "new_hire",
      },
      {
        course: "2 全員研修",
        person: "新人 花子",
        due_on: "2026-06-09",
        withdrawn_reason: null,
        source: "new_hire",
      },
      {
        course: "2 全員研修",
        person: "旧人 一郎",
        due_on: null,
        withdrawn_reason: null,
        source: "plan",
      },
      {
        course: "2 全員研修",
        person: "退職 七子",
        due_on: null,
        withdrawn_reason: null,
        source: "plan",
      },
      {
        course: "2 全員研修",
        person: "退職 八子",
        due_on: null,
        withdrawn_reason: null,
        source: "plan",
      },
      {
        course: "2 全員研修",
        person: "退職 六子",
        due_on: null,
        withdrawn_reason: "left",
        source: "plan",
      },
      {
        course: "3 手動の全員研修",
        person: "旧人 一郎",
        due_on: null,
        withdrawn_reason: null,
        source: "manual",
      },
    ]);
    // 次郎 was withdrawn from the new-hire course by hand before: still withdrawn (by hand).
    const [jiro] = await t.database.query<{ withdrawn_at: unknown }>(
      "select withdrawn_at from education_assignment where course_id = $1 and person_id = $2",
      [courses.新人, people["新人 次郎"]],
    );
    expect(jiro?.withdrawn_at).not.toBeNull();
    expect(await syncPlan(t.database.db, ctx, planId, { now: NOW })).toEqual({
      assigned: 0,
      withdrawn: 0,
    });
  });

  it("is the button of the tracking tab, for those who hand out links", async () => {
    const url = `/api/v1/orgs/${orgId}/education/plans/${planId}/sync`;
    const res = await t.as(owner).post(url);
    expect(res.statusCode, res.body).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(["assigned", "withdrawn"]);
    expect(
      (await t.as(owner).post(`/api/v1/orgs/${orgId}/education/plans/nope/sync`)).statusCode,
    ).toBe(404);
  });
});
