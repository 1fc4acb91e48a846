// Restore checks the schema version: the backup's migrations must be a prefix of this version's,
// and the target must not be ahead of the backup.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../test/harness.ts";
import { appliedMigrations, shippedMigrations } from "./migrations.ts";
import { RestoreRefusedError, restoreDatabase } from "./restore.ts";
import { emptyTarget } from "./test-fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "mamori-versions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function emptyBackup(name: string, migrations: string[]): string {
  const header = {
    format: "mamori-backup",
    version: 1,
    createdAt: new Date().toISOString(),
    databaseKind: "postgres",
    migrations,
    tables: [],
  };
  const file = join(dir, name);
  writeFileSync(file, gzipSync(`${JSON.stringify(header)}\n{"end":true,"rows":0}\n`));
  return file;
}

describe("restore and schema versions", () => {
  it("refuses a backup made by a newer version (unknown migrations)", async () => {
    const target = await emptyTarget("postgres");
    try {
      const file = emptyBackup("newer.gz", [...shippedMigrations(), "f".repeat(64)]);
      const error = await restoreDatabase(target.database, file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RestoreRefusedError);
      expect((error as Error).message).toMatch(/not a prefix/);
      expect(await appliedMigrations(target.database.db)).toEqual([]); // untouched
    } finally {
      await target.cleanup();
    }
  });

  it("refuses a target whose schema is ahead of the backup", async () => {
    const target = await openTestDatabase("postgres"); // migrated to this version
    try {
      const error = await restoreDatabase(target.database, emptyBackup("old.gz", [])).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RestoreRefusedError);
      expect((error as Error).message).toMatch(/newer schema than the backup/);
    } finally {
      await target.cleanup();
    }
  });

  it("brings an older backup up to this version's schema after loading it", async () => {
    const target = await emptyTarget("postgres");
    try {
      await restoreDatabase(target.database, emptyBackup("older.gz", []));
      expect(await appliedMigrations(target.database.db)).toEqual(shippedMigrations());
    } finally {
      await target.cleanup();
    }
  });
});
