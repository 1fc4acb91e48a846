// What the database holds, read from the catalog: the app's tables (schema public), their
// columns, and an order that inserts every referenced table before the tables pointing at it.
import { sql } from "drizzle-orm";
import type { Db, Tx } from "./client.ts";
import { rows } from "./migrations.ts";

export type TableName = { schema: string; name: string };
export type ColumnInfo = { name: string; type: string; generated: boolean };

export const MIGRATIONS_TABLE: TableName = { schema: "drizzle", name: "__drizzle_migrations" };

export const qualified = (t: TableName) => `${t.schema}.${t.name}`;
export const tableSql = (t: TableName) =>
  sql`${sql.identifier(t.schema)}.${sql.identifier(t.name)}`;

export function parseQualified(text: string): TableName {
  const dot = text.indexOf(".");
  if (dot <= 0) throw new Error(`bad table name ${text}`);
  return { schema: text.slice(0, dot), name: text.slice(dot + 1) };
}

/** Every base table of schema public, by name. */
export async function appTables(db: Db | Tx): Promise<TableName[]> {
  const found = await rows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return found.map((r) => ({ schema: "public", name: r.name }));
}

export async function columnsOf(db: Db | Tx, t: TableName): Promise<ColumnInfo[]> {
  const found = await rows<{ name: string; type: string; generated: string }>(
    db,
    sql`select column_name as name, data_type as type, is_generated as generated
        from information_schema.columns
        where table_schema = ${t.schema} and table_name = ${t.name} order by ordinal_position`,
  );
  return found.map((c) => ({ name: c.name, type: c.type, generated: c.generated === "ALWAYS" }));
}

/** The tables that have at least one row. */
export async function nonEmptyTables(db: Db | Tx, tables: TableName[]): Promise<TableName[]> {
  const full: TableName[] = [];
  for (const t of tables) {
    const [r] = await rows<{ e: boolean }>(
      db,
      sql`select exists (select 1 from ${tableSql(t)}) as e`,
    );
    if (r?.e) full.push(t);
  }
  return full;
}

/**
 * Orders tables so that each comes after every table its foreign keys reference (references
 * of a table to itself are left to the single INSERT that loads the whole table).
 */
export async function dependencyOrder(db: Db | Tx, tables: TableName[]): Promise<TableName[]> {
  const edges = await rows<{ child: string; parent: string }>(
    db,
    sql`select cn.nspname || '.' || cl.relname as child, pn.nspname || '.' || pl.relname as parent
        from pg_constraint c
        join pg_class cl on cl.oid = c.conrelid join pg_namespace cn on cn.oid = cl.relnamespace
        join pg_class pl on pl.oid = c.confrelid join pg_namespace pn on pn.oid = pl.relnamespace
        where c.contype = 'f'`,
  );
  const names = tables.map(qualified).sort();
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const e of edges) {
    if (e.child !== e.parent && parents.has(e.child) && parents.has(e.parent)) {
      parents.get(e.child)?.add(e.parent);
    }
  }
  const ordered: string[] = [];
  const done = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter(
      (n) => !done.has(n) && [...(parents.get(n) ?? [])].every((p) => done.has(p)),
    );
    if (ready.length === 0) {
      const left = names.filter((n) => !done.has(n)).join(", ");
      throw new Error(
        `外部キーが循環しているため順序を決められません: ${left} / Foreign keys form a cycle; cannot order: ${left}`,
      );
    }
    for (const n of ready) {
      ordered.push(n);
      done.add(n);
    }
  }
  return ordered.map(parseQualified);
}
