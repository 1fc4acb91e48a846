// The scheduled reminders of personal-link requests (document confirmations, courses) as a
// condition on the request's rows: the due day has passed and nobody reminded the person in
// the last week (core/personal-links/reminders.ts).
import { and, type Column, lt, type SQL, sql } from "drizzle-orm";
import { remindAgainAfter } from "../../core/personal-links/reminders.ts";

/** Rows whose due day is before `today` and whose last reminder is a week old at `now`, or none. */
export const dueForWeeklyReminder = (
  cols: { dueOn: Column; lastRemindedAt: Column },
  today: string,
  now: Date,
): SQL =>
  and(
    lt(cols.dueOn, today),
    sql`(${cols.lastRemindedAt} is null or ${cols.lastRemindedAt} <= ${remindAgainAfter(now).toISOString()}::timestamptz)`,
  ) as SQL;
