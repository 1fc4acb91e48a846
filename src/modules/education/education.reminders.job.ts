// The scheduled reminder of 教育: once an hour it finds, in every organization, the people in
// office with an e-mail address who have not completed an open course whose due day has
// passed, and mails them a reminder with a new personal link for the course: the first time
// the day after the due day, then at most once a week. last_reminded_at is stamped in the same
// transaction as the mail, so a second run, by this process or another, finds nobody.
import { and, eq, inArray, isNotNull, isNull, lt, type SQL } from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Database } from "../../db/client.ts";
import type { Config } from "../../server/config.ts";
import { appendAuditMany, recordNoChange } from "../audit/index.ts";
import { person } from "../people/index.ts";
import { linkOptionsOf } from "../personal-links/index.ts";
import { sumInEachOrg } from "../shared/each-org.ts";
import type { JobDefinition } from "../shared/job-definition.ts";
import { dueForWeeklyReminder } from "../shared/reminder-due.ts";
import { ASSIGNMENT_ENTITY, sendLinks } from "./education.assign.ts";
import { pendingAssignments } from "./education.reminders.ts";
import { educationAssignment as A, educationCourse as C } from "./education.tables.ts";
import { readDeliveryCourse } from "./education.targets.ts";

export const EDUCATION_REMINDER_JOB = "education.reminders";

/** Sends the reminders due at `now` in every organization; returns how many mails. */
export async function sendDueCourseReminders(
  database: Database,
  config: Pick<Config, "baseUrl" | "personalLinkDays" | "dataDir" | "linkSigningKey">,
  now: Date,
): Promise<number> {
  const { db } = database;
  const today = todayInJapan(now);
  const orgs = await db
    .selectDistinct({ orgId: A.orgId })
    .from(A)
    .where(
      and(isNull(A.completedOn), isNull(A.withdrawnAt), isNotNull(A.dueOn), lt(A.dueOn, today)),
    );
  if (orgs.length === 0) return 0;
  const links = linkOptionsOf(config, database);
  return sumInEachOrg(
    db,
    orgs.map((o) => o.orgId),
    async (tx, ctx, orgId) => {
      const open = tx
        .select({ id: C.id })
        .from(C)
        .where(and(eq(C.orgId, orgId), eq(C.status, "open")));
      const rows = await pendingAssignments(
        tx,
        orgId,
        and(
          dueForWeeklyReminder(A, today, now),
          isNotNull(person.email),
          inArray(A.courseId, open),
        ) as SQL,
        today,
      );
      if (rows.length === 0) {
        await recordNoChange(tx, ctx);
        return 0;
      }
      const byCourse = new Map<string, typeof rows>();
      for (const r of rows) byCourse.set(r.courseId, [...(byCourse.get(r.courseId) ?? []), r]);
      let mailed = 0;
      const events = [];
      for (const [courseId, group] of byCourse) {
        const course = await readDeliveryCourse(tx, orgId, courseId);
        const out = await sendLinks(tx, ctx, course, group, {
          links,
          kind: "reminder",
          today,
          now,
        });
        mailed += out.mailed;
        // One event per course reminded, with the count (the rows carry the stamp).
        events.push({
          entity: ASSIGNMENT_ENTITY,
          entityId: courseId,
          action: "remind",
          changes: {
            courseTitle: { old: null, new: course.title },
            reminded: { old: null, new: out.mailed },
          },
        });
      }
      await appendAuditMany(tx, ctx, events);
      return mailed;
    },
  );
}

export const educationReminderJob: JobDefinition = {
  name: EDUCATION_REMINDER_JOB,
  everySeconds: 3600,
  retrySeconds: 600,
  async run({ database, config, now }) {
    const sent = await sendDueCourseReminders(database, config, now);
    return `${sent}件`;
  },
};
