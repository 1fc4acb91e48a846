// The request-path benchmark on one database kind (issue 10, item 8): what an authenticated
// request costs on top of its SQL. Stage timings in process (stages.ts), whole requests from
// one client beside their raw SQL (with and without the request log), load at N connections
// with CPU per request, a CPU profile by package, and on PostgreSQL the app in one and in two
// processes (node:cluster) on the same database.

import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import type { CpuUse } from "../cpu.ts";
import { drain, httpGet, type LoadResult, runAutocannon, summarize } from "../load.ts";
import { captureSql, type Statement } from "../raw.ts";
import { sampleFor } from "../registers/measure.ts";
import { type ProfileSummary, profiled } from "./profile.ts";
import { type Kind, type PathServed, servePath, startCluster } from "./setup.ts";
import { measureStages, type StageResult, type Stages, timeStage } from "./stages.ts";

export type RequestPathSettings = {
  items: number;
  risksPerItem: number;
  n: number;
  durationS: number;
  connections: number;
  profileS: number;
  log: (line: string) => void;
};

type Path = "healthz" | "orgs" | "person" | "register";
export type Sequential = { path: Path; url: string; logged: StageResult; quiet: StageResult };
export type LoadRun = {
  name: string;
  processes: number;
  path: Path;
  load: LoadResult & { cpu: CpuUse };
};

export type RequestPathKindResult = {
  kind: Kind;
  label: string;
  loadAverageBefore: number;
  loadAverageAfter: number;
  server: string;
  items: number;
  fillMs: number;
  stages: Stages;
  statementsPerRequest: Record<Path, string[]>;
  sequential: Sequential[];
  loads: LoadRun[];
  profile: { path: Path; connections: number; durationS: number; summary: ProfileSummary };
  goals: {
    /** PostgreSQL: the one-row read, 1 client, p50 minus its raw SQL's p50 (ms) ≤ 1. */
    overOneRowMs: number;
    /** PGlite: the one-row read, 1 client, p50 over its raw SQL's p50 ≤ 1.5. */
    oneRowRatio: number;
    /** The same over every statement the request sends (the session check included). */
    oneRowRatioAllStatements?: number;
    rawAllPerson?: StageResult;
    met: Record<string, boolean>;
  };
};

const loadAvg = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function urls(s: PathServed, base: string): Record<Path, string> {
  const org = `${base}/api/v1/orgs/${s.orgId}`;
  return {
    healthz: `${base}/healthz`,
    orgs: `${base}/api/v1/orgs`,
    person: `${org}/people/${s.personId}`,
    register: `${org}/inventory-items?limit=50`,
  };
}

async function sequential(url: string, cookie: string, n: number): Promise<StageResult> {
  await sampleFor(() => httpGet(url, cookie), { n: 50, budgetMs: 0, min: 50 });
  const st = summarize(await sampleFor(() => httpGet(url, cookie), { n, budgetMs: 4000, min: 50 }));
  return { name: url, p50: st.p50, mean: st.mean, p99: st.p99, n: st.n };
}

function procStat(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/**
 * CPU ticks (10 ms) of a process and its children that never go down: its own, its reaped
 * children's (cutime, cstime) and its running children's — a PostgreSQL postmaster and its
 * backends (an idle pool connection that ends moves from the last part to the second), or a
 * node:cluster primary and its workers.
 */
function treeTicks(pid: number): number {
  const f = procStat(pid);
  if (!f) return 0;
  let ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(f[i] ?? 0), 0);
  for (const name of readdirSync("/proc")) {
    const child = Number(name);
    if (!child || child === pid) continue;
    const c = procStat(child);
    if (c && Number(c[1]) === pid) ticks += Number(c[11] ?? 0) + Number(c[12] ?? 0);
  }
  return ticks;
}

function machineTicks(): { busy: number; total: number } {
  const v = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "")
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - (v[3] ?? 0) - (v[4] ?? 0), total };
}

/** CPU per request of the app (this process, or a cluster's processes) and of PostgreSQL. */
async function withCpu(
  fn: () => Promise<LoadResult>,
  nodePid: number | null,
  postgresPid: number | null,
): Promise<LoadResult & { cpu: CpuUse }> {
  const m0 = machineTicks();
  const n0 = nodePid === null ? process.cpuUsage() : null;
  const t0 = nodePid === null ? 0 : treeTicks(nodePid);
  const p0 = postgresPid ? treeTicks(postgresPid) : 0;
  const r = await fn();
  const m1 = machineTicks();
  const nodeMs =
    nodePid === null
      ? (() => {
          const u = process.cpuUsage(n0 ?? undefined);
          return (u.user + u.system) / 1000;
        })()
      : (treeTicks(nodePid) - t0) * 10;
  const pgMs = postgresPid ? (treeTicks(postgresPid) - p0) * 10 : null;
  const per = (ms: number) => Math.round((ms / Math.max(1, r.requests)) * 1000) / 1000;
  return {
    ...r,
    cpu: {
      machineBusyPct: Math.round((100 * (m1.busy - m0.busy)) / Math.max(1, m1.total - m0.total)),
      nodeMsPerRequest: per(nodeMs),
      postgresMsPerRequest: pgMs === null ? null : per(pgMs),
    },
  };
}

