// The reminder job: once an hour it looks at every organization's PDCA duties and notifies the
// owners and admins (in the app, and by mail for those who chose it) when a duty enters a
// reminder stage: some days before its due day, on the day, then weekly while overdue. A duty
// never done is due now (the PDCA page's 今すぐ対応): it is reminded weekly from the day the
// organization was created, 「まだ一度も実施されていません」. The stage is recorded in
// reminder_sent in the same transaction as the notification, so each is sent once per due day
// (for a never-done duty, per start day), whichever process runs the job and however often.
import { eq, sql } from "drizzle-orm";
import { daysBetween, neverDoneStage, reminderStage } from "../../core/obligations/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { systemContext } from "../../server/org-context.ts";
import { recordNoChange } from "../audit/index.ts";
import { organization } from "../auth/index.ts";
import { dutyReminder, notifyRoles } from "../notifications/index.ts";
import { obligationStatesOf } from "../obligations/index.ts";
import type { JobDefinition } from "../shared/job-definition.ts";
import { readReminderSettings } from "./reminders.service.ts";
import { reminderSent } from "./reminders.tables.ts";

export const REMINDER_JOB = "reminders.duties";
/** Who is reminded: the PMS office (the roles that may record the duties). */
export const REMINDED_ROLES = ["owner", "admin"] as const;

/** The day (Japan) the organization started its PMS in mamori: when it was created. */
async function startedOn(db: Db, orgId: string): Promise<string | null> {
  const [row] = await db
    .select({ createdAt: organization.createdAt })
    .from(organization)
    .where(eq(organization.id, orgId));
  return row ? todayInJapan(row.createdAt) : null;
}

/** The organization's reminders due at `now`; returns how many were sent. */
export async function sendDutyReminders(db: Db, orgId: string, now: Date): Promise<number> {
  const settings = await readReminderSettings(db, orgId);
  if (!settings.enabled) return 0;
  const today = todayInJapan(now);
  const states = await obligationStatesOf(db, orgId, today);
  const start = states.some((s) => s.nextDue === null) ? await startedOn(db, orgId) : null;
  const due = states.flatMap((state) => {
    if (state.nextDue !== null) {
      const stage = reminderStage(state.daysUntilDue, settings);
      return stage ? [{ state, stage, dueOn: state.nextDue, never: false }] : [];
    }
    // Never done: keyed on the start day, so its weekly stages count from there.
    const stage = start === null ? null : neverDoneStage(daysBetween(start, today), settings);
    return stage && start ? [{ state, stage, dueOn: start, never: true }] : [];
  });
  if (due.length === 0) return 0;
  const ctx = systemContext(orgId);
  return writeInOrg(db, ctx, async (tx) => {
    let sent = 0;
    for (const { state, stage, dueOn, never } of due) {
      const inserted = await tx
        .insert(reminderSent)
        .values({ orgId, dutyKey: state.key, dueOn, stage, sentAt: now })
        .onConflictDoNothing()
        .returning({ stage: reminderSent.stage });
      if (inserted.length === 0) continue; // this stage went out before
      await notifyRoles(tx, ctx, {
        roles: REMINDED_ROLES,
        kind: dutyReminder,
        payload: never
          ? { dutyId: state.key, dutyTitle: state.def.title, dueOn: today, days: 0, never }
          : { dutyId: state.key, dutyTitle: state.def.title, dueOn, days: state.daysUntilDue ?? 0 },
      });
      sent++;
    }
    // A reminder changes no record of the PMS; reminder_sent is its dated trace.
    await recordNoChange(tx, ctx);
    return sent;
  });
}

export const dutyReminderJob: JobDefinition = {
  name: REMINDER_JOB,
  everySeconds: 3600,
  retrySeconds: 600,
  async run({ database, now }) {
    const orgs = await database.db
      .select({ id: organization.id })
      .from(organization)
      .orderBy(sql`${organization.id}`);
    let sent = 0;
    for (const { id } of orgs) sent += await sendDutyReminders(database.db, id, now);
    return `${sent}件`;
  },
};
