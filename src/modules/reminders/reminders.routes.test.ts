// PDCA reminders: the stages by hand from the settings (14 days before, the due day, weekly
// when overdue), each sent once, to owners and admins only, on Japan's calendar day; and the
// settings route with its bad inputs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
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
    // 内部監査 done on 2025-12-20: due again 12 months later, on 2026-12-20.
    const res = await t.as(owner).post(`/api/v1/orgs/${orgId}/activities`, {
      kind: "internal_audit",
      performedOn: "2025-12-20",
      performedByName: "監査 担当",
    });
    expect(res.statusCode).toBe(201);
  }, 60_000);
  afterAll(() => t?.close());

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
