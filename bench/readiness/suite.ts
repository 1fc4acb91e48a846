// The readiness benchmark (issue 4) on one database kind: organizations of each size in one
// database, filled first and analysed once (as autovacuum would leave them), then measured
// cold (first read after a write) and warm (repeated read, answered by the report cache).
import { loadavg } from "node:os";
import { todayInJapan } from "../../src/core/today-in-japan.ts";
import { readinessCache } from "../../src/modules/readiness/readiness.cache.ts";
import { type MeasureSettings, measureOrg, type SizeResult } from "./measure.ts";
import { type BenchOrg, fillOrg, type Kind, serve, signIn, signUp } from "./setup.ts";

export type ReadinessSettings = MeasureSettings & {
  sizes: number[];
  risksPerItem: number;
  log: (line: string) => void;
};

export type ReadinessKindResult = {
  kind: Kind;
  server: string;
  poolSize: number | null;
  loadAverageBefore: number;
  loadAverageAfter: number;
  sizes: SizeResult[];
};

const loadAverage = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;

export async function benchReadiness(
  kind: Kind,
  s: ReadinessSettings,
): Promise<ReadinessKindResult> {
  const loadAverageBefore = loadAverage();
  const started = performance.now();
  const since = () => `${Math.round((performance.now() - started) / 1000)} s`;
  const served = await serve(kind);
  try {
    s.log(`${kind}: ${served.server.split(" on ")[0]}`);
    const owner = await signUp(served.app, `owner-readiness-${kind}@bench.example.co.jp`);
    const cookies = await signIn(served.app, owner);
    const today = todayInJapan();
    // The largest organization first: the foreign-key checks' plans are cached by the first
    // inserts, and plans made while the tables were small scan them whole (PGlite never
    // re-analyses on its own), which made the 10,000-item fill quadratic (120 s instead of 5).
    const orgs: BenchOrg[] = [];
    for (const items of [...s.sizes].sort((a, b) => b - a)) {
      const org = await fillOrg(served, cookies, items, s.risksPerItem, today);
      s.log(`${kind}: ${items} items, ${org.risks} risk rows filled in ${org.fillMs} ms`);
      orgs.unshift(org);
    }
    await served.database.query("vacuum analyze");
    // The fill wrote without audit events (bulk inserts): no report may predate it.
    readinessCache.clear();
    const sizes: SizeResult[] = [];
    for (const org of orgs) {
      const r = await measureOrg(served, owner, org, s);
      s.log(
        `${kind}: ${org.items} items: HTTP p50 cold ${r.cold.sequential.p50} ms, warm ${r.warm.sequential.p50} ms; c${s.connections} p50 cold ${r.cold.concurrent.latencyMs.p50} ms, warm ${r.warm.concurrent.latencyMs.p50} ms; cold head ${r.cold.service.head.p50} + load ${r.cold.service.load.p50} + evaluate ${r.cold.service.evaluate.p50} ms (${since()})`,
      );
      sizes.push(r);
    }
    return {
      kind,
      server: served.server,
      poolSize: kind === "postgres" ? Number(process.env.DB_POOL_SIZE ?? 10) : null,
      loadAverageBefore,
      loadAverageAfter: loadAverage(),
      sizes,
    };
  } finally {
    await served.close();
    s.log(`${kind}: closed after ${since()}`);
  }
}
