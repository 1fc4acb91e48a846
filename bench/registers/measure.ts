// Timing of one long operation (an import, an export) with where its time went: wall time,
// CPU of this Node process and of the PostgreSQL cluster, and the time spent inside the
// database driver (PGlite's protocol calls, or pg's Client.query until its result arrived).
import { readdirSync, readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export type Timed = {
  ms: number;
  /** CPU time of this process (all threads; with PGlite it includes the database). */
  nodeCpuMs: number;
  /** CPU time of the PostgreSQL cluster the benchmark started; null on PGlite. */
  pgCpuMs: number | null;
  /** Time inside driver calls, summed (statements of one transaction run one at a time). */
  dbMs: number;
  statements: number;
  /** Driver time by statement (first words), most expensive first. */
  bySql: { sql: string; ms: number; calls: number }[];
};

type Fn = (this: unknown, ...args: unknown[]) => unknown;
const TICK_MS = 10; // USER_HZ is 100 on Linux

function procStat(pid: number): string[] | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    return s.slice(s.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/**
 * CPU ticks of a PostgreSQL cluster that never go down: the postmaster's own and its reaped
 * children's (cutime, cstime), plus the children still running. A backend or autovacuum
 * worker that exits during the measurement moves from the second part to the first.
 */
function clusterTicks(postmasterPid: number): number {
  const f = procStat(postmasterPid);
  if (!f) return 0;
  let ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(f[i] ?? 0), 0);
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!pid || pid === postmasterPid) continue;
    const c = procStat(pid);
    if (c && Number(c[1]) === postmasterPid) ticks += Number(c[11] ?? 0) + Number(c[12] ?? 0);
  }
  return ticks;
}
const r1 = (x: number) => Math.round(x * 10) / 10;

const shortSql = (text: string) => text.replace(/\s+/g, " ").trim().slice(0, 60);
const decoder = new TextDecoder();

/**
 * The statement text of a driver call: pg's text or query config, or PGlite's wire message
 * (Parse 'P': name then query; Query 'Q': the query). Other messages (bind, execute, sync)
 * belong to the statement parsed last.
 */
function statementOf(arg: unknown): string | null {
  if (typeof arg === "string") return shortSql(arg);
  if (arg instanceof Uint8Array) {
    if (arg[0] === 0x51) return shortSql(decoder.decode(arg.subarray(5, 400)).split("\0")[0] ?? "");
    if (arg[0] !== 0x50) return null;
    const nameEnd = arg.indexOf(0, 5);
    return shortSql(decoder.decode(arg.subarray(nameEnd + 1, nameEnd + 400)).split("\0")[0] ?? "");
  }
  const text = (arg as { text?: unknown } | null)?.text;
  return typeof text === "string" ? shortSql(text) : null;
}

/** Replaces `name` on `proto` with a timed wrapper while `fn` runs (benchmark only: not reentrant). */
function patched(
  targets: { proto: object; name: string }[],
  wrap: (original: Fn) => Fn,
): () => void {
  const saved = targets.map(({ proto, name }) => {
    const p = proto as Record<string, Fn>;
    const own = Object.hasOwn(p, name);
    const original = p[name] as Fn;
    p[name] = wrap(original);
    return () => {
      if (own) p[name] = original;
      else delete p[name];
    };
  });
  return () => {
    for (const restore of saved) restore();
  };
}

export async function timed<T>(
  fn: () => Promise<T>,
  postgresPid: number | null,
): Promise<{ result: T; timing: Timed }> {
  let dbMs = 0;
  let statements = 0;
  const bySql = new Map<string, { ms: number; calls: number }>();
  let current = "?";
  const add = (t: number, sql = current) => {
    const ms = performance.now() - t;
    dbMs += ms;
    const e = bySql.get(sql) ?? { ms: 0, calls: 0 };
    e.ms += ms;
    e.calls++;
    bySql.set(sql, e);
  };
  // PGlite runs each statement as execProtocolStream calls (parse, bind, execute, sync) and
  // simple ones through execProtocol; pg's Pool.query ends in Client.query with a callback.
  const restore = patched(
    [
      { proto: PGlite.prototype, name: "execProtocolStream" },
      { proto: PGlite.prototype, name: "execProtocol" },
      { proto: pg.Client.prototype, name: "query" },
    ],
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        const t = performance.now();
        statements++;
        const sql = statementOf(args[0]) ?? current;
        current = sql;
        const last = args.length - 1;
        const cb = args[last];
        if (typeof cb === "function") {
          args[last] = (...r: unknown[]) => {
            add(t, sql);
            return (cb as Fn)(...r);
          };
          return original.apply(this, args);
        }
        const out = original.apply(this, args);
        if (out && typeof (out as Promise<unknown>).then === "function")
          return (out as Promise<unknown>).finally(() => add(t, sql));
        add(t, sql);
        return out;
      },
  );
  const cpu0 = process.cpuUsage();
  const pg0 = postgresPid ? clusterTicks(postgresPid) : 0;
  const t0 = performance.now();
  try {
    const result = await fn();
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return {
      result,
      timing: {
        ms: r1(ms),
        nodeCpuMs: r1((cpu.user + cpu.system) / 1000),
        pgCpuMs: postgresPid ? (clusterTicks(postgresPid) - pg0) * TICK_MS : null,
        dbMs: r1(dbMs),
        statements,
        bySql: [...bySql.entries()]
          .map(([sql, e]) => ({ sql, ms: r1(e.ms), calls: e.calls }))
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 6),
      },
    };
  } finally {
    restore();
  }
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The run with the median wall time (its CPU and driver figures go with it). */
export function medianRun(runs: readonly Timed[]): Timed & { runs: number[] } {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)] as Timed;
  return { ...mid, ms: r1(median(runs.map((r) => r.ms))), runs: runs.map((r) => r.ms) };
}

/** Runs `op` until `n` samples or `budgetMs` (at least `min` samples); latency stats in ms. */
export async function sampleFor(
  op: () => Promise<unknown>,
  opts: { n: number; budgetMs: number; min?: number },
): Promise<number[]> {
  const samples: number[] = [];
  const start = performance.now();
  while (
    samples.length < opts.n &&
    (samples.length < (opts.min ?? 20) || performance.now() - start < opts.budgetMs)
  ) {
    const t = performance.now();
    await op();
    samples.push(performance.now() - t);
  }
  return samples;
}
