// `mamori restore`: loads a backup into an EMPTY data folder or database, all tables in one
// transaction (a failed restore leaves the target empty). The file is read and checked in full
// first; the target is migrated to the backup's schema, the rows are staged in temporary
// tables (in batches of 1,000, as JSON turned into rows by json_populate_record), moved into
// the real tables in foreign-key order, then the remaining migrations of this version run.
// Sessions, verification values and the auth secret are not restored, even from an older
// backup that has them (EXCLUDED_TABLES/ROWS): a restore signs everyone out.
// A row the database refuses is reported by table (and row number, when staging finds it);
// the database's own error may quote the row, so it is kept as `cause`, never in the message.
import { existsSync } from "node:fs";
import { sql } from "drizzle-orm";
import type { TableCount } from "./backup.ts";
import { checkBackupFile, EXCLUDED_TABLES, isExcludedRow, readBackup } from "./backup-format.ts";
import type { Database, Db, Tx } from "./client.ts";
import {
  appliedMigrations,
  isPrefix,
  migrateFirst,
  rows,
  shippedMigrations,
} from "./migrations.ts";
import {
  appTables,
  type ColumnInfo,
  columnsOf,
  dependencyOrder,
  nonEmptyTables,
  parseQualified,
  qualified,
  type TableName,
  tableSql,
} from "./tables.ts";

export class RestoreRefusedError extends Error {}

/**
 * The database refused rows of `table` (`row`: its number in the table's section of the file,
 * when known). The message holds no values; `cause` is the database's error, which may quote
 * rows or parameters: print it only through a summary that leaves them out.
 */
export class RestoreFailedError extends Error {
  constructor(
    readonly table: string,
    readonly row: number | null,
    cause: unknown,
  ) {
    const where = row === null ? " " : ` の ${row} 行目`;
    const whereEn = row === null ? "" : `, row ${row}`;
    super(
      `テーブル ${table}${where}を復元できませんでした / Could not restore table ${table}${whereEn}`,
      { cause },
    );
  }
}

export async function restoreDatabase(database: Database, file: string): Promise<TableCount[]> {
  if (!existsSync(file)) {
    throw new RestoreRefusedError(
      `ファイル ${file} がありません / The file ${file} does not exist`,
    );
  }
  const header = await checkBackupFile(file);
  const shipped = shippedMigrations();
  if (!isPrefix(header.migrations, shipped)) {
    throw new RestoreRefusedError(
      `このバックアップは別の版の mamori のスキーマ（マイグレーション ${header.migrations.length} 件）で作られたため、この版（${shipped.length} 件）では復元できません。 / This backup was made with a schema this version of mamori does not know (its ${header.migrations.length} migrations are not a prefix of this version's ${shipped.length}); restore it with the version that made it or a newer one.`,
    );
  }
  await refuseUnlessEmpty(database.db, database.location);
  const applied = await appliedMigrations(database.db);
  if (!isPrefix(applied, header.migrations)) {
    throw new RestoreRefusedError(
      `復元先 ${database.location} のスキーマはバックアップより新しいため復元できません。新しい空のデータフォルダまたはデータベースに復元してください。 / The target ${database.location} already has a newer schema than the backup (${applied.length} migrations applied, the backup has ${header.migrations.length}). Restore into a new, empty data folder or database.`,
    );
  }
  await migrateFirst(database, header.migrations.length);
  const counts = await database.db.transaction(async (tx) => {
    // Another mamori on the same PostgreSQL could write meanwhile: lock, then look again.
    const tables = await appTables(tx);
    if (tables.length > 0) {
      await tx.execute(
        sql`lock table ${sql.join(tables.map(tableSql), sql`, `)} in exclusive mode`,
      );
    }
    await refuseUnlessEmpty(tx, database.location);
    return loadTables(tx, file);
  });
  await database.migrate();
  return counts;
}

async function refuseUnlessEmpty(db: Db | Tx, location: string) {
  const full = await nonEmptyTables(db, await appTables(db));
  if (full.length === 0) return;
  const names = full.map((t) => t.name).join(", ");
  throw new RestoreRefusedError(
    `復元先 ${location} は空ではありません（${names} にデータがあります）。空のデータフォルダまたは空のデータベースに復元してください。 / The target ${location} is not empty (${names} have rows). Restore into an empty data folder or an empty database.`,
  );
}

type Stage = {
  target: TableName;
  stage: string;
  columns: ColumnInfo[];
  expected: number;
  /** Rows of the file read so far (staged or skipped). */
  read: number;
};

