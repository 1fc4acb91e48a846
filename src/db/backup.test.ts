import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyChain } from "../modules/audit/audit.service.ts";
import { buildApp } from "../server/app.ts";
import { loadConfig } from "../server/config.ts";
import { dbKinds, openTestDatabase, startTestApp, type TestApp } from "../test/harness.ts";
import { backupDatabase } from "./backup.ts";
import { BackupFileError, type BackupHeader, readBackup } from "./backup-format.ts";
import { shippedMigrations } from "./migrations.ts";
import { RestoreRefusedError, restoreDatabase } from "./restore.ts";
import { appRowCount, dumpAll, emptyTarget, type Seeded, seedThroughApp } from "./test-fixtures.ts";

describe.each(dbKinds)("backup and restore (%s)", (kind) => {
  let t: TestApp;
  let seeded: Seeded;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    seeded = await seedThroughApp(t);
    dir = mkdtempSync(join(tmpdir(), "mamori-backup-"));
    file = join(dir, "backup.jsonl.gz");
    await backupDatabase(t.database, file);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes a header, every table with its columns, and no temporary file", async () => {
    expect(existsSync(`${file}.tmp`)).toBe(false);
    const lines = gunzipSync(readFileSync(file)).toString("utf8").trimEnd().split("\n");
    const header = JSON.parse(lines[0] ?? "") as BackupHeader;
    expect(header).toMatchObject({ format: "mamori-backup", version: 1, databaseKind: kind });
    expect(header.migrations).toEqual(shippedMigrations());
    const dump = await dumpAll(t.database);
    expect(header.tables.map((x) => x.table).sort()).toEqual(Object.keys(dump).sort());
    for (const { table, rows } of header.tables) expect(rows, table).toBe(dump[table]?.length);
    // referenced tables come first
    const names = header.tables.map((x) => x.table);
    expect(names.indexOf("public.organization")).toBeLessThan(names.indexOf("public.person"));
    expect(names.indexOf("public.department")).toBeLessThan(names.indexOf("public.appointment"));
    const sections = lines.filter((l) => l.startsWith('{"table":'));
    expect(sections).toHaveLength(header.tables.length);
    expect(JSON.parse(lines.at(-1) ?? "")).toMatchObject({ end: true });
  });

  it("restores into a fresh empty target, identical row by row, with an intact audit chain", async () => {
    const target = await emptyTarget(kind);
    try {
      const counts = await restoreDatabase(target.database, file);
      expect(counts.find((c) => c.table === "public.person")?.rows).toBe(2);
      expect(await dumpAll(target.database)).toEqual(await dumpAll(t.database));
      const chain = await verifyChain(target.database.db, seeded.orgId);
      expect(chain).toMatchObject({ ok: true });
      expect(chain.events).toBeGreaterThan(5);
      // the restored copy serves the same data to the same session
      const app = await buildApp(target.database, loadConfig({ LOG_LEVEL: "silent" }), {
        logger: false,
      });
      const res = await app.inject({
        url: `/api/v1/orgs/${seeded.orgId}/people`,
        headers: { cookie: seeded.owner.cookie },
      });
      await app.close();
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().total).toBe(2);
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
    expect(existsSync(`${path}.tmp`)).toBe(false);
  });

  it("restores into the other kind of database (PGlite ⇄ PostgreSQL)", async () => {
    const target =
      kind === "pglite" ? await emptyTarget("postgres") : await openTestDatabase("pglite");
    try {
      await restoreDatabase(target.database, file);
      expect(await dumpAll(target.database)).toEqual(await dumpAll(t.database));
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
