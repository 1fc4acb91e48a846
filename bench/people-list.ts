// Benchmark of `GET /api/v1/orgs/:orgId/people` on one kind of database: migrate, generate a
// large organization, start the real app on a loopback port, then per scenario: autocannon at
// 50 connections, a sequential client, and the same SQL timed raw through the driver.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Database, openDatabase } from "../src/db/client.ts";
import { peopleListQuery } from "../src/modules/people/people.contract.ts";
import { listPeople } from "../src/modules/people/people.service.ts";
import { buildApp } from "../src/server/app.ts";
import { loadConfig } from "../src/server/config.ts";
import { type Breakdown, measureBreakdown, signIn } from "./breakdown.ts";
import { type CpuUse, withCpu } from "./cpu.ts";
import { generateOrganization } from "./generate.ts";
import { httpGet, type LoadResult, runAutocannon, type Stats, timeSequential } from "./load.ts";
import { benchEnv } from "./origin.ts";
import { startBenchPostgres } from "./postgres.ts";
import { captureSql, explain, listAndCount, type RawTimings, timeRaw } from "./raw.ts";

export type Kind = "pglite" | "postgres";
/**
 * baseline: the schema as migrated. no-sort-index: without person_org_sort_idx (the index
 * matching the default order), to measure what that index buys.
 */
export type Variant = "baseline" | "no-sort-index";
export type BenchSettings = {
  variant: Variant;
  people: number;
  durationS: number;
  connections: number;
  n: number;
  log: (line: string) => void;
};

type Scenario = { name: string; query: Record<string, string>; tokenOnly?: boolean };

export const SCENARIOS: Scenario[] = [
  { name: "page 1", query: { page: "1", limit: "50" } },
  { name: "page 30 (offset 1450)", query: { page: "30", limit: "50" } },
  { name: "q=田中 (kanji surname)", query: { q: "田中", page: "1", limit: "50" } },
  { name: "q=タカ (kana)", query: { q: "タカ", page: "1", limit: "50" } },
  { name: "q=yama (e-mail)", query: { q: "yama", page: "1", limit: "50" } },
  { name: "page 1, no cookie cache", query: { page: "1", limit: "50" }, tokenOnly: true },
];

export type ScenarioResult = {
  name: string;
  path: string;
  total: number;
  load: LoadResult & { cpu: CpuUse };
  apiSequential: Stats;
  raw?: RawTimings;
  plans?: { list: string[]; count: string[] };
  ratio?: { sequentialP50: number; concurrentP50: number };
  goals: { p99Under50ms: boolean; apiAtMost2xRaw?: boolean };
};

export type KindResult = {
  kind: Kind;
  variant: Variant;
  server: string;
  poolSize: number | null;
  setup: { migrateMs: number; generateMs: number; people: number; departments: number };
  breakdown: Breakdown;
  scenarios: ScenarioResult[];
};

const r2 = (x: number) => Math.round(x * 100) / 100;

type Opened = { database: Database; postgresPid: number | null; close: () => Promise<void> };

async function openKind(kind: Kind): Promise<Opened> {
  if (kind === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "mamori-bench-lite-"));
    const removeDir = () => rmSync(dir, { recursive: true, force: true });
    process.on("exit", removeDir);
    try {
      const database = await openDatabase({ dataDir: dir });
      return {
        database,
        postgresPid: null,
        close: async () => {
          try {
            await database.close();
          } finally {
            removeDir();
            process.off("exit", removeDir);
          }
        },
      };
    } catch (err) {
      removeDir();
      throw err;
    }
  }
  const server = await startBenchPostgres();
  try {
    const database = await openDatabase({ databaseUrl: server.url, dataDir: "" });
    return {
      database,
      postgresPid: server.pid,
      close: async () => {
        try {
          await database.close();
        } finally {
          await server.stop();
        }
      },
    };
  } catch (err) {
    await server.stop();
    throw err;
  }
}

