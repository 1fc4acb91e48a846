// bench/results/registers.md: a table per database kind, the goals, and where the time goes
// (computed from the figures, so a rerun rewrites every sentence with its own numbers).
import { busyBefore, type Machine } from "../report.ts";
import type { ListResult } from "./lists.ts";
import { median } from "./measure.ts";
import type { RegistersKindResult } from "./suite.ts";

export type RegistersRun = {
  runs: number;
  durationS: number;
  connections: number;
  n: number;
  loadAverageAfter: number;
};

const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
const head = (cells: string[]) => [row(cells), row(cells.map(() => "---"))];
const s1 = (ms: number) => (ms / 1000).toFixed(2);
const pct = (a: number, b: number) => `${Math.round((100 * a) / Math.max(1, b))}%`;
const x = (a: number, b: number) => `${(a / Math.max(0.001, b)).toFixed(2)}×`;
const yes = (ok: boolean) => (ok ? "yes" : "**no**");

type Op = {
  ms: number;
  nodeCpuMs: number;
  pgCpuMs: number | null;
  dbMs: number;
  statements: number;
  runs: number[];
  bySql: { sql: string; ms: number; calls: number }[];
};

const topSql = (op: Op, k = 3) =>
  op.bySql
    .slice(0, k)
    .map((q) => `\`${q.sql.replace(/`/g, "'")}…\` ${s1(q.ms)} s`)
    .join(", ");

function opRow(name: string, rows: number, op: Op, rawMs: number, rawName: string) {
  return row([
    name,
    rows,
    s1(op.ms),
    op.runs.map(s1).join(", "),
    `${x(op.ms, rawMs)} ${rawName}`,
    s1(op.nodeCpuMs),
    op.pgCpuMs === null ? "–" : s1(op.pgCpuMs),
    `${s1(op.dbMs)} (${pct(op.dbMs, op.ms)})`,
    op.statements,
  ]);
}

function excelTable(r: RegistersKindResult): string[] {
  const t = r.transfer;
  const { raw, imports: i, exports: e } = t;
  const rr = raw.registerRead.medianMs;
  const kr = raw.risksRead.medianMs;
  const rawRow = (name: string, f: { medianMs: number; runs: number[] }) =>
    row([name, "", s1(f.medianMs), f.runs.map(s1).join(", "), "", "", "", "", ""]);
  return [
    ...head([
      "operation",
      "rows",
      "median s",
      "runs s",
      "ratio",
      "node CPU s",
      "pg CPU s",
      "in driver s (share)",
      "driver calls",
    ]),
    rawRow("raw exceljs read, register (xlsx.load + every cell)", raw.registerRead),
    rawRow("raw exceljs streaming read, register", raw.registerStreamRead),
    rawRow(`app read step only (readTableFile), register — once`, {
      medianMs: t.appRead.registerMs,
      runs: [t.appRead.registerMs],
    }),
    opRow(
      "**import preview, register** (empty org)",
      t.files.items,
      i.registerPreview,
      rr,
      "raw read",
    ),
    opRow(
      "**import commit, register** (empty org)",
      t.files.items,
      i.registerCommit,
      rr,
      "raw read",
    ),
    opRow(
      "re-import commit, register (unchanged)",
      t.files.items,
      i.registerReimport,
      rr,
      "raw read",
    ),
    rawRow("raw exceljs read, risks", raw.risksRead),
    rawRow("raw exceljs streaming read, risks", raw.risksStreamRead),
    rawRow("app read step only (readTableFile), risks — once", {
      medianMs: t.appRead.risksMs,
      runs: [t.appRead.risksMs],
    }),
    opRow("**import preview, risks**", t.files.risks, i.risksPreview, kr, "raw read"),
    opRow("**import commit, risks**", t.files.risks, i.risksCommit, kr, "raw read"),
    opRow("re-import commit, risks (unchanged)", t.files.risks, i.risksReimport, kr, "raw read"),
    rawRow("raw exceljs write, register (in-memory workbook)", raw.registerWrite),
    rawRow("raw exceljs streaming write, register", raw.registerStreamWrite),
    opRow(
      "**export.xlsx, register**",
      t.files.items,
      e.register,
      raw.registerStreamWrite.medianMs,
      "raw stream write",
    ),
    rawRow("raw exceljs write, risks (in-memory workbook)", raw.risksWrite),
    rawRow("raw exceljs streaming write, risks", raw.risksStreamWrite),
    opRow(
      "**export.xlsx, risks**",
      t.files.risks,
      e.risks,
      raw.risksStreamWrite.medianMs,
      "raw stream write",
    ),
  ];
}

