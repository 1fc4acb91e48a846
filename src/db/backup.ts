// `mamori backup`: a consistent snapshot of every table of the app (schema public) and of
// Drizzle's migration table, read in one REPEATABLE READ read-only transaction and written as
// gzip'd JSON Lines (see backup-format.ts). Rows are selected with to_json(t), so every value
// keeps its exact text (timestamps, numerics, bigints); bytea columns are written as base64.
// Sessions, verification values and the auth secret are left out (EXCLUDED_TABLES/ROWS).
// The file holds personal data and password hashes: it is written into a new temporary file
// of mode 0600 beside FILE (created exclusively, never reused) and renamed into place, so FILE
// is readable by its owner only, whatever the umask or the mode of a file it replaces, and a
// failed backup leaves no half file.

import { randomBytes } from "node:crypto";
import {
  closeSync,
  createWriteStream,
  fchmodSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { type SQL, sql } from "drizzle-orm";
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  EXCLUDED_ROWS,
  EXCLUDED_TABLES,
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
  type TableName,
  tableSql,
} from "./tables.ts";

/** The mode of a backup file: it holds personal data and password hashes. */
export const BACKUP_FILE_MODE = 0o600;

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

/** The filter that leaves out EXCLUDED_ROWS of `t` (rows aliased `r`), or none. */
function keptRowsSql(t: TableName): SQL {
  const rule = EXCLUDED_ROWS[qualified(t)];
  if (!rule) return sql``;
  const column = sql`r.${sql.identifier(rule.column)}`;
  const values = sql.join(
    rule.values.map((v) => literal(v)),
    sql`, `,
  );
  return sql` where (${column} is null or ${column}::text not in (${values}))`;
}

/** Creates a new, empty file beside `file`, mode 0600, that no other process has opened. */
function openPrivateTemp(file: string): { tmp: string; fd: number } {
  const tmp = join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
  const fd = openSync(tmp, "wx", BACKUP_FILE_MODE); // O_CREAT | O_EXCL: never an existing file
  try {
    fchmodSync(fd, BACKUP_FILE_MODE); // exactly 0600 whatever the umask
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  return { tmp, fd };
}

/** Makes the rename durable; some platforms cannot open or sync a folder, which is fine. */
function syncFolder(folder: string) {
  let fd: number | undefined;
  try {
    fd = openSync(folder, "r");
    fsyncSync(fd);
  } catch {
    // not supported here
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export async function backupDatabase(database: Database, file: string): Promise<TableCount[]> {
  const { tmp, fd } = openPrivateTemp(file);
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(tmp, { fd, autoClose: true }));
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
    const written = openSync(tmp, "r+");
    try {
      fsyncSync(written);
    } finally {
      closeSync(written);
    }
    renameSync(tmp, file); // replaces FILE (and its mode) with the new 0600 file
    syncFolder(dirname(file));
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
  const tables = await dependencyOrder(
    tx,
    (await appTables(tx)).filter((t) => !EXCLUDED_TABLES.has(qualified(t))),
  );
  const migrations = await appliedMigrations(tx);
  if (await hasMigrationsTable(tx)) tables.push(MIGRATIONS_TABLE);
  const counts: TableCount[] = [];
  for (const t of tables) {
    const [c] = await rows<{ n: string | number }>(
      tx,
      sql`select count(*)::text as n from ${tableSql(t)} as r${keptRowsSql(t)}`,
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
      sql`declare mamori_backup no scroll cursor for select ${rowJsonSql(columns)} as j from ${tableSql(t)} as r${keptRowsSql(t)}`,
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
