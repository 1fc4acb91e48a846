// The automatic backup of the embedded database: file names in Japan time, pruning beyond
// BACKUP_KEEP (other files untouched), a real backup file written 0600, a failure recorded and
// told to owners once, and the home warning's states at their edges.

import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config.ts";
import { startTestApp, type TestApp } from "../../test/harness.ts";
import { AUTO_BACKUP_JOB, autoBackupJob, backupFileName, pruneBackups } from "./auto-backup.job.ts";
import { createJobRunner } from "./jobs.runner.ts";
import { BACKUP_STALE_MS, backupStatus } from "./jobs.service.ts";
import { type JobRow, readJob } from "./jobs.store.ts";

describe("backup file names and pruning", () => {
  it("names the file by the moment in Japan", () => {
    expect(backupFileName(new Date("2026-12-05T15:00:00.000Z"))).toBe(
      "mamori-auto-20261206-000000.jsonl.gz",
    );
    expect(backupFileName(new Date("2026-12-05T14:59:59.999Z"))).toBe(
      "mamori-auto-20261205-235959.jsonl.gz",
    );
    expect(backupFileName(new Date("2028-02-28T15:30:00.000Z"))).toBe(
      "mamori-auto-20280229-003000.jsonl.gz",
    );
    expect(backupFileName(new Date("2026-12-31T15:00:00.000Z"))).toBe(
      "mamori-auto-20270101-000000.jsonl.gz",
    );
  });

  it("keeps the newest automatic backups and never touches other files", () => {
    const dir = mkdtempSync(join(tmpdir(), "mamori-prune-"));
    const ours = Array.from(
      { length: 9 },
      (_, i) => `mamori-auto-202612${String(i + 10)}-030000.jsonl.gz`,
    );
    const others = ["manual.jsonl.gz", "mamori-auto-latest.jsonl.gz", "notes.txt"];
    for (const f of [...ours, ...others]) writeFileSync(join(dir, f), "x");
    expect(pruneBackups(dir, 7).sort()).toEqual(ours.slice(0, 2).sort());
    expect(readdirSync(dir).sort()).toEqual([...ours.slice(2), ...others].sort());
  });
});

describe("backup status on home", () => {
  const now = new Date("2026-12-06T12:00:00.000Z");
  const row = (over: Partial<JobRow>): JobRow => ({
    name: AUTO_BACKUP_JOB,
    every_seconds: 86400,
    next_run_at: now,
    locked_until: null,
    locked_by: null,
    last_started_at: null,
    last_finished_at: null,
    last_succeeded_at: null,
    last_status: null,
    last_summary: null,
    runs: 1,
    failures: 0,
    failures_in_row: 0,
    ...over,
  });
  const ago = (ms: number) => new Date(now.getTime() - ms);

  it("is none in server mode, before any run, and ok within two days", () => {
    expect(backupStatus(false, row({ last_status: "failed" }), now).state).toBe("none");
    expect(backupStatus(true, undefined, now).state).toBe("none");
    expect(backupStatus(true, row({ runs: 0 }), now).state).toBe("none");
    expect(BACKUP_STALE_MS).toBe(2 * 24 * 60 * 60 * 1000);
    const exactly = row({ last_status: "ok", last_succeeded_at: ago(172_800_000) });
    expect(backupStatus(true, exactly, now).state).toBe("ok");
  });

  it("warns when the last run failed or the last success is older than two days", () => {
    const older = row({ last_status: "ok", last_succeeded_at: ago(172_800_001) });
    expect(backupStatus(true, older, now).state).toBe("stale");
    const failed = row({ last_status: "failed", last_succeeded_at: ago(1000) });
    expect(backupStatus(true, failed, now)).toMatchObject({ state: "failed", lastSummary: null });
  });
});

describe("the automatic backup job (pglite)", () => {
  let t: TestApp;
  let orgId: string;
  beforeAll(async () => {
    t = await startTestApp("pglite");
    const owner = await t.signUp("所有 太郎");
    orgId = await t.createOrg(owner);
  }, 60_000);
  afterAll(() => t?.close());
  const quiet = { info: () => {}, warn: () => {} };

  it("writes a backup readable only by its owner and reports name and size", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mamori-auto-"));
    const config = loadConfig({ BACKUP_DIR: dir, LOG_LEVEL: "silent" });
    const at = new Date("2026-12-05T18:30:00.000Z"); // 2026-12-06 03:30 in Japan
    const job = { ...autoBackupJob(24), firstDelaySeconds: 0 };
    const runner = createJobRunner({
      database: t.database,
      config,
      jobs: [job],
      log: quiet,
      clock: () => at,
    });
    const [outcome] = await runner.runDue();
    const name = "mamori-auto-20261206-033000.jsonl.gz";
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome?.summary).toMatch(new RegExp(`^${name.replace(/\./g, "\\.")} \\(\\d+ KB\\)$`));
    const file = join(dir, name);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const header = JSON.parse(gunzipSync(readFileSync(file)).toString("utf8").split("\n")[0] ?? "");
    expect(header).toMatchObject({ format: "mamori-backup", databaseKind: "pglite" });
    expect(readdirSync(dir)).toEqual([name]);
  });

  it("records a failure and tells owners once, not on every retry", async () => {
    const blocker = join(mkdtempSync(join(tmpdir(), "mamori-auto-")), "a-file");
    writeFileSync(blocker, "not a folder");
    const config = loadConfig({ BACKUP_DIR: join(blocker, "backups"), LOG_LEVEL: "silent" });
    let clock = new Date("2026-12-08T18:30:00.000Z");
    await t.database.query("update scheduled_job set next_run_at = $1 where name = $2", [
      clock,
      AUTO_BACKUP_JOB,
    ]);
    const job = autoBackupJob(24);
    const runner = createJobRunner({
      database: t.database,
      config,
      jobs: [job],
      log: quiet,
      clock: () => clock,
    });
    expect(await runner.runDue()).toEqual([
      { name: AUTO_BACKUP_JOB, ok: false, summary: "Error ENOTDIR" },
    ]);
    clock = new Date(clock.getTime() + 3600_000); // the retry an hour later fails again
    expect(await runner.runDue()).toHaveLength(1);
    const row = await readJob(t.database, AUTO_BACKUP_JOB);
    expect(row).toMatchObject({ last_status: "failed", failures_in_row: 2 });
    const told = await t.database.query<{ payload: { lastSuccessAt: string | null } }>(
      "select payload from notification where org_id = $1 and kind = 'backup.failed'",
      [orgId],
    );
    expect(told).toHaveLength(1);
    expect(told[0]?.payload.lastSuccessAt).toBe("2026-12-05T18:30:00.000Z");
    expect(backupStatus(true, row, clock).state).toBe("failed");
  });
});
