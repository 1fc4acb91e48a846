// `mamori backup`: a consistent snapshot of every table of the app (schema public) and of
// Drizzle's migration table, read in one REPEATABLE READ read-only transaction and written as
// gzip'd JSON Lines (see backup-format.ts). Rows are selected with to_json(t), so every value
// keeps its exact text (timestamps, numerics, bigints); bytea columns are written as base64.
// The file is written beside FILE and renamed into place, so a failed backup leaves no half file.

import { closeSync, createWriteStream, fsyncSync, openSync, renameSync, rmSync } from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { type SQL, sql } from "drizzle-orm";
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  type TableSection,
  type Trailer,
} from "./backup-format.ts";
import type { Database, Tx } from "./client.ts";
import { appliedMigrations, rows } from "./migrations.ts";
import {
  appTables,
  type ColumnInfo,
  columnsOf,
  dependencyOrder,
  MIGRATIONS_TABLE,
  qualified,
  tableSql,
} from "./tables.ts";

export type TableCount = { table: string; rows: number };
export const FETCH_SIZE = 1000;

/** The expression that turns one row of `t` into its JSON text (bytea as base64). */
export function rowJsonSql(columns: ColumnInfo[]): SQL {
  const bytea = columns.filter((c) => c.type === "bytea");
  if (bytea.length === 0) return sql`to_json(r)::text`;
  const pairs = sql.join(
    bytea.map((c) => sql`${literal(c.name)}, encode(r.${sql.identifier(c.name)}, 'base64')`),
    sql`, `,
  );
  return sql`(to_jsonb(r) || jsonb_build_object(${pairs}))::text`;
}

const literal = (text: string) => sql.raw(`'${text.replace(/'/g, "''")}'`);

export async function backupDatabase(database: Database, file: string): Promise<TableCount[]> {
  const tmp = `${file}.tmp`;
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(tmp));
  let failure: unknown;
  done.catch((e: unknown) => {
    failure = e; // surfaced by the next write or by `await done`
  });
  const write = async (value: unknown) => {
    if (failure) throw failure;
    const line = `${typeof value === "string" ? value : JSON.stringify(value)}\n`;
    if (!gzip.write(line)) {
      await Promise.race([new Promise((resolve) => gzip.once("drain", resolve)), done]);
    }
  };
  try {
    const counts = await database.db.transaction(
      async (tx) => {
        await tx.execute(sql`set local time zone 'UTC'`);
        return writeSnapshot(tx, database.kind, write);
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    gzip.end();
    await done;
    const fd = openSync(tmp, "r+");
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, file);
    return counts;
  } catch (e) {
    gzip.destroy();
    await done.catch(() => {});
    rmSync(tmp, { force: true });
    throw e;
  }
}

async function writeSnapshot(
  tx: Tx,
  databaseKind: Database["kind"],
  write: (value: unknown) => Promise<void>,
): Promise<TableCount[]> {
  const tables = await dependencyOrder(tx, await appTables(tx));
  const migrations = await appliedMigrations(tx);
  if (await hasMigrationsTable(tx)) tables.push(MIGRATIONS_TABLE);
  const counts: TableCount[] = [];
  for (const t of tables) {
    const [c] = await rows<{ n: string | number }>(
      tx,
      sql`select count(*)::text as n from ${tableSql(t)}`,
    );
    counts.push({ table: qualified(t), rows: Number(c?.n ?? 0) });
  }
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    databaseKind,
    migrations,
    tables: counts,
  };
  await write(header);
  let total = 0;
  for (const [i, t] of tables.entries()) {
    const columns = await columnsOf(tx, t);
    const expected = counts[i]?.rows ?? 0;
    const section: TableSection = {
      table: qualified(t),
      columns: columns.map(({ name, type }) => ({ name, type })),
      rows: expected,
    };
    await write(section);
    await tx.execute(
      sql`declare mamori_backup no scroll cursor for select ${rowJsonSql(columns)} as j from ${tableSql(t)} as r`,
    );
    let written = 0;
    for (;;) {
      const batch = await rows<{ j: string }>(
        tx,
        sql.raw(`fetch ${FETCH_SIZE} from mamori_backup`),
      );
      for (const r of batch) await write(r.j);
      written += batch.length;
      if (batch.length < FETCH_SIZE) break;
    }
    await tx.execute(sql`close mamori_backup`);
    if (written !== expected)
      throw new Error(`${section.table}: read ${written} of ${expected} rows`);
    total += written;
  }
  const trailer: Trailer = { end: true, rows: total };
  await write(trailer);
  return counts;
}

async function hasMigrationsTable(tx: Tx): Promise<boolean> {
  const [r] = await rows<{ t: string | null }>(
    tx,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`,
  );
  return Boolean(r?.t);
}
