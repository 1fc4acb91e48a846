// The durable job runner on both databases: due times, leases, failures, restarts, and two
// runners (two processes) on one database running each due job once.
import { afterEach, describe, expect, inject, it } from "vitest";
import { type Database, openDatabase } from "../../db/client.ts";
import { loadConfig } from "../../server/config.ts";
import { withDatabase } from "../../test/global-setup.ts";
import { dbKinds, openTestDatabase } from "../../test/harness.ts";
import type { JobDefinition } from "../shared/job-definition.ts";
import { createJobRunner, failureSummary } from "./jobs.runner.ts";
import { readJob } from "./jobs.store.ts";

const config = loadConfig({ LOG_LEVEL: "silent" });
const quiet = { info: () => {}, warn: () => {} };
const T0 = new Date("2026-12-06T00:00:00.000Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

function counting(name: string, everySeconds: number, extra: Partial<JobDefinition> = {}) {
  const calls: Date[] = [];
  const job: JobDefinition = {
    name,
    everySeconds,
    run: async ({ now }) => {
      calls.push(now);
      return `${calls.length}件`;
    },
    ...extra,
  };
  return { job, calls };
}

describe.each(dbKinds)("job runner (%s)", (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  async function open(): Promise<Database> {
    const { database, cleanup } = await openTestDatabase(kind);
    cleanups.push(cleanup);
    return database;
  }
  function runner(database: Database, jobs: JobDefinition[], clock: { now: Date }) {
    return createJobRunner({ database, config, jobs, log: quiet, clock: () => clock.now });
  }

  it("runs a job when due, records the outcome and schedules the next run", async () => {
    const database = await open();
    const clock = { now: T0 };
    const { job, calls } = counting("test.count", 60, { firstDelaySeconds: 30 });
    const r = runner(database, [job], clock);
    expect(await r.runDue()).toEqual([]); // first due at T0 + 30 s
    clock.now = at(29.999);
    expect(await r.runDue()).toEqual([]);
    clock.now = at(30);
    expect(await r.runDue()).toEqual([{ name: "test.count", ok: true, summary: "1件" }]);
    const row = await readJob(database, "test.count");
    expect(new Date(row?.next_run_at as string).toISOString()).toBe(at(90).toISOString());
    expect(row).toMatchObject({ last_status: "ok", last_summary: "1件", runs: 1, failures: 0 });
    expect(row?.locked_until).toBeNull();
    clock.now = at(89);
    expect(await r.runDue()).toEqual([]);
    clock.now = at(90);
    await r.runDue();
    expect(calls.map((d) => d.toISOString())).toEqual([at(30), at(90)].map((d) => d.toISOString()));
  });

  it("records a failure by class and code only, and retries after retrySeconds", async () => {
    const database = await open();
    const clock = { now: T0 };
    let fail = true;
    const job: JobDefinition = {
      name: "test.flaky",
      everySeconds: 3600,
      retrySeconds: 60,
      run: async () => {
        if (fail) {
          const err = new Error("山田 太郎 <taro@example.jp> could not be reached");
          (err as Error & { code: string }).code = "EHOSTDOWN";
          throw err;
        }
        return "ok";
      },
    };
    const r = runner(database, [job], clock);
    expect(await r.runDue()).toEqual([
      { name: "test.flaky", ok: false, summary: "Error EHOSTDOWN" },
    ]);
    let row = await readJob(database, "test.flaky");
    expect(row).toMatchObject({ last_status: "failed", failures: 1, failures_in_row: 1 });
    expect(row?.last_summary).not.toMatch(/山田|example/);
    expect(new Date(row?.next_run_at as string).toISOString()).toBe(at(60).toISOString());
    clock.now = at(60);
    await r.runDue();
    row = await readJob(database, "test.flaky");
    expect(row).toMatchObject({ failures: 2, failures_in_row: 2, runs: 2 });
    fail = false;
    clock.now = at(120);
    await r.runDue();
    row = await readJob(database, "test.flaky");
    expect(row).toMatchObject({ last_status: "ok", failures: 2, failures_in_row: 0, runs: 3 });
    expect(new Date(row?.last_succeeded_at as string).toISOString()).toBe(at(120).toISOString());
    expect(new Date(row?.next_run_at as string).toISOString()).toBe(at(3720).toISOString());
  });

  it("keeps its schedule across a restart and takes over a crashed run after its lease", async () => {
    const database = await open();
    const clock = { now: T0 };
    const first = counting("test.daily", 86400, { leaseSeconds: 600 });
    await runner(database, [first.job], clock).runDue();
    expect(first.calls).toHaveLength(1);
    // A new process (restart) an hour later: the job is not due again.
    clock.now = at(3600);
    const second = counting("test.daily", 86400, { leaseSeconds: 600 });
    expect(await runner(database, [second.job], clock).runDue()).toEqual([]);
    // A process took the job at the due time and died without finishing.
    await database.query(
      "update scheduled_job set next_run_at = $1, locked_until = $2, locked_by = 'dead:1:x' where name = 'test.daily'",
      [at(86400), at(86400 + 600)],
    );
    clock.now = at(86400 + 599);
    expect(await runner(database, [second.job], clock).runDue()).toEqual([]);
    clock.now = at(86400 + 600);
    expect(await runner(database, [second.job], clock).runDue()).toHaveLength(1);
    expect(second.calls).toHaveLength(1);
  });

  it("runs each due job once when two runners share the database", async () => {
    const database = await open();
    let other = database;
    if (kind === "postgres") {
      // A second pool on the same database: another app process.
      const [row] = await database.query<{ name: string }>("select current_database() as name");
      const name = row?.name ?? "";
      other = await openDatabase({
        databaseUrl: withDatabase(inject("postgresUrl"), name),
        dataDir: "",
      });
      cleanups.push(() => other.close());
    }
    const clock = { now: T0 };
    const runs: string[] = [];
    const slow = (name: string): JobDefinition => ({
      name,
      everySeconds: 60,
      run: async () => {
        runs.push(name);
        await new Promise((r) => setTimeout(r, 50));
        return "done";
      },
    });
    const jobs = ["test.a", "test.b", "test.c"].map(slow);
    const a = runner(database, jobs, clock);
    const b = runner(other, jobs, clock);
    await a.runDue(); // both schedule the same rows; only the first claim of each due time wins
    runs.length = 0;
    for (let minute = 1; minute <= 5; minute++) {
      clock.now = at(minute * 60 + 1);
      await Promise.all([a.runDue(), b.runDue(), a.runDue(), b.runDue()]);
    }
    expect(runs.sort()).toEqual(
      ["test.a", "test.b", "test.c"].flatMap((n) => Array(5).fill(n)).sort(),
    );
  });

  it("leaves embedded-only jobs out on PostgreSQL", async () => {
    const database = await open();
    const { job, calls } = counting("test.embedded", 60, { embeddedOnly: true });
    await runner(database, [job], { now: T0 }).runDue();
    expect(calls).toHaveLength(kind === "pglite" ? 1 : 0);
  });

  it("stop() waits for a running job", async () => {
    const database = await open();
    let finished = false;
    const job: JobDefinition = {
      name: "test.slow",
      everySeconds: 60,
      run: async () => {
        await new Promise((r) => setTimeout(r, 200));
        finished = true;
        return "done";
      },
    };
    const r = createJobRunner({ database, config, jobs: [job], log: quiet, tickMs: 10 });
    r.start();
    await new Promise((resolve) => setTimeout(resolve, 60));
    await r.stop();
    expect(finished).toBe(true);
    expect(await readJob(database, "test.slow")).toMatchObject({ runs: 1, last_status: "ok" });
  });
});

describe("failureSummary", () => {
  it("names the class and code, never the message", () => {
    const e = Object.assign(new TypeError("secret smtp://u:pw@host"), { code: 42 });
    expect(failureSummary(e)).toBe("TypeError 42");
    expect(failureSummary("plain string")).toBe("Error");
  });
});
