// The durable schedule of the instance's background work (mail delivery, reminders, backups).
// One row per job: the runner claims a due row by taking its lease, so a job runs once per due
// time even with several app processes on one database, and a crashed run is taken over when
// its lease ends. Global: the rows hold no organization's data (summaries are counts).
import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const scheduledJob = pgTable("scheduled_job", {
  /** The JobDefinition's name, e.g. "mail.deliver". */
  name: text("name").primaryKey(),
  everySeconds: integer("every_seconds").notNull(),
  nextRunAt: timestamp("next_run_at", { withTimezone: true }).notNull(),
  /** While set and in the future, a process is running the job (its lease). */
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
  /** Which process holds the lease (host:pid:random), for the admin page and diagnosis. */
  lockedBy: text("locked_by"),
  lastStartedAt: timestamp("last_started_at", { withTimezone: true }),
  lastFinishedAt: timestamp("last_finished_at", { withTimezone: true }),
  lastSucceededAt: timestamp("last_succeeded_at", { withTimezone: true }),
  /** ok | failed */
  lastStatus: text("last_status"),
  /** The run's own summary ("3件送信") or, when it failed, the error's class and code. */
  lastSummary: text("last_summary"),
  runs: integer("runs").notNull().default(0),
  failures: integer("failures").notNull().default(0),
  /** Failures in a row since the last success (the admin page and home warn on these). */
  failuresInRow: integer("failures_in_row").notNull().default(0),
});
