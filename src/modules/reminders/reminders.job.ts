// The reminder job: once an hour it looks at every organization's PDCA duties and notifies the
// owners and admins (in the app, and by mail for those who chose it) when a duty enters a
// reminder stage: some days before its due day, on the day, then weekly while overdue. The
// stage is recorded in reminder_sent in the same transaction as the notification, so each is
// sent once per due day, whichever process runs the job and however often.
import { sql } from "drizzle-orm";
import { reminderStage } from "../../core/obligations/index.ts";
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

/** The organization's reminders due at `now`; returns how many were sent. */
export async function sendDutyReminders(db: Db, orgId: string, now: Date): Promise<number> {
  const settings = await readReminderSettings(db, orgId);
  if (!settings.enabled) return 0;
  const today = todayInJapan(now);
  const due = (await obligationStatesOf(db, orgId, today)).flatMap((state) => {
    const stage = reminderStage(state.daysUntilDue, settings);
    return stage && state.nextDue ? [{ state, stage, dueOn: state.nextDue }] : [];
  });
  if (due.length === 0) return 0;
  const ctx = systemContext(orgId);
  return writeInOrg(db, ctx, async (tx) => {
    let sent = 0;
    for (const { state, stage, dueOn } of due) {
      const inserted = await tx
        .insert(reminderSent)
        .values({ orgId, dutyKey: state.key, dueOn, stage, sentAt: now })
        .onConflictDoNothing()
        .returning({ stage: reminderSent.stage });
      if (inserted.length === 0) continue; // this stage went out before
      await notifyRoles(tx, ctx, {
        roles: REMINDED_ROLES,
        kind: dutyReminder,
        payload: {
          dutyId: state.key,
          dutyTitle: state.def.title,
          dueOn,
          days: state.daysUntilDue ?? 0,
        },
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
