import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyChain } from "../modules/audit/audit.service.ts";
import { TEST_AUDIT_KEY } from "../modules/audit/audit-test-support.ts";
import { buildApp } from "../server/app.ts";
import { loadConfig } from "../server/config.ts";
import {
  dbKinds,
  openTestDatabase,
  sameOrigin,
  startTestApp,
  TEST_BASE_URL,
  type TestApp,
} from "../test/harness.ts";
import { backupDatabase } from "./backup.ts";
import {
  BackupFileError,
  type BackupHeader,
  EXCLUDED_TABLES,
  readBackup,
} from "./backup-format.ts";
import type { Database } from "./client.ts";
import { shippedMigrations } from "./migrations.ts";
import { RestoreRefusedError, restoreDatabase } from "./restore.ts";
import {
  appRowCount,
  dumpAll,
  emptyTarget,
  readBackupContent,
  type Seeded,
  seedThroughApp,
  withoutSecrets,
  writeBackupContent,
} from "./test-fixtures.ts";

const PASSWORD = "correct-horse-battery"; // the harness's sign-up password

/** The secrets a backup must not hold: session tokens, verification values, the auth secret. */
async function secretsOf(database: Database) {
  const tokens = await database.query<{ token: string }>("select token from session");
  const values = await database.query<{ value: string }>("select value from verification");
  const [secret] = await database.query<{ value: string }>(
    "select value from instance_setting where key = 'auth_secret'",
  );
  return { tokens: tokens.map((r) => r.token), values: values.map((r) => r.value), secret };
}

/** Builds the app on `database`: the old cookie is refused, the password signs in again. */
async function expectSignedOutButCanSignIn(database: Database, owner: Seeded["owner"]) {
  const config = loadConfig({
    BASE_URL: TEST_BASE_URL,
    LOG_LEVEL: "silent",
    AUDIT_KEY: TEST_AUDIT_KEY, // the key the restored trail was written with
  });
  const app = await buildApp(database, config, { logger: false });
  try {
    const old = await app.inject({ url: "/api/v1/orgs", headers: { cookie: owner.cookie } });
    expect(old.statusCode, old.body).toBe(401);
    const signIn = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: sameOrigin,
      payload: { email: owner.email, password: PASSWORD },
    });
    expect(signIn.statusCode, signIn.body).toBe(200);
    const cookie = signIn.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    return await app.inject({ url: "/api/v1/orgs", headers: { cookie } }).then((r) => {
      expect(r.statusCode, r.body).toBe(200);
      return { app, cookie };
    });
  } catch (e) {
    await app.close();
    throw e;
  }
}

