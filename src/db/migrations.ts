// Which migrations this version ships and which a database has applied, and migrating a
// database only up to a given migration (restore loads a backup at the schema it was taken
// with, then brings it up to date).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { Database, Db, Tx } from "./client.ts";

export const migrationsFolder = fileURLToPath(new URL("../../drizzle", import.meta.url));

/** Runs one SQL statement inside a transaction (or on the database) and returns its rows. */
export async function rows<T>(db: Db | Tx, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Hashes of the migrations this version of mamori ships, oldest first. */
export function shippedMigrations(): string[] {
  return readMigrationFiles({ migrationsFolder }).map((m) => m.hash);
}

/** Hashes of the migrations applied to the database, oldest first ([] if never migrated). */
export async function appliedMigrations(db: Db | Tx): Promise<string[]> {
  const [exists] = await rows<{ t: string | null }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`,
  );
  if (!exists?.t) return [];
  const applied = await rows<{ hash: string }>(
    db,
    sql`select hash from drizzle.__drizzle_migrations order by created_at, id`,
  );
  return applied.map((r) => r.hash);
}

export function isPrefix(prefix: string[], of: string[]): boolean {
  return prefix.length <= of.length && prefix.every((h, i) => of[i] === h);
}

/** Applies the first `count` shipped migrations (those not applied yet). */
export async function migrateFirst(database: Database, count: number): Promise<void> {
  const journalFile = join(migrationsFolder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  if (count >= journal.entries.length) return database.migrate();
  if (count <= 0) return;
  const folder = mkdtempSync(join(tmpdir(), "mamori-migrations-"));
  try {
    mkdirSync(join(folder, "meta"));
    const entries = journal.entries.slice(0, count);
    writeFileSync(join(folder, "meta", "_journal.json"), JSON.stringify({ ...journal, entries }));
    for (const e of entries)
      cpSync(join(migrationsFolder, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
    const config = { migrationsFolder: folder };
    if (database.kind === "pglite") await migratePglite(database.db as never, config);
    else await migratePg(database.db as never, config);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
