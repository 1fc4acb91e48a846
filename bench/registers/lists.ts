// The list half of the benchmark: per scenario autocannon at N connections (after warm-up), a
// sequential client, and the statements the service sends (captured at the driver) timed raw
// alone, as the service runs them, and at N in flight; with EXPLAIN ANALYZE of the main ones.
import type { Database } from "../../src/db/client.ts";
import { inventoryListQuery } from "../../src/modules/inventory/inventory.contract.ts";
import { listInventoryItems } from "../../src/modules/inventory/inventory.service.ts";
import { heatmapQuery, riskListQuery } from "../../src/modules/risks/risks.contract.ts";
import { listRisks, riskHeatmap } from "../../src/modules/risks/risks.service.ts";
import type { OrgContext } from "../../src/server/org-context.ts";
import { signIn } from "../breakdown.ts";
import { type CpuUse, withCpu } from "../cpu.ts";
import {
  drain,
  httpGet,
  type LoadResult,
  runAutocannon,
  type Stats,
  summarize,
  timeConcurrent,
} from "../load.ts";
import { captureSql, explain, type Statement } from "../raw.ts";
import { sampleFor } from "./measure.ts";
import type { Owner, Served } from "./setup.ts";

type Scenario = {
  name: string;
  path: "inventory-items" | "risks" | "risks/heatmap";
  query: Record<string, string>;
  /** How many of the last captured statements the service sends together (Promise.all). */
  parallelTail: number;
};

export const SCENARIOS: Scenario[] = [
  { name: "register page 1", path: "inventory-items", query: {}, parallelTail: 2 },
  { name: "register page 100", path: "inventory-items", query: { page: "100" }, parallelTail: 2 },
  { name: "register q=客 (1 kanji)", path: "inventory-items", query: { q: "客" }, parallelTail: 2 },
  {
    name: "register q=名簿 (2 kanji)",
    path: "inventory-items",
    query: { q: "名簿" },
    parallelTail: 2,
  },
  {
    name: "register q=および (kana)",
    path: "inventory-items",
    query: { q: "および" },
    parallelTail: 2,
  },
  { name: "risks page 1", path: "risks", query: {}, parallelTail: 2 },
  { name: "risks level=high", path: "risks", query: { level: "high" }, parallelTail: 2 },
  { name: "risks unaccepted=true", path: "risks", query: { unaccepted: "true" }, parallelTail: 2 },
  { name: "risks q=確認 (2 kanji)", path: "risks", query: { q: "確認" }, parallelTail: 2 },
  { name: "risks heatmap", path: "risks/heatmap", query: {}, parallelTail: 1 },
];

export type RawSet = {
  /** Each captured statement alone, sequentially (p50 ms), in the order the service sends them. */
  each: { sql: string; p50: number; p99: number }[];
  /** All of them as the service issues them (earlier ones in turn, the tail together). */
  set: Stats;
  setConcurrent: Stats & { opsPerSec: number; concurrency: number };
};

export type ListResult = {
  name: string;
  path: string;
  total: number;
  load: LoadResult & { cpu: CpuUse };
  apiSequential: Stats;
  raw: RawSet;
  plans: string[][];
  ratio: { sequentialP50: number; concurrentP50: number };
  p99Under50ms: boolean;
};

const r2 = (x: number) => Math.round(x * 100) / 100;
const short = (sql: string) => sql.replace(/\s+/g, " ").trim();

async function serviceCall(db: Database["db"], ctx: OrgContext, sc: Scenario) {
  if (sc.path === "inventory-items")
    return (await listInventoryItems(db, ctx, inventoryListQuery.parse(sc.query))).total;
  if (sc.path === "risks") return (await listRisks(db, ctx, riskListQuery.parse(sc.query))).total;
  return (await riskHeatmap(db, ctx, heatmapQuery.parse(sc.query))).total;
}