export async function benchPeopleList(kind: Kind, s: BenchSettings): Promise<KindResult> {
  const { database, postgresPid, close } = await openKind(kind);
  try {
    const t0 = performance.now();
    await database.migrate();
    const migrateMs = performance.now() - t0;
    const [{ version } = { version: "?" }] = await database.query<{ version: string }>(
      "select version()",
    );
    const config = loadConfig({ ...benchEnv, HOST: "127.0.0.1", LOG_LEVEL: "silent" });
    const app = await buildApp(database, config, { logger: false });
    try {
      const address = await app.listen({ host: "127.0.0.1", port: 0 });
      const gen = await generateOrganization(app, database, { people: s.people });
      if (s.variant === "no-sort-index") {
        await database.query("drop index if exists person_org_sort_idx");
        await database.query("analyze person");
      }
      s.log(
        `${kind}: ${version.split(" on ")[0]}; migrated in ${r2(migrateMs)} ms; generated ${gen.people} people / ${gen.departments} departments in ${r2(gen.ms)} ms`,
      );
      const base = `${address}/api/v1/orgs/${gen.orgId}/people`;
      let cookies = await signIn(app, gen.owner);
      s.log(`${kind}: warming up (autocannon ${s.connections} connections, 3 s)`);
      await runAutocannon({
        url: base,
        cookie: cookies.full,
        connections: s.connections,
        durationS: 3,
      });
      cookies = await signIn(app, gen.owner);
      const breakdown = await measureBreakdown({
        app,
        database,
        config,
        orgId: gen.orgId,
        userId: gen.owner.id,
        cookies,
        n: s.n,
      });
      const ctx = {
        orgId: gen.orgId,
        userId: gen.owner.id,
        userName: "ベンチ 太郎",
        role: "owner" as const,
      };
      const scenarios: ScenarioResult[] = [];
      for (const sc of SCENARIOS) {
        const url = `${base}?${new URLSearchParams(sc.query)}`;
        cookies = await signIn(app, gen.owner); // the cookie cache lives 60 s
        const cookie = sc.tokenOnly ? cookies.tokenOnly : cookies.full;
        await timeSequential(() => httpGet(url, cookie), 50);
        const load = await withCpu(
          () => runAutocannon({ url, cookie, connections: s.connections, durationS: s.durationS }),
          postgresPid,
        );
        cookies = await signIn(app, gen.owner);
        const seqCookie = sc.tokenOnly ? cookies.tokenOnly : cookies.full;
        const apiSequential = await timeSequential(() => httpGet(url, seqCookie), s.n);
        const q = peopleListQuery.parse(sc.query);
        const { result, statements } = await captureSql(() => listPeople(database.db, ctx, q));
        const out: ScenarioResult = {
          name: sc.name,
          path: url.slice(address.length),
          total: result.total,
          load,
          apiSequential,
          goals: { p99Under50ms: load.latencyMs.p99 < 50 },
        };
        if (!sc.tokenOnly) {
          const { list, count } = listAndCount(statements);
          const raw = await timeRaw(database, list, count, { n: s.n, concurrency: s.connections });
          out.raw = raw;
          out.plans = {
            list: await explain(database, list),
            count: await explain(database, count),
          };
          out.ratio = {
            sequentialP50: r2(apiSequential.p50 / raw.pair.p50),
            concurrentP50: r2(load.latencyMs.p50 / raw.pairConcurrent.p50),
          };
          out.goals.apiAtMost2xRaw = out.ratio.sequentialP50 <= 2;
        }
        s.log(
          `${kind}: ${sc.name}: p50 ${load.latencyMs.p50} / p99 ${load.latencyMs.p99} ms, ${load.reqPerSec} req/s` +
            (out.raw
              ? `; raw pair p50 ${out.raw.pair.p50} ms (c${s.connections}: ${out.raw.pairConcurrent.p50} ms)`
              : ""),
        );
        scenarios.push(out);
      }
      const poolSize = kind === "postgres" ? Number(process.env.DB_POOL_SIZE ?? 10) : null;
      return {
        kind,
        variant: s.variant,
        server: version,
        poolSize,
        setup: {
          migrateMs: r2(migrateMs),
          generateMs: r2(gen.ms),
          people: gen.people,
          departments: gen.departments,
        },
        breakdown,
        scenarios,
      };
    } finally {
      await app.close();
    }
  } finally {
    await close();
  }
}