function listTable(r: RegistersKindResult, c: number): string[] {
  const lines = head([
    "scenario",
    "total",
    `p50 ms (c${c})`,
    "p90",
    "p99",
    "req/s",
    "errors / non-2xx",
    "CPU busy %",
    "CPU ms/req node / pg",
    "1 client p50 / p99",
    "raw SQL p50 / p99",
    `raw SQL c${c} p50 / p99`,
    "API/raw p50 (1 client)",
    `API/raw p50 (c${c})`,
    "p99 < 50",
  ]);
  for (const s of r.lists) {
    const l = s.load.latencyMs;
    lines.push(
      row([
        s.name,
        s.total,
        l.p50,
        l.p90,
        l.p99,
        s.load.reqPerSec,
        `${s.load.errors} (${s.load.timeouts} timeouts) / ${s.load.non2xx}`,
        s.load.cpu.machineBusyPct ?? "–",
        `${s.load.cpu.nodeMsPerRequest} / ${s.load.cpu.postgresMsPerRequest ?? "–"}`,
        `${s.apiSequential.p50} / ${s.apiSequential.p99}`,
        `${s.raw.set.p50} / ${s.raw.set.p99}`,
        `${s.raw.setConcurrent.p50} / ${s.raw.setConcurrent.p99}`,
        s.ratio.sequentialP50,
        s.ratio.concurrentP50,
        yes(s.p99Under50ms),
      ]),
    );
  }
  return lines;
}

/** Statements per scenario with their raw p50, and the first lines of each main plan. */
function sqlDetails(r: RegistersKindResult): string[] {
  const out = [
    "<details><summary>Statements (raw p50 each, sequential) and EXPLAIN ANALYZE</summary>",
    "",
  ];
  for (const s of r.lists) {
    out.push(`**${s.name}** (\`${s.path.replace(/\/api\/v1\/orgs\/[^/]+/, "…")}\`)`, "");
    for (const st of s.raw.each)
      out.push(
        `- ${st.p50} ms: \`${st.sql.slice(0, 220).replace(/`/g, "'")}${st.sql.length > 220 ? "…" : ""}\``,
      );
    for (const plan of s.plans)
      out.push("", "```", ...plan.slice(0, 14), ...(plan.length > 14 ? ["…"] : []), "```");
    out.push("");
  }
  out.push("</details>", "");
  return out;
}

function importGoal(r: RegistersKindResult) {
  const c = r.transfer.imports.registerCommit;
  const p = r.transfer.imports.registerPreview;
  const raw = r.transfer.raw.registerRead.medianMs;
  return {
    under5s: c.ms < 5000,
    within2x: c.ms <= 2 * raw,
    line: `register import commit ${s1(c.ms)} s (${x(c.ms, raw)} raw read ${s1(raw)} s); with its preview ${s1(c.ms + p.ms)} s`,
  };
}

/** Where an operation's time went, from wall time, driver time and the read step alone. */
function importFindings(r: RegistersKindResult): string[] {
  const t = r.transfer;
  const out: string[] = [];
  for (const [name, op, read, raw, stream] of [
    [
      "register commit",
      t.imports.registerCommit,
      t.appRead.registerMs,
      t.raw.registerRead.medianMs,
      t.raw.registerStreamRead.medianMs,
    ],
    [
      "risk commit",
      t.imports.risksCommit,
      t.appRead.risksMs,
      t.raw.risksRead.medianMs,
      t.raw.risksStreamRead.medianMs,
    ],
  ] as const) {
    const rest = Math.max(0, op.ms - op.dbMs - read);
    out.push(
      `- ${r.kind}, ${name} ${s1(op.ms)} s: reading the workbook (readTableFile, measured alone) ≈ ${s1(read)} s (${pct(read, op.ms)}; raw xlsx.load ${s1(raw)} s, streaming reader ${s1(stream)} s), inside the driver ${s1(op.dbMs)} s (${pct(op.dbMs, op.ms)}, ${op.statements} calls), the rest — row parsing and validation, planning, audit events, HTTP — ≈ ${s1(rest)} s (${pct(rest, op.ms)}). CPU: node ${s1(op.nodeCpuMs)} s${op.pgCpuMs === null ? "" : `, PostgreSQL ${s1(op.pgCpuMs)} s`}. Driver time by statement: ${topSql(op)}.`,
    );
  }
  return out;
}

