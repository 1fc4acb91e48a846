// The reminder job on both databases, with hand-written moments: after the due day it mails
// each person in office with e-mail who has not completed an open course, once, then not again
// within a week; never the completed, the withdrawn, those who left, those without e-mail, nor
// an archived course's people. Each reminder carries a new link for that course.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dbKinds,
  startTestApp,
  TEST_LINK_SIGNING_KEY,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";
import { addPerson, courseMails, seedCourse, seedPlan } from "./education.delivery.test-support.ts";
import { sendDueCourseReminders } from "./education.reminders.job.ts";

const at = (iso: string) => new Date(iso);
// 2026-06-15 12:00 in Japan.
const NOW = at("2026-06-15T03:00:00Z");
const config = {
  baseUrl: "http://localhost:3000",
  personalLinkDays: 90,
  dataDir: "",
  linkSigningKey: TEST_LINK_SIGNING_KEY,
};

describe.each(dbKinds)("education: reminders (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;

  async function assign(course: string, person: string, set: Record<string, string>) {
    const cols = Object.keys(set).join(", ");
    const values = Object.values(set).join(", ");
    await t.database.query(
      `insert into education_assignment (org_id, id, course_id, person_id, ${cols})
       values ($1, gen_random_uuid()::text, $2, $3, ${values})`,
      [orgId, course, person],
    );
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("代表 太郎");
    orgId = await t.createOrg(owner, "株式会社さいつうち");
    const planId = await seedPlan(t, orgId, { fiscalYear: 2026 });
    const open = await seedCourse(t, orgId, planId, { title: "基礎" });
    const archived = await seedCourse(t, orgId, planId, { title: "旧版", status: "archived" });
    const p = (name: string, body: Record<string, unknown>) =>
      addPerson(t, owner, orgId, name, body);
    const due = (day: string) => ({ due_on: `'${day}'` });
    await assign(open, await p("期限切れ 一郎", { email: "late@example.jp" }), due("2026-06-10"));
    await assign(open, await p("期限前 二郎", { email: "early@example.jp" }), due("2026-06-20"));
    await assign(open, await p("メールなし 三子", {}), due("2026-06-10"));
    await assign(open, await p("修了 四郎", { email: "done@example.jp" }), {
      ...due("2026-06-10"),
      completed_on: "'2026-06-01'",
    });
    await assign(open, await p("取消 五郎", { email: "withdrawn@example.jp" }), {
      ...due("2026-06-10"),
      withdrawn_at: "now()",
    });
    await assign(
      open,
      await p("退職 六子", {
        email: "left@example.jp",
        joinedOn: "2020-04-01",
        leftOn: "2026-06-12",
      }),
      due("2026-06-10"),
    );
    await assign(archived, await p("旧版 七子", { email: "old@example.jp" }), due("2026-06-10"));
  });
  afterAll(() => t.close());

  it("mails the overdue once, then again only after a week, with a new link each time", async () => {
    expect(await sendDueCourseReminders(t.database, config, NOW)).toBe(1);
    const mails = await courseMails(t);
    expect(mails.map((m) => m.to_address)).toEqual(["late@example.jp"]);
    expect(mails[0]?.subject).toBe(
      "【mamori】【再通知】株式会社さいつうち：教育「基礎」の受講のお願い",
    );
    expect(mails[0]?.payload.reminder).toBe(true);
    // The same hour again: nobody.
    expect(await sendDueCourseReminders(t.database, config, NOW)).toBe(0);
    // Six days later: only 二郎, whose due day (2026-06-20) has just passed; 一郎 waits a week.
    expect(await sendDueCourseReminders(t.database, config, at("2026-06-21T03:00:00Z"))).toBe(1);
    // A week after the first: 一郎 again.
    expect(await sendDueCourseReminders(t.database, config, at("2026-06-22T03:00:00Z"))).toBe(1);
    expect((await courseMails(t)).map((m) => m.to_address).sort()).toEqual([
      "early@example.jp",
      "late@example.jp",
      "late@example.jp",
    ]);
    // Each reminder replaced the person's earlier link of the course: one live link each.
    const links = await t.database.query<{ live: number; all: number }>(
      `select count(*) filter (where revoked_at is null)::int as live, count(*)::int as all
         from personal_link where org_id = $1 and purpose = 'course'`,
      [orgId],
    );
    expect(links[0]).toEqual({ live: 2, all: 3 });
    const events = (
      await t.as(owner).get(`/api/v1/orgs/${orgId}/audit-events?entity=education_assignment`)
    ).json().items as { action: string; actorName: string | null }[];
    expect(events.filter((e) => e.action === "remind")).toHaveLength(3);
  });
});
