// Presents benchmark results: a console table and the Markdown summary in bench/results/.
import type { KindResult } from "./people-list.ts";

export type Machine = {
  date: string;
  nproc: number;
  cpu: string;
  memoryGb: number;
  node: string;
  platform: string;
  /** 1-minute load average just before the run: other work on the machine skews figures. */
  loadAverageBefore: number;
};

export type RunSettings = {
  variant: string;
  people: number;
  durationS: number;
  connections: number;
  n: number;
};

/** The 1-minute load average decays slowly: only well above half the CPUs means other work. */
export const busyBefore = (m: Machine) => m.loadAverageBefore > m.nproc * 0.75;

const ms = (x: number | undefined) => (x === undefined ? "–" : String(x));

function row(cells: (string | number)[]): string {
  return `| ${cells.join(" | ")} |`;
}

function scenarioTable(r: KindResult, c: number): string[] {
  const head = [
    "scenario",
    "total",
    `p50 ms (c${c})`,
    "p90",
    "p99",
    "mean",
    "req/s",
    "errors / non-2xx",
    "CPU busy %",
    "CPU ms/req node / pg",
    "API 1 client p50 / p99",
    "raw list+count p50 / p99",
    `raw c${c} p50 / p99`,
    "API/raw p50 (1 client)",
    `API/raw p50 (c${c})`,
    "p99<50",
    "≤2×raw",
  ];
  const lines = [row(head), row(head.map(() => "---"))];
  for (const s of r.scenarios) {
    const l = s.load.latencyMs;
    lines.push(
      row([
        s.name,
        s.total,
        l.p50,
        l.p90,
        l.p99,
        l.mean,
        s.load.reqPerSec,
        `${s.load.errors + s.load.timeouts} / ${s.load.non2xx}`,
        ms(s.load.cpu.machineBusyPct ?? undefined),
        `${s.load.cpu.nodeMsPerRequest} / ${ms(s.load.cpu.postgresMsPerRequest ?? undefined)}`,
        `${s.apiSequential.p50} / ${s.apiSequential.p99}`,
        s.raw ? `${s.raw.pair.p50} / ${s.raw.pair.p99}` : "–",
        s.raw ? `${s.raw.pairConcurrent.p50} / ${s.raw.pairConcurrent.p99}` : "–",
        ms(s.ratio?.sequentialP50),
        ms(s.ratio?.concurrentP50),
        s.goals.p99Under50ms ? "yes" : "**no**",
        s.goals.apiAtMost2xRaw === undefined ? "–" : s.goals.apiAtMost2xRaw ? "yes" : "**no**",
      ]),
    );
  }
  return lines;
}

function breakdownTable(r: KindResult): string[] {
  const b = r.breakdown;
  const lines = [
    row(["piece (in-process, sequential)", "p50 ms", "p99 ms"]),
    row(["---", "---", "---"]),
  ];
  const add = (name: string, st: { p50: number; p99: number }) =>
    lines.push(row([name, st.p50, st.p99]));
  add("session: better-auth getSession, cookie cache hit", b.sessionCached);
  add("session: getSession from the database (token only)", b.sessionFromDb);
  add("membership: roleIn (member row)", b.membership);
  add("service: listPeople page 1 (list + count)", b.listPeopleService);
  const first = r.scenarios[0];
  if (first?.raw) {
    add("raw: list statement alone", first.raw.list);
    add("raw: count statement alone", first.raw.count);
  }
  return lines;
}

function statements(r: KindResult): string[] {
  const s = r.breakdown.statementsPerRequest;
  return [
    `Statements per request with the cookie cache: ${s.withCookieCache.length}; with the session token only: ${s.tokenOnly.length}.`,
    "",
    ...s.tokenOnly.map((q) => `- \`${q.replace(/`/g, "'")}\``),
  ];
}

