// The `mamori` command as users run it: real processes, exit codes and messages.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client.ts";
import { LOCK_FILE_NAME } from "../db/lock.ts";
import {
  emptyTarget,
  readBackupContent,
  type Seeded,
  seedThroughApp,
  writeBackupContent,
} from "../db/test-fixtures.ts";
import { auditEnv } from "../modules/audit/audit-test-support.ts";
import { startTestApp } from "../test/harness.ts";
import { safeErrorText } from "./errors.ts";
import { runCliProcess } from "./test-process.ts";

describe("mamori CLI", () => {
  let root: string;
  let source: string;
  let s: Seeded;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "mamori-cli-"));
    source = join(root, "source");
    const t = await startTestApp("pglite");
    s = await seedThroughApp(t);
    await t.app.close();
    await t.database.close();
    cpSync(t.database.location, source, { recursive: true });
    rmSync(t.database.location, { recursive: true, force: true });
  });
  afterAll(() => {
    for (const c of children) c.kill("SIGKILL");
    rmSync(root, { recursive: true, force: true });
  });

  it("prints help and answers wrong usage with exit code 2", async () => {
    const help = await runCliProcess(["--help"], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/使い方 \/ Usage/);
    expect((await runCliProcess(["restore", "--help"], {})).stdout).toMatch(/empty/);
    for (const args of [
      ["bogus"],
      ["backup"],
      ["backup", "a", "b"],
      ["audit"],
      ["audit", "verify", "--org"],
      ["migrate", "--x=1"],
    ]) {
      const r = await runCliProcess(args, { DATA_DIR: join(root, "unused") });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(/mamori --help/);
    }
    expect(existsSync(join(root, "unused"))).toBe(false);
  });

  it("refuses to back up a folder another process holds", async () => {
    const holder = spawn(process.execPath, ["-e", "setInterval(()=>{},1000)"], { stdio: "ignore" });
    children.push(holder);
    writeFileSync(join(source, LOCK_FILE_NAME), String(holder.pid));
    try {
      const r = await runCliProcess(["backup", join(root, "never.gz")], { DATA_DIR: source });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(source);
      expect(r.stderr).toContain(`PID ${holder.pid}`);
      expect(existsSync(join(root, "never.gz"))).toBe(false);
    } finally {
      rmSync(join(source, LOCK_FILE_NAME));
      holder.kill("SIGKILL");
    }
  });

  it("refuses to back up a folder without a database", async () => {
    const r = await runCliProcess(["backup", join(root, "x.gz")], {
      DATA_DIR: join(root, "nothing"),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/データベースがありません.*no database/);
  });

  it("backs up, restores into an empty folder, verifies, and refuses a second restore", async () => {
    const file = join(root, "b.jsonl.gz");
    const backup = await runCliProcess(["backup", file], { DATA_DIR: source });
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/Backup written: .*b\.jsonl\.gz/);
    expect(backup.stdout).toMatch(/public\.person\s+2\n/);
    expect(existsSync(join(source, LOCK_FILE_NAME))).toBe(false);

    const restored = join(root, "restored");
    const restore = await runCliProcess(["restore", file], { DATA_DIR: restored });
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/public\.person\s+2\n/);
    expect(restore.stdout).toMatch(/public\.appointment\s+1\n/);

    // The backup does not hold the audit key: without it the restored trail is not verified
    // (nor re-keyed); with the key kept apart from the backup it is.
    const noKey = await runCliProcess(["audit", "verify"], { DATA_DIR: restored });
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toMatch(/no key was found/);
    const verify = await runCliProcess(["audit", "verify"], { DATA_DIR: restored, ...auditEnv });
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(new RegExp(`^OK ${s.orgId} \\d+ events$`, "m"));
    expect(verify.stdout).toMatch(new RegExp(`^OK ${s.otherOrgId} \\d+ events$`, "m"));

    const again = await runCliProcess(["restore", file], { DATA_DIR: restored });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/空ではありません.*not empty/);

    const missing = await runCliProcess(["restore", join(root, "nope.gz")], { DATA_DIR: restored });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);

    // tamper with one event, then the check fails with exit code 1
    const db = await openDatabase({ dataDir: restored });
    await db.query(`update audit_event set changes = '{}' where org_id = $1 and seq = 2`, [
      s.orgId,
    ]);
    await db.close();
    const broken = await runCliProcess(["audit", "verify", "--org", s.orgId], {
      DATA_DIR: restored,
      ...auditEnv,
    });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(
      new RegExp(
        `^BROKEN ${s.orgId} at event #2: .* / the content of the event .* was changed$`,
        "m",
      ),
    );
    expect(broken.stdout).not.toContain(s.otherOrgId);
  }, 180_000);

  it("backs up PostgreSQL online and restores into an empty database (DATABASE_URL)", async () => {
    const file = join(root, "lite.gz");
    expect((await runCliProcess(["backup", file], { DATA_DIR: source })).code).toBe(0);
    const first = await emptyTarget("postgres");
    const second = await emptyTarget("postgres");
    const url = (d: { database: { location: string } }) => d.database.location.replace("***", "");
    try {
      const r1 = await runCliProcess(["restore", file], { DATABASE_URL: url(first) });
      expect(r1.code, r1.stderr).toBe(0);
      expect(r1.stdout).toMatch(/PostgreSQL/);
      const pgFile = join(root, "pg.gz");
      const b = await runCliProcess(["backup", pgFile], { DATABASE_URL: url(first) });
      expect(b.code, b.stderr).toBe(0);
      const r2 = await runCliProcess(["restore", pgFile], { DATABASE_URL: url(second) });
      expect(r2.code, r2.stderr).toBe(0);
      const v = await runCliProcess(["audit", "verify"], {
        DATABASE_URL: url(second),
        ...auditEnv,
      });
      expect(v.code, v.stdout + v.stderr).toBe(0);
    } finally {
      await first.cleanup();
      await second.cleanup();
    }
  }, 120_000);

  it("reports a refused row by table and row number, never with its contents", async () => {
    const file = join(root, "personal.gz");
    const b = await runCliProcess(["backup", file], { DATA_DIR: source });
    expect(b.code, b.stderr).toBe(0);
    const content = readBackupContent(file);
    const section = (table: string) => {
      const found = content.sections.find((x) => x.section.table === table);
      if (!found) throw new Error(`no ${table} in the backup`);
      return found;
    };
    const personal = [s.owner.email, s.owner.name, "山田", "hanako@example.jp", "ヤマダ", "鈴木"];

    // 1. a second user with the owner's e-mail and name: a unique violation on insert
    const users = section("public.user");
    const owner = users.rows.find((r) => r.includes(s.owner.email)) ?? "";
    users.rows.push(owner.replace(s.owner.id, "duplicate-user-id"));
    const duplicate = join(root, "duplicate.gz");
    writeBackupContent(duplicate, content);
    users.rows.pop();

    // 2. a person whose date no column can hold: refused while staging, found by row number
    const people = section("public.person");
    const at = people.rows.findIndex((r) => r.includes("hanako@example.jp"));
    const original = people.rows[at] ?? "";
    people.rows[at] = original.replace('"joined_on":"2020-04-01"', '"joined_on":"2020-13-45"');
    expect(people.rows[at]).not.toBe(original);
    const badDate = join(root, "bad-date.gz");
    writeBackupContent(badDate, content);

    for (const [crafted, expected] of [
      [
        duplicate,
        /public\.user[^\n]*SQLSTATE 23505 unique_violation[^\n]*constraint user_email_unique/,
      ],
      [badDate, new RegExp(`public\\.person, row ${at + 1}: [^\\n]*SQLSTATE 22008`)],
    ] as const) {
      for (const env of [{}, { DEBUG: "1" }] as Record<string, string>[]) {
        const target = join(root, `target-${Math.random().toString(36).slice(2)}`);
        const r = await runCliProcess(["restore", crafted], { DATA_DIR: target, ...env });
        const output = r.stdout + r.stderr;
        expect(r.code, output).toBe(1);
        for (const value of personal) expect(output, crafted).not.toContain(value);
        expect(output).not.toMatch(/params|Failed query|Key \(/);
        expect(output).toMatch(expected);
      }
    }
  }, 120_000);

  it("describes database errors without their parameters, rows or details", () => {
    const dbError = Object.assign(new Error('duplicate key value violates unique constraint "x"'), {
      code: "23505",
      table: "user",
      constraint: "user_email_unique",
      detail: "Key (email)=(taro@example.jp) already exists.",
    });
    const queryError = Object.assign(
      new Error(
        'Failed query: insert into "user" values ($1, $2)\nparams: 山田 太郎,taro@example.jp',
      ),
      { query: "insert …", params: ["山田 太郎", "taro@example.jp"], cause: dbError },
    );
    const text = safeErrorText(queryError);
    expect(text).toMatch(
      /SQLSTATE 23505 unique_violation, table user, constraint user_email_unique/,
    );
    expect(text).not.toMatch(/taro|山田|Failed query|params/);
    const syntax = Object.assign(
      new Error('invalid input syntax for type uuid: "taro@example.jp"'),
      {
        code: "22P02",
      },
    );
    expect(safeErrorText(syntax)).not.toContain("taro");
    // without a database error inside, only the cause's class and message are shown
    const wrapped = Object.assign(new Error("Failed query: select $1\nparams: taro@example.jp"), {
      query: "select $1",
      params: ["taro@example.jp"],
      cause: new Error("Connection terminated"),
    });
    expect(safeErrorText(wrapped)).toMatch(/query failed \(Error: Connection terminated\)/);
    expect(safeErrorText(wrapped)).not.toContain("taro");
    // operational database errors keep their message (no values in it)
    const missing = Object.assign(new Error('database "nope" does not exist'), { code: "3D000" });
    expect(safeErrorText(missing)).toMatch(/3D000.*database "nope" does not exist/);
  });

  it("migrates a new data folder", async () => {
    const folder = join(root, "fresh");
    const r = await runCliProcess(["migrate"], { DATA_DIR: folder });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Migrations applied/);
    expect(existsSync(join(folder, LOCK_FILE_NAME))).toBe(false);
  });
});
