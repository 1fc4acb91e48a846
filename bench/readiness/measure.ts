// What one GET readiness costs for one organization, on both paths of the report cache
// (readiness.cache.ts): cold — the first read after a write: the change counters, the nine-statement
// snapshot and the evaluation — and warm — a repeated read: the change counters and a copy of the
// stored report. Each over HTTP one request at a time and at `connections` connections
// (autocannon), and in-process split into head, loader and evaluation; the statements a cold
// read sends are timed raw through the driver. Cold reads are forced here, in the benchmark:
// the cache's lookup is replaced by one that always misses (as the first read after a write
// does) while the product code stays as it is; the in-process split calls the engine's parts
// (change counters, providers' snapshot, evaluation) one by one.
import { evaluateReadiness } from "../../src/core/readiness/index.ts";
import { todayInJapan } from "../../src/core/today-in-japan.ts";
import { readChangeCounters } from "../../src/db/write-path.ts";
import { loadSnapshot, readinessRules } from "../../src/modules/readiness/provider.ts";
import { readinessCache } from "../../src/modules/readiness/readiness.cache.ts";
import { getReadiness } from "../../src/modules/readiness/readiness.service.ts";
import type { OrgContext } from "../../src/server/org-context.ts";
import { signIn } from "../breakdown.ts";
import {
  drain,
  httpGet,
  type LoadResult,
  runAutocannon,
  type Stats,
  summarize,
  timeSequential,
} from "../load.ts";
import { captureSql } from "../raw.ts";
import type { BenchOrg, Owner, Served } from "./setup.ts";

export type StatementTiming = { sql: string; p50: number; p99: number };

/** One path (cold or warm) of GET readiness. */
export type PathResult = {
  /** HTTP, one request at a time over a kept-alive connection. */
  sequential: Stats;
  /** HTTP at `connections` connections (autocannon). */
  concurrent: LoadResult;
  /** In-process getReadiness: the head read, the loader, the evaluation, and their sum. */
  service: {
    head: Stats;
    load: Stats;
    evaluate: Stats;
    total: Stats;
    nodeCpuMs: Stats;
    /** Calls the cache answered (cold: 0 expected; warm: all). */
    hits: number;
  };
  /** Statements of one HTTP request (session, membership, head, loader on a miss). */
  statementsPerRequest: number;
};

export type SizeResult = {
  items: number;
  risks: number;
  fillMs: number;
  responseBytes: number;
  score: number;
  blockers: number;
  cold: PathResult;
  warm: PathResult;
  /** Statements of one cold getReadiness: the head and the loader. */
  loaderStatements: number;
  /** Each statement of a cold read timed raw through the driver, one at a time. */
  raw: StatementTiming[];
};

export type MeasureSettings = { n: number; durationS: number; connections: number };

const short = (sql: string) => sql.replace(/\s+/g, " ").trim().slice(0, 90);

/** Every readiness read misses the cache while `cold` (the product's lookup, replaced here). */
async function withColdCache<T>(cold: boolean, run: () => Promise<T>): Promise<T> {
  if (!cold) return run();
  readinessCache.get = () => undefined;
  try {
    return await run();
  } finally {
    delete (readinessCache as { get?: unknown }).get; // the class's own lookup again
  }
}

/**
 * In process: cold = the counters read, the providers' snapshot and the evaluation, timed one
 * by one as getReadiness runs them on a miss; warm = getReadiness answered by the cache (a hit
 * keeps the evaluatedAt of the stored report).
 */
async function serviceSplit(served: Served, ctx: OrgContext, n: number, cold: boolean) {
  const db = served.database.db;
  const head: number[] = [];
  const load: number[] = [];
  const evaluate: number[] = [];
  const total: number[] = [];
  const cpu: number[] = [];
  let hits = 0;
  const stored = cold ? null : (await getReadiness(db, ctx, "ja")).evaluatedAt;
  for (let i = 0; i < n; i++) {
    const c = process.cpuUsage();
    const t0 = performance.now();
    if (cold) {
      await readChangeCounters(db, ctx.orgId);
      const t1 = performance.now();
      const today = todayInJapan();
      const snapshot = await loadSnapshot(db, ctx, { today, lang: "ja" });
      const t2 = performance.now();
      evaluateReadiness(snapshot, today, readinessRules());
      const t3 = performance.now();
      head.push(t1 - t0);
      load.push(t2 - t1);
      evaluate.push(t3 - t2);
    } else {
      const report = await getReadiness(db, ctx, "ja");
      if (report.evaluatedAt === stored) hits++;
      head.push(performance.now() - t0);
      load.push(0);
      evaluate.push(0);
    }
    total.push(performance.now() - t0);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return {
    head: summarize(head),
    load: summarize(load),
    evaluate: summarize(evaluate),
    total: summarize(total),
    nodeCpuMs: summarize(cpu),
    hits,
  };
}

async function measurePath(
  served: Served,
  owner: Owner,
  url: string,
  ctx: OrgContext,
  cold: boolean,
  s: MeasureSettings,
): Promise<PathResult> {
  return withColdCache(cold, async () => {
    // A fresh session per block: better-auth's cookie cache lives 60 s.
    let cookies = await signIn(served.app, owner);
    await httpGet(url, cookies.full); // fills the cache for the warm path
    const perRequest = await captureSql(() => httpGet(url, cookies.full));
    await timeSequential(() => httpGet(url, cookies.full), 5); // warm-up
    const sequential = await timeSequential(() => httpGet(url, cookies.full), s.n);
    const service = await serviceSplit(served, ctx, s.n, cold);
    cookies = await signIn(served.app, owner);
    const concurrent = await runAutocannon({
      url,
      cookie: cookies.full,
      connections: s.connections,
      durationS: s.durationS,
    });
    await drain(() => httpGet(url, cookies.full), sequential.p50);
    return {
      sequential,
      concurrent,
      service,
      statementsPerRequest: perRequest.statements.length,
    };
  });
}

export async function measureOrg(
  served: Served,
  owner: Owner,
  org: BenchOrg,
  s: MeasureSettings,
): Promise<SizeResult> {
  const url = `${served.address}/api/v1/orgs/${org.orgId}/readiness`;
  const ctx: OrgContext = {
    orgId: org.orgId,
    userId: owner.id,
    userName: "ベンチ 太郎",
    role: "owner",
  };
  const cookies = await signIn(served.app, owner);
  const first = await served.app.inject({ method: "GET", url, headers: { cookie: cookies.full } });
  if (first.statusCode !== 200) throw new Error(`GET readiness → ${first.statusCode}`);
  const body = first.json() as { score: number; blockers: number };

  // Captured before any load (each load block also drains after itself): a request still in
  // flight would add its statements to the capture.
  const loader = await withColdCache(true, () =>
    captureSql(() => getReadiness(served.database.db, ctx, "ja")),
  );
  const raw: StatementTiming[] = [];
  for (const st of loader.statements) {
    const run = () => served.database.query(st.sql, st.params);
    await timeSequential(run, 3);
    const t = await timeSequential(run, Math.max(10, Math.floor(s.n / 2)));
    raw.push({ sql: short(st.sql), p50: t.p50, p99: t.p99 });
  }

  const cold = await measurePath(served, owner, url, ctx, true, s);
  const warm = await measurePath(served, owner, url, ctx, false, s);

  return {
    items: org.items,
    risks: org.risks,
    fillMs: org.fillMs,
    responseBytes: Buffer.byteLength(first.body),
    score: body.score,
    blockers: body.blockers,
    cold,
    warm,
    loaderStatements: loader.statements.length,
    raw,
  };
}
