// A piece of scheduled work a capability offers (mail delivery, reminders, backups …). The
// capability defines it; the registry (src/modules/capabilities.ts) hands it to the job runner
// (src/modules/jobs), which runs it durably: once per due time across every app process.
import type { Database } from "../../db/client.ts";
import type { Config } from "../../server/config.ts";

export type JobLog = { info: (msg: string) => void; warn: (msg: string) => void };

export type JobDeps = {
  database: Database;
  config: Config;
  /** The moment the run started (the runner's clock; tests pass their own). */
  now: Date;
  log: JobLog;
};

export type JobDefinition = {
  /** Stable id, e.g. "mail.deliver"; the key of its row in scheduled_job. */
  name: string;
  /** Seconds between the end of one run and the next due time. */
  everySeconds: number;
  /** Seconds until the next try after a failed run (default: everySeconds). */
  retrySeconds?: number;
  /** Seconds after the job is first scheduled before its first run (default 0). */
  firstDelaySeconds?: number;
  /** How long a run may hold the job (default 300 s); a crashed run is taken over after it. */
  leaseSeconds?: number;
  /** Only in embedded mode (e.g. the automatic backup). */
  embeddedOnly?: boolean;
  /**
   * Does the work and returns a short summary for the admin page ("3 sent"), which must hold
   * no personal data or secrets. A throw is recorded as a failed run and retried next time.
   */
  run: (deps: JobDeps) => Promise<string>;
};
