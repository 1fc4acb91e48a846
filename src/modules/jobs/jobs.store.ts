// The SQL of the durable schedule (scheduled_job). Plain statements through database.query, the
// same on PostgreSQL and PGlite. Moments are passed in (the runner's clock), never now().
import type { Database } from "../../db/client.ts";
import type { JobDefinition } from "../shared/job-definition.ts";

export type JobRow = {
  name: string;
  every_seconds: number;
  next_run_at: Date | string;
  locked_until: Date | string | null;
  locked_by: string | null;
  last_started_at: Date | string | null;
  last_finished_at: Date | string | null;
  last_succeeded_at: Date | string | null;
  last_status: "ok" | "failed" | null;
  last_summary: string | null;
  runs: number;
  failures: number;
  failures_in_row: number;
};

const plus = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000);

/** Adds the jobs not scheduled yet (first run after their delay) and updates their rhythm. */
export async function scheduleJobs(database: Database, jobs: readonly JobDefinition[], now: Date) {
  for (const job of jobs) {
    await database.query(
      `insert into scheduled_job (name, every_seconds, next_run_at) values ($1, $2, $3)
       on conflict (name) do update set every_seconds = excluded.every_seconds`,
      [job.name, job.everySeconds, plus(now, job.firstDelaySeconds ?? 0)],
    );
  }
}

/**
 * Takes the job's lease if it is due and nobody holds it. The row is locked with SKIP LOCKED,
 * so two processes claiming at once never wait on each other and only one gets it; the other
 * sees no row. Returns whether this process now runs the job.
 */
export async function claimJob(
  database: Database,
  job: JobDefinition,
  owner: string,
  now: Date,
): Promise<boolean> {
  const rows = await database.query<{ name: string }>(
    `update scheduled_job set locked_until = $3, locked_by = $4, last_started_at = $2
      where name = (select name from scheduled_job
                     where name = $1 and next_run_at <= $2
                       and (locked_until is null or locked_until <= $2)
                     for update skip locked)
      returning name`,
    [job.name, now, plus(now, job.leaseSeconds ?? 300), owner],
  );
  return rows.length === 1;
}

/** Records the run's outcome, gives the lease back and sets the next due time. */
export async function finishJob(
  database: Database,
  job: JobDefinition,
  owner: string,
  outcome: { ok: boolean; summary: string; finishedAt: Date },
): Promise<void> {
  const wait = outcome.ok ? job.everySeconds : (job.retrySeconds ?? job.everySeconds);
  await database.query(
    `update scheduled_job
        set locked_until = null, locked_by = null, last_finished_at = $3, next_run_at = $4,
            last_status = $5, last_summary = $6, runs = runs + 1,
            failures = failures + (case when $7 then 0 else 1 end),
            failures_in_row = case when $7 then 0 else failures_in_row + 1 end,
            last_succeeded_at = case when $7 then $3 else last_succeeded_at end
      where name = $1 and locked_by = $2`,
    [
      job.name,
      owner,
      outcome.finishedAt,
      plus(outcome.finishedAt, wait),
      outcome.ok ? "ok" : "failed",
      outcome.summary.slice(0, 500),
      outcome.ok,
    ],
  );
}

export async function readJobs(database: Database): Promise<JobRow[]> {
  return database.query<JobRow>("select * from scheduled_job order by name");
}

export async function readJob(database: Database, name: string): Promise<JobRow | undefined> {
  const [row] = await database.query<JobRow>("select * from scheduled_job where name = $1", [name]);
  return row;
}
