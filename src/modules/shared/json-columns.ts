// Large aggregate reads as one row of JSON texts, one JSON array per column (json_agg(column)):
// parsing a few strings is several times cheaper than the driver decoding 10,000 rows, and
// json_agg of plain values costs about a third less than one json_build_array per row. The
// arrays of one statement come from one aggregation over the same input, so their n-th
// entries belong together. Used by the readiness loaders of the register and the risks.
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";

/** One JSON text per column of `from`, each the column's values in the rows' order. */
export const columnsJson = (columns: readonly string[], from: SQL) => sql`
  select ${sql.raw(columns.map((c) => `json_agg(${c})::text as ${c}`).join(", "))} from ${from}`;

type Texts<T> = { [K in keyof T]: string | null };

/** The first row's JSON texts parsed; json_agg over no rows gives null, read as []. */
export async function jsonColumns<T>(db: Db, query: SQL): Promise<T> {
  const row = ((await db.execute(query)) as unknown as { rows: Texts<T>[] }).rows[0] ?? {};
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, JSON.parse((v as string | null) ?? "[]")]),
  ) as T;
}

/** Parallel id and mask columns as a map from id to mask. */
export function maskById(c: { ids: string[]; bits: number[] }): Map<string, number> {
  const map = new Map<string, number>();
  for (const [k, id] of c.ids.entries()) map.set(id, c.bits[k] ?? 0);
  return map;
}