function listFindings(r: RegistersKindResult, c: number): string[] {
  const missed = r.lists.filter((s) => !s.p99Under50ms);
  if (missed.length === 0) return [`- ${r.kind}: every list scenario has p99 < 50 ms at c${c}.`];
  const worst = [...r.lists].sort(
    (a, b) => b.load.latencyMs.p99 - a.load.latencyMs.p99,
  )[0] as ListResult;
  const best = [...r.lists].sort(
    (a, b) => a.load.latencyMs.p99 - b.load.latencyMs.p99,
  )[0] as ListResult;
  const cpu = (s: ListResult) =>
    `${s.load.cpu.nodeMsPerRequest} ms node${s.load.cpu.postgresMsPerRequest === null ? " (app and PGlite)" : ` + ${s.load.cpu.postgresMsPerRequest} ms PostgreSQL`}`;
  // The count statement's share of each scenario's SQL, and what the app adds to the SQL alone.
  const counts = r.lists.flatMap((s) => {
    const count = s.raw.each.find((e) => /^select count\(/i.test(e.sql));
    const sum = s.raw.each.reduce((a, e) => a + e.p50, 0);
    return count ? [{ name: s.name, ms: count.p50, share: count.p50 / Math.max(0.001, sum) }] : [];
  });
  const overhead = r.lists.map((s) => s.apiSequential.p50 - s.raw.set.p50);
  const range = (xs: number[], f: (x: number) => string) =>
    `${f(Math.min(...xs))}–${f(Math.max(...xs))}`;
  const maxCount = [...counts].sort((a, b) => b.ms - a.ms)[0];
  return [
    `- ${r.kind}: the count (total) statement sent with every page is ${range(
      counts.map((c) => c.share),
      (v) => `${Math.round(100 * v)}%`,
    )} of a list's SQL time (sum of per-statement p50s)${maxCount ? `; most in ${maxCount.name}: ${maxCount.ms} ms` : ""}. The app adds a median ${median(overhead).toFixed(1)} ms (${range(
      overhead,
      (v) => v.toFixed(1),
    )} ms) per request to the SQL alone (1 client: session from the cookie cache, membership, validation, JSON).`,
    `- ${r.kind}: ${r.lists.length - missed.length} of ${r.lists.length} scenarios have p99 < 50 ms at c${c}. Best ${best.name}: p99 ${best.load.latencyMs.p99} ms at ${best.load.reqPerSec} req/s; worst ${worst.name}: p99 ${worst.load.latencyMs.p99} ms at ${worst.load.reqPerSec} req/s.`,
    `- ${r.kind}, worst scenario: one request alone takes ${worst.apiSequential.p50} ms (p50), its SQL alone ${worst.raw.set.p50} ms (${worst.raw.each.map((e) => `${e.p50}`).join(" + ")} ms per statement); CPU per request under load ${cpu(worst)}, machine ${worst.load.cpu.machineBusyPct ?? "?"}% busy. At c${c} a closed loop queues: mean latency ≈ ${c} / ${worst.load.reqPerSec} req/s = ${Math.round((1000 * c) / Math.max(0.001, worst.load.reqPerSec))} ms.`,
  ];
}

export function registersMarkdown(
  machine: Machine,
  settings: RegistersRun,
  results: RegistersKindResult[],
  failures: string[],
): string {
  const first = results[0]?.transfer;
  const out = [
    `# Benchmark: registers (issue 3) — ${first ? `${first.files.items.toLocaleString("en")} register items, ${first.files.risks.toLocaleString("en")} risk rows` : "register and risk analysis"}`,
    "",
    `- Date: ${machine.date}`,
    `- Machine: ${machine.nproc} CPUs (nproc), ${machine.cpu}, ${machine.memoryGb} GB RAM, ${machine.platform}; Node ${machine.node}`,
    `- 1-min load average: ${machine.loadAverageBefore} just before the run, ${settings.loadAverageAfter} at its end${busyBefore(machine) ? " — **other work was running (e.g. e2e tests): figures are skewed upwards**" : ""}`,
    first
      ? `- Files: \`benchWorkbooks()\` (src/modules/registers-xlsx/bench-workbooks.ts), in the export layout: register ${first.files.items} rows, ${(first.files.registerBytes / 2 ** 20).toFixed(2)} MiB; risks ${first.files.risks} rows, ${(first.files.risksBytes / 2 ** 20).toFixed(2)} MiB`
      : "- Files: not generated",
    `- Excel: ${settings.runs} runs each, median; every import run on a fresh organization made through the API (sign-up, POST /orgs, 4 departments), its raw exceljs read timed just before it on the same file; imports and exports over real HTTP (multipart upload / download) to the app on a loopback port`,
    `- Lists: autocannon ${settings.connections} connections × ${settings.durationS} s per scenario in a child process, after a 3 s warm-up per list and 30 requests per scenario; 1-client figures from up to ${settings.n} sequential requests (4 s at most) just before the load run; raw SQL = the statements the service sends (captured at the driver), run through the same driver without Drizzle, Fastify or auth`,
    "- Goals (issue 3): import of 10,000 rows < 5 s and ≤ 2× raw exceljs read; list p99 < 50 ms at 50 connections. The import is judged on its commit (which reads, validates and writes the file); the preview before it is shown beside it.",
    "",
    "## Goals",
    "",
    ...head([
      "kind",
      "register import < 5 s",
      "≤ 2× raw read",
      "import figures",
      "list p99 < 50 ms",
    ]),
  ];
  for (const r of results) {
    const g = importGoal(r);
    const ok = r.lists.filter((s) => s.p99Under50ms).length;
    out.push(
      row([
        r.kind,
        yes(g.under5s),
        yes(g.within2x),
        g.line,
        `${ok} of ${r.lists.length} scenarios`,
      ]),
    );
  }
  out.push("");
  for (const r of results) {
    const tr = r.triggers;
    out.push(
      `## ${r.kind}: ${r.server.split(",")[0]}`,
      "",
      `Load average ${r.loadAverageBefore} when this part started${r.loadAverageAfter === undefined ? "" : `, ${r.loadAverageAfter} when it ended`}. Migrated in ${r.migrateMs} ms; ${r.poolSize ? `app pool ${r.poolSize} connections (DB_POOL_SIZE)` : "one PGlite instance in the app's process (one statement at a time)"}. While the lists ran the database held ${r.stored.organizations} organizations, ${r.stored.items} items, ${r.stored.risks} risk rows and ${r.stored.auditEvents} audit events (one organization per import run; the lists read the first).`,
      "",
      "### Excel import and export",
      "",
      ...excelTable(r),
      "",
      `Search triggers on bulk insert (insertMany as the import runs it, rolled back, median of ${tr.runs}): ${tr.items} items ${s1(tr.itemsOnMs)} s with the trigger vs ${s1(tr.itemsOffMs)} s disabled (+${pct(tr.itemsOnMs - tr.itemsOffMs, tr.itemsOffMs)}); ${tr.risks} risk rows ${s1(tr.risksOnMs)} s vs ${s1(tr.risksOffMs)} s (+${pct(tr.risksOnMs - tr.risksOffMs, tr.risksOffMs)}). The item trigger's share of the register commit: ≈ ${s1(tr.itemsOnMs - tr.itemsOffMs)} s of ${s1(r.transfer.imports.registerCommit.ms)} s.`,
      "",
      "### Lists",
      "",
      ...listTable(r, settings.connections),
      "",
      ...sqlDetails(r),
    );
  }
  for (const f of failures) out.push(`**Failed:** ${f}`, "");
  out.push("## Where the time goes", "");
  for (const r of results) out.push(...importFindings(r));
  for (const r of results) out.push(...listFindings(r, settings.connections));
  out.push(
    "",
    "## Notes",
    "",
    '- "in driver" is the time inside PGlite\'s protocol calls or until pg\'s Client.query answered, summed; with PGlite it is the database itself (WASM, same thread), with PostgreSQL it includes the round trip. "node CPU" is this whole process (app, PGlite, the HTTP client of the benchmark); "pg CPU" the PostgreSQL cluster.',
    '- "raw SQL" runs the captured statements as the service does (the risk matrix lookup first, then the page and the count together); "raw SQL c50" keeps 50 such sets in flight.',
    "- The load generator, the app and the database share the 2 CPUs; autocannon records whole milliseconds. With a closed loop of N connections mean latency ≈ N / throughput, so p99 < 50 ms at 50 connections needs well over 1,000 req/s.",
    "- Per-kind figures, every run and the full query plans: registers-<kind>.json.",
    "",
  );
  return out.join("\n");
}

export function registersConsole(results: RegistersKindResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const i = r.transfer.imports;
    const e = r.transfer.exports;
    const raw = r.transfer.raw;
    lines.push(
      `${r.kind}: register import preview ${s1(i.registerPreview.ms)} s, commit ${s1(i.registerCommit.ms)} s (raw read ${s1(raw.registerRead.medianMs)} s); risks preview ${s1(i.risksPreview.ms)} s, commit ${s1(i.risksCommit.ms)} s (raw read ${s1(raw.risksRead.medianMs)} s); export register ${s1(e.register.ms)} s, risks ${s1(e.risks.ms)} s`,
    );
    for (const s of r.lists)
      lines.push(
        `  ${s.name.padEnd(28)} p50 ${String(s.load.latencyMs.p50).padStart(5)}  p99 ${String(s.load.latencyMs.p99).padStart(5)}  ${String(s.load.reqPerSec).padStart(7)} req/s  1c ${s.apiSequential.p50}  raw ${s.raw.set.p50}`,
      );
  }
  return lines.join("\n");
}
