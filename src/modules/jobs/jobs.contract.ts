// The admin page of the scheduled jobs and the backup status shown on home.
import { z } from "zod";

const moment = z.string().nullable();

export const jobOut = z.object({
  name: z.string(),
  everySeconds: z.number().int(),
  nextRunAt: z.string(),
  /** A process holds the job now (its lease has not ended). */
  running: z.boolean(),
  lastStartedAt: moment,
  lastFinishedAt: moment,
  lastSucceededAt: moment,
  lastStatus: z.enum(["ok", "failed"]).nullable(),
  /** The run's summary (counts, a file name) or a failed run's error class and code. */
  lastSummary: z.string().nullable(),
  runs: z.number().int(),
  failures: z.number().int(),
  failuresInRow: z.number().int(),
});
export type JobOut = z.infer<typeof jobOut>;

/**
 * none: server mode (PostgreSQL backs itself up) or no automatic backup yet;
 * ok: the last one succeeded within two days; failed: the last run failed;
 * stale: the last success is older than two days (or none after a run).
 */
export const backupStatusOut = z.object({
  state: z.enum(["none", "ok", "failed", "stale"]),
  embedded: z.boolean(),
  lastSucceededAt: moment,
  lastSummary: z.string().nullable(),
  nextRunAt: moment,
});
export type BackupStatusOut = z.infer<typeof backupStatusOut>;

export const jobsOut = z.object({
  items: z.array(jobOut),
  /** Whether this installation runs jobs at all (JOBS_ENABLED). */
  enabled: z.boolean(),
  backup: backupStatusOut,
});
export type JobsOut = z.infer<typeof jobsOut>;
