// PDCA reminders: the stages by hand from the settings (14 days before, the due day, weekly
// when overdue), each sent once, to owners and admins only, on Japan's calendar day; duties
// never done, weekly from the organization's start; and the settings route with its bad inputs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { recordTestCompletions } from "../education/education.readiness.test-support.ts";
import { sendDutyReminders } from "./reminders.job.ts";

/** Noon in Japan on the given day. */
const jstNoon = (day: string) => new Date(`${day}T03:00:00.000Z`);

describe.each(dbKinds)("duty reminders (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let admin: TestUser;
  let viewer: TestUser;
  let orgId: string;
  let otherOrg: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("所有 太郎");
    admin = await t.signUp("管理 花子");
    viewer = await t.signUp("閲覧 次郎");
    orgId = await t.createOrg(owner);
    await t.addMember(owner, orgId, admin, "admin");
    await t.addMember(owner, orgId, viewer, "viewer");
    otherOrg = await t.createOrg(await t.signUp("他社 三郎"), "株式会社よそ");
    // This organization starts its PMS in mamori after the days below, so only the dated duty
    // is reminded; the duties never done are the subject of their own test.
    await startsOn(orgId, "2027-02-01");
    // 内部監査 done on 2025-12-20: due again 12 months later, on 2026-12-20.
    const res = await t.as(owner).post(`/api/v1/orgs/${orgId}/activities`, {
      kind: "internal_audit",
      performedOn: "2025-12-20",
      performedByName: "監査 担当",
    });
    expect(res.statusCode).toBe(201);
  }, 60_000);
  afterAll(() => t?.close());

  /** Sets the organization's creation (its PMS start in mamori) to 09:00 of a day in Japan. */
  async function startsOn(id: string, day: string) {
    await t.database.query("update organization set created_at = $2 where id = $1", [
      id,
      `${day}T09:00:00+09:00`,
    ]);
  }

  const sent = () =>
    t.database.query<{ duty_key: string; due_on: string; stage: string }>(
      "select duty_key, due_on::text, stage from reminder_sent where org_id = $1 order by sent_at, stage",
      [orgId],
    );
  const inbox = (user: TestUser) =>
    t.database.query<{ kind: string; payload: { dutyId: string; days: number } }>(
      "select kind, payload from notification where org_id = $1 and user_id = $2 and kind = 'duty.reminder' order by created_at",
      [orgId, user.id],
    );

  it("reminds owners and admins once per stage, on Japan's calendar day", async () => {
    const db = t.database.db;
    expect(await sendDutyReminders(db, orgId, jstNoon("2026-12-05"))).toBe(0); // 15 days ahead
    // 2026-12-05T15:00Z is 2026-12-06 00:00 in Japan: 14 days ahead, the early reminder.
    expect(await sendDutyReminders(db, orgId, new Date("2026-12-05T14:59:59.999Z"))).toBe(0);
    expect(await sendDutyReminders(db, orgId, new Date("2026-12-05T15:00:00.000Z"))).toBe(1);
    expect(await sendDutyReminders(db, orgId, jstNoon("2026-12-06"))).toBe(0); // already sent
    expect(await sendDutyReminders(db, orgId, jstNoon("2026-12-19"))).toBe(0); // 1 day: same stage
    expect(await sendDutyReminders(db, orgId, jstNoon("2026-12-20"))).toBe(1); // the due day
    expect(await sendDutyReminders(db, orgId, jstNoon("2026-12-21"))).toBe(1); // 1 day late
    expect(await sendDutyReminders(db, orgId, jstNoon("2026-12-27"))).toBe(0); // 7 days late
    expect(await sendDutyReminders(db, orgId, jstNoon("2026-12-28"))).toBe(1); // 8: week 2
    expect(await sendDutyReminders(db, orgId, jstNoon("2026-12-28"))).toBe(0);
    expect(await sent()).toEqual([
      { duty_key: "internal_audit", due_on: "2026-12-20", stage: "before" },
      { duty_key: "internal_audit", due_on: "2026-12-20", stage: "due" },
      { duty_key: "internal_audit", due_on: "2026-12-20", stage: "overdue-1" },
      { duty_key: "internal_audit", due_on: "2026-12-20", stage: "overdue-2" },
    ]);
    for (const user of [owner, admin]) {
      const got = await inbox(user);
      expect(got.map((n) => [n.kind, n.payload.dutyId, n.payload.days])).toEqual([
        ["duty.reminder", "internal_audit", 14],
        ["duty.reminder", "internal_audit", 0],
        ["duty.reminder", "internal_audit", -1],
        ["duty.reminder", "internal_audit", -8],
      ]);
    }
    expect(await inbox(viewer)).toEqual([]);
    const [other] = await t.database.query<{ n: number }>(
      "select count(*)::int as n from notification where org_id = $1",
      [otherOrg],
    );
    expect(other?.n).toBe(0);
  });

  it("follows the organization's settings and stops once the duty is recorded", async () => {
    const db = t.database.db;
    const url = `/api/v1/orgs/${orgId}/reminder-settings`;
    const off = { enabled: false, daysBefore: 0, onDueDay: false, weeklyWhenOverdue: true };
    expect((await t.as(owner).put(url, off)).statusCode).toBe(200);
    expect(await sendDutyReminders(db, orgId, jstNoon("2027-01-04"))).toBe(0); // 15 late, off
    const on = { ...off, enabled: true };
    expect((await t.as(owner).put(url, on)).statusCode).toBe(200);
    expect(await sendDutyReminders(db, orgId, jstNoon("2027-01-04"))).toBe(1); // week 3
    // Recorded as done today: next due 2027-12-06, far outside any window.
    await t.as(owner).post(`/api/v1/orgs/${orgId}/activities`, {
      kind: "internal_audit",
      performedOn: "2026-12-06",
      performedByName: "監査 担当",
    });
    expect(await sendDutyReminders(db, orgId, jstNoon("2027-01-11"))).toBe(0);
  });

  it("reminds duties never done weekly from the start, 「まだ一度も実施されていません」", async () => {
    const db = t.database.db;
    const newOwner = await t.signUp("未実 四郎");
    const org = await t.createOrg(newOwner, "株式会社みじっし");
    await startsOn(org, "2026-11-30");
    // Education done (one worker's completion): next due 2027-11-15, far from any reminder.
    // The other seven duties of the catalogue have no record and no register rows: never done.
    const learner = await t
      .as(newOwner)
      .post(`/api/v1/orgs/${org}/people`, { name: "受講 一郎", employmentType: "regular" });
    expect(learner.statusCode, learner.body).toBe(201);
    const ctx = {
      orgId: org,
      userId: newOwner.id,
      userName: newOwner.name,
      role: "owner" as const,
    };
    await recordTestCompletions(db, ctx, [learner.json().id], "2026-11-15");
    const never = [
      "register_review",
      "risk_review",
      "legal_review",
      "internal_audit",
      "management_review",
      "vendor_review",
      "document_review",
    ];
    expect(await sendDutyReminders(db, org, jstNoon("2026-11-29"))).toBe(0); // before the start
    expect(await sendDutyReminders(db, org, jstNoon("2026-11-30"))).toBe(7); // week 1
    expect(await sendDutyReminders(db, org, jstNoon("2026-11-30"))).toBe(0); // same day again
    expect(await sendDutyReminders(db, org, jstNoon("2026-12-06"))).toBe(0); // day 6: week 1
    expect(await sendDutyReminders(db, org, jstNoon("2026-12-07"))).toBe(7); // day 7: week 2
    // Recorded: that duty has a due day now and is not reminded as never done any more.
    const vendor = await t.as(newOwner).post(`/api/v1/orgs/${org}/activities`, {
      kind: "vendor_review",
      performedOn: "2026-12-01",
      performedByName: "委託 担当",
    });
    expect(vendor.statusCode, vendor.body).toBe(201);
    expect(await sendDutyReminders(db, org, jstNoon("2026-12-14"))).toBe(6); // week 3
    expect(await sendDutyReminders(db, org, jstNoon("2026-12-14"))).toBe(0);

    const rows = await t.database.query<{ duty_key: string; due_on: string; stage: string }>(
      "select duty_key, due_on::text, stage from reminder_sent where org_id = $1",
      [org],
    );
    const stagesOf = (key: string) =>
      rows
        .filter((r) => r.duty_key === key)
        .map((r) => `${r.due_on} ${r.stage}`)
        .sort();
    expect(stagesOf("vendor_review")).toEqual(["2026-11-30 never-1", "2026-11-30 never-2"]);
    expect(stagesOf("internal_audit")).toEqual([
      "2026-11-30 never-1",
      "2026-11-30 never-2",
      "2026-11-30 never-3",
    ]);
    expect(stagesOf("education")).toEqual([]);
    expect(new Set(rows.map((r) => r.duty_key))).toEqual(new Set(never));

    // The owner reads them in Japanese: the duty's title, never a due day.
    const list = await t.as(newOwner).get(`/api/v1/orgs/${org}/notifications?limit=100`);
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json().items as { title: string; body: string }[];
    expect(items).toHaveLength(20);
    const audits = items.filter((n) => n.title === "未実施: 内部監査");
    expect(audits).toHaveLength(3);
    expect(audits[0]?.body).toBe("まだ一度も実施されていません。実施したら記録してください。");
    expect(items.filter((n) => n.title === "未実施: 委託先の再評価")).toHaveLength(2);
  });

  it("reminds a duty never done once only when weekly reminders are off", async () => {
    const db = t.database.db;
    const newOwner = await t.signUp("一回 五郎");
    const org = await t.createOrg(newOwner, "株式会社いっかい");
    await startsOn(org, "2026-11-30");
    const url = `/api/v1/orgs/${org}/reminder-settings`;
    const once = { enabled: true, daysBefore: 14, onDueDay: true, weeklyWhenOverdue: false };
    expect((await t.as(newOwner).put(url, once)).statusCode).toBe(200);
    // All eight duties never done: one reminder each, then nothing in later weeks.
    expect(await sendDutyReminders(db, org, jstNoon("2026-12-01"))).toBe(8);
    expect(await sendDutyReminders(db, org, jstNoon("2026-12-08"))).toBe(0);
    expect(await sendDutyReminders(db, org, jstNoon("2027-01-05"))).toBe(0);
    const [n] = await t.database.query<{ n: number }>(
      "select count(*)::int as n from reminder_sent where org_id = $1 and stage = 'never'",
      [org],
    );
    expect(n?.n).toBe(8);
  });

  it("reads and saves the settings, refusing bad input field by field", async () => {
    const url = `/api/v1/orgs/${otherOrg}/reminder-settings`;
    const other = await t.signUp("他社 四郎");
    const fresh = await t.createOrg(other, "株式会社あたらしい");
    const freshUrl = `/api/v1/orgs/${fresh}/reminder-settings`;
    const defaults = await t.as(other).get(freshUrl);
    expect(defaults.json()).toEqual({
      enabled: true,
      daysBefore: 14,
      onDueDay: true,
      weeklyWhenOverdue: true,
      updatedAt: null,
    });
    const good = { enabled: true, daysBefore: 30, onDueDay: true, weeklyWhenOverdue: false };
    const bad: [unknown, string][] = [
      [{ ...good, daysBefore: 91 }, "daysBefore"],
      [{ ...good, daysBefore: -1 }, "daysBefore"],
      [{ ...good, daysBefore: 1.5 }, "daysBefore"],
      [{ ...good, daysBefore: "7" }, "daysBefore"],
      [{ ...good, enabled: "yes" }, "enabled"],
      [{ ...good, onDueDay: undefined }, "onDueDay"],
      [{ ...good, extra: "<script>" }, ""],
    ];
    for (const [body, field] of bad) {
      const res = await t.as(other).put(freshUrl, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const error = res.json().error;
      expect(error.code).toBeTruthy();
      if (field) expect(Object.keys(error.fields ?? {})).toContain(field);
    }
    expect((await t.as(other).get(freshUrl)).json().updatedAt).toBeNull(); // nothing written
    const saved = await t.as(other).put(freshUrl, good);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject(good);
    expect((await t.as(other).get(freshUrl)).json()).toMatchObject(good);
    const events = await t.database.query<{ entity: string; changes: Record<string, unknown> }>(
      "select entity, changes from audit_event where org_id = $1 and entity = 'reminder_setting'",
      [fresh],
    );
    expect(events).toHaveLength(1);
    expect(Object.keys(events[0]?.changes ?? {}).sort()).toEqual([
      "daysBefore",
      "weeklyWhenOverdue",
    ]);
    // Another organization's settings: not a member → 404, whatever the role elsewhere.
    expect((await t.as(other).get(url)).statusCode).toBe(404);
    expect((await t.as(other).put(url, good)).statusCode).toBe(404);
  });
});
