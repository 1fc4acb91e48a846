// The SQL the app actually sends, captured at the driver (PGlite.query / pg.Pool.query) while a
// service call or a whole HTTP request runs, and the same statements timed raw through the
// driver without Drizzle, Fastify or auth.
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { Database } from "../src/db/client.ts";
import { type Stats, timeConcurrent, timeSequential } from "./load.ts";

export type Statement = { sql: string; params: unknown[] };

type QueryFn = (this: unknown, ...args: unknown[]) => unknown;

function statementOf(args: unknown[]): Statement {
  const [first, second] = args;
  if (typeof first === "string") return { sql: first, params: (second as unknown[]) ?? [] };
  const cfg = first as { text: string; values?: unknown[] };
  return { sql: cfg.text, params: (second as unknown[] | undefined) ?? cfg.values ?? [] };
}

/** Every statement sent to either driver while `fn` runs (benchmark code only: not reentrant). */
export async function captureSql<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; statements: Statement[] }> {
  const statements: Statement[] = [];
  const targets: { proto: Record<string, unknown>; own: boolean; original: QueryFn }[] = [
    PGlite.prototype as unknown as Record<string, unknown>,
    pg.Pool.prototype as unknown as Record<string, unknown>,
  ].map((proto) => ({
    proto,
    own: Object.hasOwn(proto, "query"),
    original: proto.query as QueryFn,
  }));
  for (const t of targets) {
    t.proto.query = function (this: unknown, ...args: unknown[]) {
      statements.push(statementOf(args));
      return t.original.apply(this, args);
    };
  }
  try {
    return { result: await fn(), statements };
  } finally {
    for (const t of targets) {
      if (t.own) t.proto.query = t.original;
      else delete t.proto.query;
    }
  }
}

export type RawTimings = {
  list: Stats;
  count: Stats;
  /** list and count together (Promise.all), as the service issues them. */
  pair: Stats;
  pairConcurrent: Stats & { opsPerSec: number; concurrency: number };
};

/** Times the service's list and count statements straight through the driver. */
export async function timeRaw(
  database: Database,
  list: Statement,
  count: Statement,
  opts: { n: number; concurrency: number },
): Promise<RawTimings> {
  const run = (s: Statement) => () => database.query(s.sql, s.params);
  const pair = () => Promise.all([run(list)(), run(count)()]);
  await timeSequential(pair, 50); // warm-up: plans cached, pages in memory
  return {
    list: await timeSequential(run(list), opts.n),
    count: await timeSequential(run(count), opts.n),
    pair: await timeSequential(pair, opts.n),
    pairConcurrent: {
      ...(await timeConcurrent(pair, opts.n, opts.concurrency)),
      concurrency: opts.concurrency,
    },
  };
}

/** Picks the service's two statements (the page and the total) out of a capture. */
export function listAndCount(statements: Statement[]): { list: Statement; count: Statement } {
  const list = statements.find((s) => /from "person"/.test(s.sql) && /limit/i.test(s.sql));
  const count = statements.find((s) => /^select count\(/i.test(s.sql.trim()));
  if (!list || !count)
    throw new Error(
      `could not find the list and count statements in: ${statements.map((s) => s.sql).join(" | ")}`,
    );
  return { list, count };
}

/** EXPLAIN ANALYZE of a statement, first lines only, for the report. */
export async function explain(database: Database, s: Statement): Promise<string[]> {
  const rows = await database.query<{ "QUERY PLAN": string }>(
    `explain (analyze, costs off, timing on) ${s.sql}`,
    s.params,
  );
  return rows.map((r) => r["QUERY PLAN"]);
}