export function markdown(
  machine: Machine,
  settings: RunSettings,
  results: KindResult[],
  failures: string[],
): string {
  const out = [
    "# Benchmark: GET people (list of 従業者)",
    "",
    `- Date: ${machine.date}`,
    `- Machine: ${machine.nproc} CPUs (nproc), ${machine.cpu}, ${machine.memoryGb} GB RAM, ${machine.platform}; 1-min load average ${machine.loadAverageBefore} just before the run${busyBefore(machine) ? " (other work may have been running: figures may be skewed)" : ""}`,
    `- Node ${machine.node}`,
    `- Variant: ${settings.variant}${settings.variant === "no-sort-index" ? " (person_org_sort_idx dropped after migrating, to measure what it buys)" : " (schema as migrated)"}`,
    `- Data: ${settings.people} people, 60 departments (bench/generate.ts, seeded); page of 50, default sort (kana)`,
    `- Load: autocannon, ${settings.connections} connections, ${settings.durationS} s per scenario, in a child process on the same machine; 1-client and raw figures from ${settings.n} sequential runs`,
    "- Goals: p99 < 50 ms at 50 connections; API time ≤ 2× the raw query (API p50 with 1 client / raw list+count p50).",
    "",
  ];
  for (const r of results) {
    out.push(`## ${r.kind}: ${r.server.split(",")[0]}`, "");
    out.push(
      `Migrate ${r.setup.migrateMs} ms; generate ${r.setup.generateMs} ms` +
        (r.poolSize
          ? `; app pool size ${r.poolSize} (DB_POOL_SIZE)`
          : "; one PGlite instance (single-threaded, in the app's process)"),
      "",
      ...scenarioTable(r, settings.connections),
      "",
      ...breakdownTable(r),
      "",
      ...statements(r),
      "",
    );
  }
  for (const f of failures) out.push(`**Failed:** ${f}`, "");
  out.push(
    "## Notes",
    "",
    "- autocannon records latency in whole milliseconds; the 1-client and raw columns are measured with performance.now().",
    '- "raw" runs the exact statements the service sends (captured at the driver) through the PGlite client or the pg Pool, the list and the count together as the service does; "raw cN" keeps N of those pairs in flight.',
    '- Each scenario signs in just before it runs, so requests hit better-auth\'s 60 s cookie cache as a browser would; "no cookie cache" sends only the session token, so every request looks the session up in the database.',
    '- The load generator, the app and the database share the machine\'s CPUs; figures are for comparison between runs, not capacity planning. "CPU busy %" is the whole machine during the autocannon run; "CPU ms/req" is CPU time per request of the app\'s Node process (all threads; with PGlite this includes the database) and of the PostgreSQL cluster.',
    "- With a closed-loop load of N connections, mean latency ≈ N / throughput: at 50 connections, p99 < 50 ms needs well over 1,000 req/s.",
    "- Figures per kind are in people-list-<kind>.json (with query plans).",
    "",
  );
  return out.join("\n");
}

/** Display width in a terminal: CJK and full-width characters take two columns. */
const width = (s: string) =>
  [...s].reduce(
    (w, ch) =>
      w +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1),
    0,
  );
const pad = (v: string | number, n: number) => {
  const s = String(v);
  return s + " ".repeat(Math.max(1, n - width(s)));
};

export function consoleTable(results: KindResult[]): string {
  const cols: [string, number][] = [
    ["kind", 9],
    ["scenario", 26],
    ["p50", 6],
    ["p90", 6],
    ["p99", 6],
    ["req/s", 8],
    ["err", 4],
    ["cpu%", 5],
    ["node/pg ms/req", 15],
    ["1c p50", 8],
    ["raw p50", 8],
    ["ratio", 6],
  ];
  const lines = [cols.map(([h, n]) => pad(h, n)).join("")];
  for (const r of results)
    for (const s of r.scenarios) {
      const c = s.load.cpu;
      const cells = [
        r.kind,
        s.name,
        s.load.latencyMs.p50,
        s.load.latencyMs.p90,
        s.load.latencyMs.p99,
        s.load.reqPerSec,
        s.load.errors + s.load.timeouts + s.load.non2xx,
        ms(c.machineBusyPct ?? undefined),
        `${c.nodeMsPerRequest}/${ms(c.postgresMsPerRequest ?? undefined)}`,
        s.apiSequential.p50,
        ms(s.raw?.pair.p50),
        ms(s.ratio?.sequentialP50),
      ];
      lines.push(cells.map((v, i) => pad(v, cols[i]?.[1] ?? 8)).join(""));
    }
  return lines.join("\n");
}
