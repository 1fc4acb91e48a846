// Runs the registered jobs in this process: every tick it claims each due job (a lease in
// scheduled_job, so another process on the same database skips it), runs it, and records the
// outcome and the next due time. Jobs run concurrently with each other but each at most once
// at a time; stop() waits for the running ones, so a graceful stop never cuts a job short.

import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Database } from "../../db/client.ts";
import type { Config } from "../../server/config.ts";
import type { JobDefinition, JobLog } from "../shared/job-definition.ts";
import { claimJob, finishJob, scheduleJobs } from "./jobs.store.ts";

export type JobRunnerOptions = {
  database: Database;
  config: Config;
  jobs: readonly JobDefinition[];
  log: JobLog;
  /** Milliseconds between looks at the schedule (default 2,000). */
  tickMs?: number;
  /** The clock (tests move it). */
  clock?: () => Date;
};

export type JobOutcome = { name: string; ok: boolean; summary: string };

/** What a failed run leaves for the admin page: the error's class and code, never its message
 * (a database error's message can carry personal data). */
export function failureSummary(err: unknown): string {
  const e = err as { name?: unknown; code?: unknown };
  const name = typeof e?.name === "string" ? e.name : "Error";
  const code = typeof e?.code === "string" || typeof e?.code === "number" ? ` ${e.code}` : "";
  return `${name}${code}`;
}

export function createJobRunner(options: JobRunnerOptions) {
  const { database, config, log } = options;
  const clock = options.clock ?? (() => new Date());
  const jobs = options.jobs.filter((j) => !j.embeddedOnly || database.kind === "pglite");
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const running = new Map<string, Promise<JobOutcome>>();
  let timer: NodeJS.Timeout | undefined;
  let scheduled = false;
  let stopped = false;
  let ticking: Promise<void> | undefined;

  async function runOne(job: JobDefinition): Promise<JobOutcome> {
    const now = clock();
    let ok = true;
    let summary: string;
    try {
      summary = await job.run({ database, config, now, log });
    } catch (err) {
      ok = false;
      summary = failureSummary(err);
      log.warn(`job ${job.name} failed: ${summary}`);
    }
    await finishJob(database, job, owner, { ok, summary, finishedAt: clock() });
    return { name: job.name, ok, summary };
  }

  /** Claims every due job and starts it; the runs go on after this resolves. */
  async function claimDue(): Promise<Promise<JobOutcome>[]> {
    if (!scheduled) {
      await scheduleJobs(database, jobs, clock());
      scheduled = true;
    }
    const started: Promise<JobOutcome>[] = [];
    for (const job of jobs) {
      if (stopped || running.has(job.name)) continue;
      if (!(await claimJob(database, job, owner, clock()))) continue;
      const run = runOne(job).finally(() => running.delete(job.name));
      running.set(job.name, run);
      started.push(run);
    }
    return started;
  }

  /** Claims and runs every due job once; resolves when those runs have finished (tests). */
  async function runDue(): Promise<JobOutcome[]> {
    return Promise.all(await claimDue());
  }

  function tick() {
    if (stopped || ticking) return;
    // A tick waits for the claims only: a long job (a backup) never holds up the others.
    ticking = claimDue()
      .then(() => undefined)
      .catch((err) => {
        // The schedule itself could not be read or written (database gone): try next tick.
        log.warn(`job runner: ${failureSummary(err)}`);
      })
      .finally(() => {
        ticking = undefined;
      });
  }

  return {
    owner,
    /** Looks at the schedule now and then every tick, until stop(). */
    start() {
      stopped = false;
      tick();
      timer = setInterval(tick, options.tickMs ?? 2000);
      timer.unref();
    },
    runDue,
    /** Stops claiming and waits for the jobs still running. */
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await ticking;
      await Promise.allSettled(running.values());
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
