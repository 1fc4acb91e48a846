// After a large import: refresh the planner's statistics of the tables it filled.
// PGlite runs no autovacuum, so without this the planner keeps believing the tables are as
// small as when they were first planned, and plans cached then (the foreign-key checks' among
// them) make the next bulk writes slow down sharply — quadratic in the readiness benchmark's
// fill. On PostgreSQL autovacuum would catch up later; doing it at once costs a few ms.
import { getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client.ts";

/** Rows one import must write before the statistics are refreshed. */
export const REFRESH_AFTER_ROWS = 500;

/**
 * ANALYZE of `tables` when `rowsWritten` reaches the threshold. Runs after the import's
 * commit and never fails it: the rows are stored either way, only later plans would suffer.
 */
export async function refreshStatistics(
  db: Db,
  tables: readonly PgTable[],
  rowsWritten: number,
): Promise<boolean> {
  if (rowsWritten < REFRESH_AFTER_ROWS || tables.length === 0) return false;
  const names = sql.join(
    tables.map((t) => sql.identifier(getTableName(t))),
    sql`, `,
  );
  try {
    await db.execute(sql`analyze ${names}`);
    return true;
  } catch {
    return false;
  }
}