async function loadTables(tx: Tx, file: string): Promise<TableCount[]> {
  const stages = new Map<string, Stage>();
  for await (const event of readBackup(file)) {
    if (event.kind === "table") {
      if (EXCLUDED_TABLES.has(event.section.table)) continue; // an older backup's sessions
      const target = parseQualified(event.section.table);
      if (target.schema !== "public") continue; // Drizzle's own table: written by migrate
      const targetColumns = await columnsOf(tx, target);
      if (targetColumns.length === 0) {
        throw new Error(
          `復元先にテーブル ${event.section.table} がありません / The target has no table ${event.section.table}`,
        );
      }
      const inBackup = new Set(event.section.columns.map((c) => c.name));
      const columns = targetColumns.filter((c) => !c.generated && inBackup.has(c.name));
      const stage = `mamori_restore_${stages.size}`;
      const list = sql.join(
        columns.map((c) => sql.identifier(c.name)),
        sql`, `,
      );
      await tx.execute(
        sql`create temp table ${sql.identifier(stage)} on commit drop as select ${list} from ${tableSql(target)} with no data`,
      );
      stages.set(event.section.table, {
        target,
        stage,
        columns,
        expected: event.section.rows,
        read: 0,
      });
    } else if (event.kind === "rows") {
      const s = stages.get(event.section.table);
      if (!s) continue;
      const first = s.read + 1;
      s.read += event.lines.length;
      const kept = event.lines.filter((line) => !isExcludedRow(event.section.table, line));
      s.expected -= event.lines.length - kept.length; // an older backup's auth secret
      if (kept.length > 0) await stageBatch(tx, s, kept, first);
    }
  }
  const order = await dependencyOrder(
    tx,
    [...stages.values()].map((s) => s.target),
  );
  const counts: TableCount[] = [];
  for (const t of order) {
    const s = stages.get(qualified(t));
    if (!s) continue;
    const list = sql.join(
      s.columns.map((c) => sql.identifier(c.name)),
      sql`, `,
    );
    try {
      await tx.execute(
        sql`insert into ${tableSql(t)} (${list}) overriding system value select ${list} from ${sql.identifier(s.stage)}`,
      );
    } catch (e) {
      throw new RestoreFailedError(qualified(t), null, e);
    }
    const [c] = await rows<{ n: string }>(tx, sql`select count(*)::text as n from ${tableSql(t)}`);
    const n = Number(c?.n ?? 0);
    if (n !== s.expected)
      throw new Error(`${qualified(t)}: ${n} rows restored, ${s.expected} expected`);
    counts.push({ table: qualified(t), rows: n });
  }
  await resetSequences(tx, order);
  return counts;
}

/**
 * Stages a batch of rows in one statement. If the database refuses it (a value its column
 * type cannot hold), the batch is staged again row by row to name the first row refused.
 */
async function stageBatch(tx: Tx, s: Stage, lines: string[], first: number) {
  await tx.execute(sql`savepoint mamori_stage`);
  try {
    await stageRows(tx, s, `[${lines.join(",")}]`);
    await tx.execute(sql`release savepoint mamori_stage`);
    return;
  } catch (e) {
    await tx.execute(sql`rollback to savepoint mamori_stage`);
    for (const [i, line] of lines.entries()) {
      try {
        await stageRows(tx, s, `[${line}]`);
      } catch (rowError) {
        throw new RestoreFailedError(qualified(s.target), first + i, rowError);
      }
    }
    throw new RestoreFailedError(qualified(s.target), null, e);
  }
}

async function stageRows(tx: Tx, s: Stage, json: string) {
  const list = sql.join(
    s.columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  const values = sql.join(
    s.columns.map((c) =>
      c.type === "bytea"
        ? sql`decode(e.value ->> ${sql.raw(`'${c.name.replace(/'/g, "''")}'`)}, 'base64')`
        : sql`r.${sql.identifier(c.name)}`,
    ),
    sql`, `,
  );
  await tx.execute(
    sql`insert into ${sql.identifier(s.stage)} (${list})
        select ${values} from json_array_elements(${json}::json) as e,
        lateral json_populate_record(null::${tableSql(s.target)}, e.value) as r`,
  );
}

/** Serial and identity columns continue after the highest restored value. */
async function resetSequences(tx: Tx, tables: TableName[]) {
  const restored = new Set(tables.map(qualified));
  const serials = await rows<{ tbl: string; col: string; seq: string | null }>(
    tx,
    sql`select table_schema || '.' || table_name as tbl, column_name as col,
          pg_get_serial_sequence(quote_ident(table_schema) || '.' || quote_ident(table_name), column_name) as seq
        from information_schema.columns
        where table_schema = 'public' and (column_default like 'nextval(%' or is_identity = 'YES')`,
  );
  for (const s of serials) {
    if (!s.seq || !restored.has(s.tbl)) continue;
    await tx.execute(
      sql`select setval(${s.seq}::regclass, m) from (select max(${sql.identifier(s.col)}) as m from ${tableSql(parseQualified(s.tbl))}) as x where m is not null`,
    );
  }
}
