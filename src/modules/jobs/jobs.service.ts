// What the admin page and home show about the scheduled jobs. The rows are the installation's
// (no organization's data), so every organization's admins see the same schedule.
import type { Database } from "../../db/client.ts";
import { AUTO_BACKUP_JOB } from "./auto-backup.job.ts";
import type { BackupStatusOut, JobOut, JobsOut } from "./jobs.contract.ts";
import { type JobRow, readJobs } from "./jobs.store.ts";

/** An automatic backup older than this is a warning on home. */
export const BACKUP_STALE_MS = 2 * 24 * 3600 * 1000;

const iso = (v: Date | string | null): string | null =>
  v === null ? null : new Date(v).toISOString();

function present(row: JobRow, now: Date): JobOut {
  const lease = iso(row.locked_until);
  return {
    name: row.name,
    everySeconds: row.every_seconds,
    nextRunAt: iso(row.next_run_at) as string,
    running: lease !== null && new Date(lease) > now,
    lastStartedAt: iso(row.last_started_at),
    lastFinishedAt: iso(row.last_finished_at),
    lastSucceededAt: iso(row.last_succeeded_at),
    lastStatus: row.last_status,
    lastSummary: row.last_summary,
    runs: row.runs,
    failures: row.failures,
    failuresInRow: row.failures_in_row,
  };
}

export function backupStatus(
  embedded: boolean,
  row: JobRow | undefined,
  now: Date,
): BackupStatusOut {
  const base = {
    embedded,
    lastSucceededAt: row ? iso(row.last_succeeded_at) : null,
    lastSummary: row?.last_status === "ok" ? row.last_summary : null,
    nextRunAt: row ? iso(row.next_run_at) : null,
  };
  if (!embedded || !row || row.runs === 0) return { state: "none", ...base };
  if (row.last_status === "failed") return { state: "failed", ...base };
  const last = row.last_succeeded_at ? new Date(row.last_succeeded_at).getTime() : 0;
  return { state: now.getTime() - last > BACKUP_STALE_MS ? "stale" : "ok", ...base };
}

export async function listJobs(
  database: Database,
  enabled: boolean,
  now = new Date(),
): Promise<JobsOut> {
  const rows = await readJobs(database);
  const embedded = database.kind === "pglite";
  return {
    items: rows.map((r) => present(r, now)),
    enabled,
    backup: backupStatus(
      embedded,
      rows.find((r) => r.name === AUTO_BACKUP_JOB),
      now,
    ),
  };
}