describe.each(dbKinds)("backup and restore (%s)", (kind) => {
  let t: TestApp;
  let seeded: Seeded;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    seeded = await seedThroughApp(t);
    // a verification value (as a password reset would leave), which the backup must leave out
    await t.database.query(
      "insert into verification (id, identifier, value, expires_at) values ('v1', 'reset-password:x', 'verification-secret-value', now() + interval '1 hour')",
    );
    dir = mkdtempSync(join(tmpdir(), "mamori-backup-"));
    file = join(dir, "backup.jsonl.gz");
    await backupDatabase(t.database, file);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes a header, every table but the excluded ones, and no temporary file", async () => {
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const lines = gunzipSync(readFileSync(file)).toString("utf8").trimEnd().split("\n");
    const header = JSON.parse(lines[0] ?? "") as BackupHeader;
    expect(header).toMatchObject({ format: "mamori-backup", version: 1, databaseKind: kind });
    expect(header.migrations).toEqual(shippedMigrations());
    const dump = withoutSecrets(await dumpAll(t.database));
    const kept = Object.keys(dump).filter((name) => !EXCLUDED_TABLES.has(name));
    expect(header.tables.map((x) => x.table).sort()).toEqual(kept.sort());
    for (const { table, rows } of header.tables) expect(rows, table).toBe(dump[table]?.length);
    // referenced tables come first
    const names = header.tables.map((x) => x.table);
    expect(names.indexOf("public.organization")).toBeLessThan(names.indexOf("public.person"));
    expect(names.indexOf("public.department")).toBeLessThan(names.indexOf("public.appointment"));
    const sections = lines.filter((l) => l.startsWith('{"table":'));
    expect(sections).toHaveLength(header.tables.length);
    expect(JSON.parse(lines.at(-1) ?? "")).toMatchObject({ end: true });
  });

  it("holds no session token, verification value or auth secret, but the password hashes", async () => {
    const secrets = await secretsOf(t.database);
    expect(secrets.tokens.length).toBeGreaterThan(0);
    expect(secrets.values).toEqual(["verification-secret-value"]);
    expect(secrets.secret?.value.length).toBeGreaterThan(20);
    const text = gunzipSync(readFileSync(file)).toString("utf8");
    for (const token of secrets.tokens) expect(text).not.toContain(token);
    expect(text).not.toContain("verification-secret-value");
    expect(text).not.toContain(secrets.secret?.value);
    expect(text).not.toContain("auth_secret");
    expect(text).not.toMatch(/"table":"public\.(session|verification|mail_secret)"/);
    // The queued invitation mail is kept, its link (with the invitation's secret) is not.
    const links = await t.database.query<{ secret: string }>("select secret from mail_secret");
    expect(links.length).toBeGreaterThan(0);
    for (const { secret } of links) expect(text).not.toContain(secret);
    expect(text).toContain('"template":"members.invitation"');
    // users must be able to sign in after a restore: their password hashes stay
    const [hash] = await t.database.query<{ password: string }>(
      "select password from account where user_id = $1",
      [seeded.owner.id],
    );
    expect(hash?.password).toBeTruthy();
    expect(text).toContain(hash?.password);
  });

  it("writes the file readable by its owner only (0600), also over an existing 0644 file", async () => {
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const existing = join(dir, "existing.gz");
    writeFileSync(existing, "old content", { mode: 0o644 });
    chmodSync(existing, 0o644);
    const umask = process.umask(0); // the most permissive umask must not matter
    try {
      await backupDatabase(t.database, existing);
      await backupDatabase(t.database, join(dir, "new.gz"));
    } finally {
      process.umask(umask);
    }
    expect(statSync(existing).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "new.gz")).mode & 0o777).toBe(0o600);
    expect(gunzipSync(readFileSync(existing)).toString("utf8")).toMatch(
      /^\{"format":"mamori-backup"/,
    );
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("restores into a fresh empty target, identical row by row but signed out, with an intact audit chain", async () => {
    const target = await emptyTarget(kind);
    try {
      const counts = await restoreDatabase(target.database, file);
      expect(counts.find((c) => c.table === "public.person")?.rows).toBe(2);
      expect(await dumpAll(target.database)).toEqual(withoutSecrets(await dumpAll(t.database)));
      const chain = await verifyChain(target.database.db, seeded.orgId);
      expect(chain).toMatchObject({ ok: true });
      expect(chain.events).toBeGreaterThan(5);
      // the restored copy signs the old session out; the password signs in to the same data
      const { app, cookie } = await expectSignedOutButCanSignIn(target.database, seeded.owner);
      const res = await app.inject({
        url: `/api/v1/orgs/${seeded.orgId}/people`,
        headers: { cookie },
      });
      await app.close();
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().total).toBe(2);
      // a new auth secret was made for the restored instance
      const before = (await secretsOf(t.database)).secret?.value;
      const after = (await secretsOf(target.database)).secret?.value;
      expect(after).toBeTruthy();
      expect(after).not.toBe(before);
    } finally {
      await target.cleanup();
    }
  });

  it("skips the sessions, verification values and auth secret of an older backup", async () => {
    // An older mamori wrote every table: put them back into a copy of the file.
    const content = readBackupContent(file);
    const source = await dumpAll(t.database);
    const columns = async (table: string) =>
      (
        await t.database.query<{ name: string; type: string }>(
          "select column_name as name, data_type as type from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position",
          [table],
        )
      ).map((c) => ({ name: c.name, type: c.type }));
    for (const table of ["session", "verification"]) {
      content.sections.push({
        section: { table: `public.${table}`, columns: await columns(table), rows: 0 },
        rows: source[`public.${table}`] ?? [],
      });
    }
    const settings = content.sections.find((x) => x.section.table === "public.instance_setting");
    settings?.rows.push(
      ...(source["public.instance_setting"] ?? []).filter((j) => j.includes('"auth_secret"')),
    );
    const old = join(dir, "old-style.gz");
    writeBackupContent(old, content);
    const secrets = await secretsOf(t.database);
    const text = gunzipSync(readFileSync(old)).toString("utf8");
    for (const token of secrets.tokens) expect(text).toContain(token); // really an old file
    expect(text).toContain(secrets.secret?.value);

    const target = await emptyTarget(kind);
    try {
      const counts = await restoreDatabase(target.database, old);
      expect(counts.map((c) => c.table)).not.toContain("public.session");
      expect(await dumpAll(target.database)).toEqual(withoutSecrets(source));
      const restored = await secretsOf(target.database);
      expect(restored).toEqual({ tokens: [], values: [], secret: undefined });
      const { app } = await expectSignedOutButCanSignIn(target.database, seeded.owner);
      await app.close();
    } finally {
      await target.cleanup();
    }
  });

  it("refuses a target that has rows and changes nothing", async () => {
    const before = await dumpAll(t.database);
    const error = await restoreDatabase(t.database, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreRefusedError);
    expect((error as Error).message).toMatch(/空ではありません.*not empty/);
    expect(await dumpAll(t.database)).toEqual(before);
  });

  it("refuses truncated, corrupt or foreign files with a clear message, leaving the target empty", async () => {
    const target = await openTestDatabase(kind); // migrated, no rows
    try {
      const bytes = readFileSync(file);
      const text = gunzipSync(bytes).toString("utf8");
      const lines = text.trimEnd().split("\n");
      const bad: Record<string, Buffer> = {
        "truncated gzip": bytes.subarray(0, Math.floor(bytes.length / 2)),
        "flipped byte": Buffer.from(bytes.map((b, i) => (i === bytes.length - 12 ? b ^ 0xff : b))),
        "row missing": gzipSync(lines.filter((_, i) => i !== 5).join("\n")),
        "no end marker": gzipSync(lines.slice(0, -1).join("\n")),
        "broken row JSON": gzipSync(lines.map((l, i) => (i === 5 ? l.slice(0, -3) : l)).join("\n")),
        "not a backup": gzipSync('{"hello":"world"}\n'),
        "not gzip": Buffer.from("plain text\n"),
      };
      for (const [name, content] of Object.entries(bad)) {
        const path = join(dir, `${name.replace(/ /g, "-")}.gz`);
        writeFileSync(path, content);
        const error = await restoreDatabase(target.database, path).catch((e: unknown) => e);
        expect(error, name).toBeInstanceOf(BackupFileError);
        expect((error as Error).message, name).toContain(path);
        expect((error as Error).message, name).toMatch(/壊れている.*corrupt or truncated/);
        expect(await appRowCount(target.database), name).toBe(0);
      }
    } finally {
      await target.cleanup();
    }
  });

  it("leaves no file when the backup fails", async () => {
    const path = join(dir, "missing-folder", "b.gz");
    await expect(backupDatabase(t.database, path)).rejects.toThrow();
    expect(existsSync(path)).toBe(false);
    // a failure while reading (a closed database) leaves neither FILE nor a temporary file
    const closed = await openTestDatabase(kind);
    await closed.cleanup();
    const failed = join(dir, "failed.gz");
    await expect(backupDatabase(closed.database, failed)).rejects.toThrow();
    expect(existsSync(failed)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("restores into the other kind of database (PGlite ⇄ PostgreSQL)", async () => {
    const target =
      kind === "pglite" ? await emptyTarget("postgres") : await openTestDatabase("pglite");
    try {
      await restoreDatabase(target.database, file);
      expect(await dumpAll(target.database)).toEqual(withoutSecrets(await dumpAll(t.database)));
      expect(await verifyChain(target.database.db, seeded.orgId)).toMatchObject({ ok: true });
    } finally {
      await target.cleanup();
    }
  });

  it("reads back in batches of at most 1,000 rows", async () => {
    const sizes: number[] = [];
    for await (const e of readBackup(file, { batch: 2 }))
      if (e.kind === "rows") sizes.push(e.lines.length);
    expect(Math.max(...sizes)).toBe(2);
  });
});
