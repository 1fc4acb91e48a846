// The automatic backup of the embedded database. PGlite never fsyncs, so a power loss can lose
// the most recent commits; a daily backup written while the server runs (one read-only
// REPEATABLE READ transaction, the same file `mamori backup` writes) bounds that loss, and the
// oldest files beyond BACKUP_KEEP are deleted. Server mode backs up with PostgreSQL's own tools.
import { mkdirSync, readdirSync, statSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { backupDatabase } from "../../db/backup.ts";
import type { Database } from "../../db/client.ts";
import { organization } from "../auth/index.ts";
import { backupFailed, notifyFromJob } from "../notifications/index.ts";
import type { JobDefinition } from "../shared/job-definition.ts";
import { readJob } from "./jobs.store.ts";

export const AUTO_BACKUP_JOB = "backup.embedded";

/**
 * mamori-auto-20261206-031500.jsonl.gz, the moment in Japan time: sortable by name,
 * recognisable when pruning.
 */
const FILE = /^mamori-auto-\d{8}-\d{6}\.jsonl\.gz$/;

export function backupFileName(moment: Date): string {
  const at = new Date(moment.getTime() + 9 * 3600 * 1000); // JST has no daylight saving
  const p = (n: number) => String(n).padStart(2, "0");
  const d = `${at.getUTCFullYear()}${p(at.getUTCMonth() + 1)}${p(at.getUTCDate())}`;
  const t = `${p(at.getUTCHours())}${p(at.getUTCMinutes())}${p(at.getUTCSeconds())}`;
  return `mamori-auto-${d}-${t}.jsonl.gz`;
}

/** Deletes the automatic backups beyond the newest `keep`; other files are never touched. */
export function pruneBackups(dir: string, keep: number): string[] {
  const ours = readdirSync(dir)
    .filter((f) => FILE.test(f))
    .sort()
    .reverse();
  const gone = ours.slice(keep);
  for (const f of gone) unlinkSync(join(dir, f));
  return gone;
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

export function autoBackupJob(everyHours: number): JobDefinition {
  return {
    name: AUTO_BACKUP_JOB,
    everySeconds: Math.round(everyHours * 3600),
    retrySeconds: 3600,
    // Not in the first minutes of a new installation, but soon enough to matter.
    firstDelaySeconds: 600,
    leaseSeconds: 3 * 3600,
    embeddedOnly: true,
    async run({ database, config, now }) {
      const { dir, keep } = config.autoBackup;
      const file = join(dir, backupFileName(now));
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        await backupDatabase(database, file);
      } catch (err) {
        await tellOwnersOnce(database, now);
        throw err;
      }
      pruneBackups(dir, keep);
      // The file name and size only: the admin page shows this line.
      return `${backupFileName(now)} (${size(statSync(file).size)})`;
    },
  };
}

/**
 * The first failure after a success notifies every organization's owners and admins; the
 * hourly retries that follow do not repeat it (the admin page and home keep showing it).
 */
async function tellOwnersOnce(database: Database, now: Date): Promise<void> {
  const job = await readJob(database, AUTO_BACKUP_JOB);
  if (job?.last_status === "failed") return;
  const last = job?.last_succeeded_at ? new Date(job.last_succeeded_at).toISOString() : null;
  const orgs = await database.db.select({ id: organization.id }).from(organization);
  for (const { id } of orgs) {
    await notifyFromJob(database.db, id, {
      roles: ["owner", "admin"],
      kind: backupFailed,
      payload: { failedAt: now.toISOString(), lastSuccessAt: last },
    });
  }
}
