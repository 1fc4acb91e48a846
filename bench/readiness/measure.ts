// What one GET readiness costs for one organization: over HTTP one request at a time and at
// `connections` connections (autocannon), and in-process split into loading the snapshot and
// evaluating the rules, with the statements the loader sends timed raw through the driver.
import {
  getReadiness,
  type ReadinessTimings,
} from "../../src/modules/readiness/readiness.service.ts";
import type { OrgContext } from "../../src/server/org-context.ts";
import { signIn } from "../breakdown.ts";
import {
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

export type SizeResult = {
  items: number;
  risks: number;
  fillMs: number;
  responseBytes: number;
  score: number;
  blockers: number;
  /** HTTP, one request at a time over a kept-alive connection. */
  sequential: Stats;
  /** HTTP at `connections` connections (autocannon). */
  concurrent: LoadResult;
  /** In-process getReadiness: the loader and the evaluation, and their sum. */
  service: { load: Stats; evaluate: Stats; total: Stats; nodeCpuMs: Stats };
  /** Statements of one HTTP request (session, membership, loader) and of the loader alone. */
  statementsPerRequest: number;
  loaderStatements: number;
  /** Each loader statement timed raw through the driver, one at a time. */
  raw: StatementTiming[];
};

export type MeasureSettings = { n: number; durationS: number; connections: number };

const short = (sql: string) => sql.replace(/\s+/g, " ").trim().slice(0, 90);

async function serviceSplit(served: Served, ctx: OrgContext, n: number) {
  const load: number[] = [];
  const evaluate: number[] = [];
  const total: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const timings: ReadinessTimings = { loadMs: 0, evaluateMs: 0 };
    const c = process.cpuUsage();
    const t = performance.now();
    await getReadiness(served.database.db, ctx, "ja", new Date(), timings);
    total.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
    load.push(timings.loadMs);
    evaluate.push(timings.evaluateMs);
  }
  return {
    load: summarize(load),
    evaluate: summarize(evaluate),
    total: summarize(total),
    nodeCpuMs: summarize(cpu),
  };
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
    userName: owner.name,
    role: "owner",
  };
  // A fresh session per block: better-auth's cookie cache lives 60 s.
  let cookies = await signIn(served.app, owner);
  const first = await served.app.inject({ method: "GET", url, headers: { cookie: cookies.full } });
  if (first.statusCode !== 200) throw new Error(`GET readiness → ${first.statusCode}`);
  const body = first.json() as { score: number; blockers: number };
  const perRequest = await captureSql(() => httpGet(url, cookies.full));
  const loader = await captureSql(() =>
    getReadiness(served.database.db, ctx, "ja", new Date(), undefined),
  );

  await timeSequential(() => httpGet(url, cookies.full), 5); // warm-up
  const sequential = await timeSequential(() => httpGet(url, cookies.full), s.n);
  const service = await serviceSplit(served, ctx, s.n);

  const raw: StatementTiming[] = [];
  for (const st of loader.statements) {
    const run = () => served.database.query(st.sql, st.params);
    await timeSequential(run, 3);
    const t = await timeSequential(run, Math.max(10, Math.floor(s.n / 2)));
    raw.push({ sql: short(st.sql), p50: t.p50, p99: t.p99 });
  }

  cookies = await signIn(served.app, owner);
  const concurrent = await runAutocannon({
    url,
    cookie: cookies.full,
    connections: s.connections,
    durationS: s.durationS,
  });
  return {
    items: org.items,
    risks: org.risks,
    fillMs: org.fillMs,
    responseBytes: Buffer.byteLength(first.body),
    score: body.score,
    blockers: body.blockers,
    sequential,
    concurrent,
    service,
    statementsPerRequest: perRequest.statements.length,
    loaderStatements: loader.statements.length,
    raw,
  };
}