export async function benchRequestPath(
  kind: Kind,
  label: string,
  st: RequestPathSettings,
): Promise<RequestPathKindResult> {
  const loadAverageBefore = loadAvg();
  const started = performance.now();
  const since = () => `${Math.round((performance.now() - started) / 1000)} s`;
  const s = await servePath(kind, { items: st.items, risksPerItem: st.risksPerItem });
  try {
    st.log(`${kind}: ${s.items} items filled in ${s.fillMs} ms (${since()})`);
    const cookie = s.cookies.full;
    const stages = await measureStages(s, st.n);
    for (const x of stages.stages) st.log(`${kind}: ${x.name}: p50 ${x.p50} ms, mean ${x.mean}`);
    st.log(
      `${kind}: raw SQL p50: orgs ${stages.raw.orgs.p50}, person ${stages.raw.person.p50}, register ${stages.raw.register.p50} ms (${since()})`,
    );

    const logged = urls(s, s.address);
    const quiet = urls(s, s.quietAddress);
    const paths: Path[] = ["healthz", "orgs", "person", "register"];
    const statementsPerRequest = {} as Record<Path, string[]>;
    let personStatements: Statement[] = [];
    for (const p of paths) {
      const { statements } = await captureSql(() => httpGet(logged[p], cookie));
      statementsPerRequest[p] = statements.map((x) => x.sql.replace(/\s+/g, " ").slice(0, 160));
      if (p === "person") personStatements = statements;
    }
    // Every statement the one-row request sends (session check included), raw, one by one.
    const rawAllPerson = await timeStage(
      "raw SQL: every statement of the one-row request",
      async () => {
        for (const x of personStatements) await s.database.query(x.sql, x.params);
      },
      st.n,
    );
    const seq: Sequential[] = [];
    for (const p of paths) {
      const l = await sequential(logged[p], cookie, st.n);
      const q = await sequential(quiet[p], cookie, st.n);
      seq.push({ path: p, url: logged[p].slice(s.address.length), logged: l, quiet: q });
      st.log(`${kind}: 1 client ${p}: p50 ${l.p50} ms (without request log ${q.p50})`);
    }

    const loads: LoadRun[] = [];
    const load = async (
      name: string,
      processes: number,
      path: Path,
      base: string,
      nodePid: number | null,
    ) => {
      const url = urls(s, base)[path];
      await runAutocannon({ url, cookie, connections: st.connections, durationS: 3 }); // warm-up
      const cannon = () =>
        runAutocannon({ url, cookie, connections: st.connections, durationS: st.durationS });
      const r = await withCpu(cannon, nodePid, s.postgresPid);
      await drain(() => httpGet(url, cookie), 5);
      loads.push({ name, processes, path, load: r });
      const l = r.latencyMs;
      st.log(
        `${kind}: ${name}: c${st.connections} p50 ${l.p50} / p99 ${l.p99} ms, ${r.reqPerSec} req/s, node ${r.cpu.nodeMsPerRequest} ms CPU/req, pg ${r.cpu.postgresMsPerRequest ?? "–"}; errors ${r.errors + r.timeouts + r.non2xx}`,
      );
    };
    await load("register page 1, 1 process", 1, "register", s.address, null);
    await load("one row (person), 1 process", 1, "person", s.address, null);
    if (kind === "postgres" && s.databaseUrl) {
      for (const workers of [2]) {
        const c = await startCluster(s.databaseUrl, workers);
        try {
          await load(
            `register page 1, ${workers} processes`,
            workers,
            "register",
            c.address,
            c.pid,
          );
          await load(`one row (person), ${workers} processes`, workers, "person", c.address, c.pid);
        } finally {
          await c.stop();
        }
      }
    }

    const profileUrl = logged.register;
    await runAutocannon({ url: profileUrl, cookie, connections: st.connections, durationS: 2 });
    const prof = await profiled(() =>
      runAutocannon({
        url: profileUrl,
        cookie,
        connections: st.connections,
        durationS: st.profileS,
      }),
    );
    await drain(() => httpGet(profileUrl, cookie), 5);
    st.log(
      `${kind}: profile (register page 1, c${st.connections}): ${prof.profile.parts
        .slice(0, 6)
        .map((p) => `${p.part} ${p.msPerRequest} ms/req`)
        .join("; ")}`,
    );

    const person = seq.find((x) => x.path === "person")?.logged.p50 ?? 0;
    const overOneRowMs = r3(person - stages.raw.person.p50);
    const oneRowRatio = Math.round((100 * person) / Math.max(0.001, stages.raw.person.p50)) / 100;
    const met: Record<string, boolean> = {};
    if (kind === "postgres") {
      met["one-row read ≤ raw SQL + 1 ms (1 client)"] = overOneRowMs <= 1;
      const two = loads.find((x) => x.path === "register" && x.processes === 2);
      if (two)
        met["register page 1 p99 ≤ 100 ms at c50, 2 processes"] =
          two.load.latencyMs.p99 <= 100 && two.load.errors + two.load.non2xx === 0;
    } else {
      met["one-row read ≤ 1.5× raw SQL (1 client)"] = oneRowRatio <= 1.5;
    }
    st.log(`${kind}: done after ${since()}`);
    return {
      kind,
      label,
      loadAverageBefore,
      loadAverageAfter: loadAvg(),
      server: s.server,
      items: s.items,
      fillMs: s.fillMs,
      stages,
      statementsPerRequest,
      sequential: seq,
      loads,
      profile: {
        path: "register",
        connections: st.connections,
        durationS: st.profileS,
        summary: prof.profile,
      },
      goals: {
        overOneRowMs,
        oneRowRatio,
        oneRowRatioAllStatements:
          Math.round((100 * person) / Math.max(0.001, rawAllPerson.p50)) / 100,
        rawAllPerson,
        met,
      },
    };
  } finally {
    await s.close();
  }
}