async function timeSet(
  database: Database,
  statements: Statement[],
  tail: number,
  opts: { n: number; concurrency: number },
): Promise<RawSet> {
  const run = (s: Statement) => () => database.query(s.sql, s.params);
  const head = statements.slice(0, statements.length - tail);
  const together = statements.slice(statements.length - tail);
  const set = async () => {
    for (const s of head) await run(s)();
    await Promise.all(together.map((s) => run(s)()));
  };
  await sampleFor(set, { n: 20, budgetMs: 0 }); // warm-up: plans cached, pages in memory
  const each = [];
  for (const s of statements) {
    const st = summarize(await sampleFor(run(s), { n: opts.n, budgetMs: 2000 }));
    each.push({ sql: short(s.sql), p50: st.p50, p99: st.p99 });
  }
  const n = Math.min(opts.n, 2 * opts.concurrency);
  return {
    each,
    set: summarize(await sampleFor(set, { n: opts.n, budgetMs: 3000 })),
    setConcurrent: {
      ...(await timeConcurrent(set, n, opts.concurrency)),
      concurrency: opts.concurrency,
    },
  };
}

export async function listRuns(
  s: Served,
  owner: Owner,
  orgId: string,
  opts: { connections: number; durationS: number; n: number; log: (line: string) => void },
): Promise<ListResult[]> {
  const { app, address, database, postgresPid } = s;
  const base = `${address}/api/v1/orgs/${orgId}/`;
  const ctx: OrgContext = { orgId, userId: owner.id, userName: "ベンチ 太郎", role: "owner" };
  let cookies = await signIn(app, owner);
  opts.log(`${s.kind}: warming up (autocannon ${opts.connections} connections, 3 s per list)`);
  for (const path of ["inventory-items", "risks"])
    await runAutocannon({
      url: `${base}${path}`,
      cookie: cookies.full,
      connections: opts.connections,
      durationS: 3,
    });
  const out: ListResult[] = [];
  for (const sc of SCENARIOS) {
    const qs = new URLSearchParams(sc.query).toString();
    const url = `${base}${sc.path}${qs ? `?${qs}` : ""}`;
    cookies = await signIn(app, owner); // better-auth's cookie cache lives 60 s
    await sampleFor(() => httpGet(url, cookies.full), { n: 30, budgetMs: 0 });
    // One client first: after a load run the server may still be working off requests
    // autocannon gave up on (PGlite runs one statement at a time).
    const apiSequential = summarize(
      await sampleFor(() => httpGet(url, cookies.full), { n: opts.n, budgetMs: 4000 }),
    );
    const load = await withCpu(
      () =>
        runAutocannon({
          url,
          cookie: cookies.full,
          connections: opts.connections,
          durationS: opts.durationS,
        }),
      postgresPid,
    );
    await drain(() => httpGet(url, cookies.full), apiSequential.p50);
    const { result: total, statements } = await captureSql(() => serviceCall(database.db, ctx, sc));
    const raw = await timeSet(database, statements, sc.parallelTail, {
      n: opts.n,
      concurrency: opts.connections,
    });
    const plans = [];
    for (const st of statements.slice(statements.length - sc.parallelTail))
      plans.push(await explain(database, st));
    const r: ListResult = {
      name: sc.name,
      path: url.slice(address.length),
      total,
      load,
      apiSequential,
      raw,
      plans,
      ratio: {
        sequentialP50: r2(apiSequential.p50 / Math.max(0.001, raw.set.p50)),
        concurrentP50: r2(load.latencyMs.p50 / Math.max(0.001, raw.setConcurrent.p50)),
      },
      p99Under50ms: load.latencyMs.p99 < 50,
    };
    if (load.errors + load.timeouts + load.non2xx > 0)
      opts.log(
        `${s.kind}: ${sc.name}: ${load.errors} errors, ${load.timeouts} timeouts, ${load.non2xx} non-2xx`,
      );
    opts.log(
      `${s.kind}: ${sc.name} (${total}): c${opts.connections} p50 ${load.latencyMs.p50} / p99 ${load.latencyMs.p99} ms, ${load.reqPerSec} req/s; 1 client p50 ${apiSequential.p50} ms; raw p50 ${raw.set.p50} ms (c${opts.connections}: ${raw.setConcurrent.p50})`,
    );
    out.push(r);
  }
  return out;
}
