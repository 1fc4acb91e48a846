// bench/results/request-path.md from the "before" results (request-path-before-<kind>.json,
// written with BENCH_LABEL=before) and the current ones (request-path-<kind>.json).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Machine } from "../report.ts";
import type { RequestPathKindResult } from "./suite.ts";

/** The figures of one run of one kind, kept in request-path-runs.json (every run appends). */
export type RunSummary = {
  date: string;
  label: string;
  kind: string;
  load: string;
  oneRow: { p50: number; raw: number; over: number; ratio: number };
  orgsP50: number;
  registerP50: number;
  registerRaw: number;
  c50: {
    name: string;
    p50: number;
    p99: number;
    rps: number;
    nodeMs: number;
    pgMs: number | null;
  }[];
};

export function runSummary(date: string, r: RequestPathKindResult): RunSummary {
  const p50 = (path: string) => r.sequential.find((x) => x.path === path)?.logged.p50 ?? 0;
  return {
    date,
    label: r.label,
    kind: r.kind,
    load: `${r.loadAverageBefore} → ${r.loadAverageAfter}`,
    oneRow: {
      p50: p50("person"),
      raw: r.stages.raw.person.p50,
      over: r.goals.overOneRowMs,
      ratio: r.goals.oneRowRatio,
    },
    orgsP50: p50("orgs"),
    registerP50: p50("register"),
    registerRaw: r.stages.raw.register.p50,
    c50: r.loads.map((x) => ({
      name: x.name,
      p50: x.load.latencyMs.p50,
      p99: x.load.latencyMs.p99,
      rps: x.load.reqPerSec,
      nodeMs: x.load.cpu.nodeMsPerRequest,
      pgMs: x.load.cpu.postgresMsPerRequest,
    })),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Medians over every run of each kind and label: the figures the conclusions quote. */
function mediansTable(runs: RunSummary[]): string[] {
  const out = head([
    "kind",
    "runs before / after",
    "one row 1 client p50 (ms) before → after",
    "its raw SQL",
    "over raw SQL (ms)",
    "× raw SQL",
    "GET /orgs p50",
    "register page 1 p50",
    "c50 one row, 1 process: req/s",
    "c50 register, 2 processes: p99 ms (req/s)",
  ]);
  for (const kind of ["pglite", "postgres"]) {
    const of = (label: string) => runs.filter((r) => r.kind === kind && r.label === label);
    const b = of("before");
    const a = of("after");
    if (!b.length && !a.length) continue;
    const m = (rs: RunSummary[], f: (r: RunSummary) => number | undefined) => {
      const xs = rs.map(f).filter((x): x is number => typeof x === "number");
      return xs.length ? r2(median(xs)) : "–";
    };
    const both = (f: (r: RunSummary) => number | undefined) => `${m(b, f)} → **${m(a, f)}**`;
    const c50 = (name: string, k: "rps" | "p99") => (r: RunSummary) =>
      r.c50.find((x) => x.name === name)?.[k];
    out.push(
      row([
        kind,
        `${b.length} / ${a.length}`,
        both((r) => r.oneRow.p50),
        both((r) => r.oneRow.raw),
        both((r) => r.oneRow.over),
        both((r) => r.oneRow.ratio),
        both((r) => r.orgsP50),
        both((r) => r.registerP50),
        both(c50("one row (person), 1 process", "rps")),
        kind === "postgres"
          ? `${both(c50("register page 1, 2 processes", "p99"))} (${both(c50("register page 1, 2 processes", "rps"))})`
          : "–",
      ]),
    );
  }
  return out;
}

function runsTable(runs: RunSummary[]): string[] {
  const out = head([
    "run (date, label, kind)",
    "load avg",
    "one row 1 client p50 / raw (ms)",
    "over raw / ×",
    "GET /orgs p50",
    "register p50 / raw",
    "c50: register 1 proc p99 (req/s)",
    "register 2 proc p99 (req/s)",
    "one row 1 proc p99 (req/s)",
  ]);
  for (const r of runs) {
    const c = (name: string) => {
      const x = r.c50.find((y) => y.name === name);
      return x ? `${x.p99} (${x.rps})` : "–";
    };
    out.push(
      row([
        `${r.date.slice(0, 16)} ${r.label} ${r.kind}`,
        r.load,
        `${r.oneRow.p50} / ${r.oneRow.raw}`,
        `+${r.oneRow.over} / ${r.oneRow.ratio}×`,
        r.orgsP50,
        `${r.registerP50} / ${r.registerRaw}`,
        c("register page 1, 1 process"),
        c("register page 1, 2 processes"),
        c("one row (person), 1 process"),
      ]),
    );
  }
  return out;
}

/** Hand-written conclusions, kept beside the code and copied into the report. */
const findingsFile = fileURLToPath(new URL("./findings.md", import.meta.url));

type Both = { kind: string; before?: RequestPathKindResult; after?: RequestPathKindResult };

const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
const head = (cells: string[]) => [row(cells), row(cells.map(() => "---"))];
const v = (x: number | null | undefined) => (x === undefined || x === null ? "–" : String(x));
const r2 = (x: number) => Math.round(x * 100) / 100;

function sequentialTable(b: Both): string[] {
  const out = head([
    "request (1 client, keep-alive)",
    "before p50 ms",
    "before, no request log",
    "after p50 ms",
    "after, no request log",
    "raw SQL p50 before / after",
    "over raw SQL before → after (ms)",
    "× raw SQL before → after",
  ]);
  const rawOf = (r: RequestPathKindResult | undefined, p: string) =>
    p === "orgs"
      ? r?.stages.raw.orgs.p50
      : p === "person"
        ? r?.stages.raw.person.p50
        : p === "register"
          ? r?.stages.raw.register.p50
          : undefined;
  for (const p of ["healthz", "orgs", "person", "register"]) {
    const sb = b.before?.sequential.find((x) => x.path === p);
    const sa = b.after?.sequential.find((x) => x.path === p);
    const rb = rawOf(b.before, p);
    const ra = rawOf(b.after, p);
    const over = (s?: number, r?: number) =>
      s !== undefined && r !== undefined ? r2(s - r) : undefined;
    const ratio = (s?: number, r?: number) =>
      s !== undefined && r !== undefined && r > 0 ? r2(s / r) : undefined;
    out.push(
      row([
        `${p === "healthz" ? "GET /healthz" : `GET ${(sa ?? sb)?.url.replace(/[0-9a-f-]{36}/, ":orgId") ?? p}`}`,
        v(sb?.logged.p50),
        v(sb?.quiet.p50),
        v(sa?.logged.p50),
        v(sa?.quiet.p50),
        `${v(rb)} / ${v(ra)}`,
        `${v(over(sb?.logged.p50, rb))} → **${v(over(sa?.logged.p50, ra))}**`,
        `${v(ratio(sb?.logged.p50, rb))} → **${v(ratio(sa?.logged.p50, ra))}**`,
      ]),
    );
  }
  return out;
}

function stageTable(b: Both): string[] {
  const out = head([
    "stage (in process, sequential)",
    "before p50 ms",
    "after p50 ms",
    "after mean",
  ]);
  const names = [
    ...new Set([
      ...(b.before?.stages.stages ?? []).map((x) => x.name),
      ...(b.after?.stages.stages ?? []).map((x) => x.name),
    ]),
  ];
  for (const name of names) {
    const sb = b.before?.stages.stages.find((x) => x.name === name);
    const sa = b.after?.stages.stages.find((x) => x.name === name);
    out.push(row([name, v(sb?.p50), v(sa?.p50), v(sa?.mean)]));
  }
  return out;
}

function loadTable(b: Both, c: number): string[] {
  const out = head([
    `c${c}, 10 s`,
    "before p50 / p99 ms",
    "before req/s",
    "before CPU ms/req node / pg",
    "after p50 / p99 ms",
    "after req/s",
    "after CPU ms/req node / pg",
    "after machine busy %",
    "after errors",
  ]);
  const names = [
    ...new Set([...(b.before?.loads ?? []), ...(b.after?.loads ?? [])].map((x) => x.name)),
  ];
  for (const name of names) {
    const lb = b.before?.loads.find((x) => x.name === name)?.load;
    const la = b.after?.loads.find((x) => x.name === name)?.load;
    out.push(
      row([
        name,
        lb ? `${lb.latencyMs.p50} / ${lb.latencyMs.p99}` : "–",
        v(lb?.reqPerSec),
        lb ? `${lb.cpu.nodeMsPerRequest} / ${v(lb.cpu.postgresMsPerRequest)}` : "–",
        la ? `${la.latencyMs.p50} / **${la.latencyMs.p99}**` : "–",
        v(la?.reqPerSec),
        la ? `${la.cpu.nodeMsPerRequest} / ${v(la.cpu.postgresMsPerRequest)}` : "–",
        v(la?.cpu.machineBusyPct),
        la ? String(la.errors + la.timeouts + la.non2xx) : "–",
      ]),
    );
  }
  return out;
}

function profileTable(b: Both): string[] {
  const out = head([
    "Node CPU by part (self time; native frames charged to their caller)",
    "before ms/req",
    "before %",
    "after ms/req",
    "after %",
  ]);
  const pb = b.before?.profile.summary.parts ?? [];
  const pa = b.after?.profile.summary.parts ?? [];
  const names = [...new Set([...pb, ...pa].map((x) => x.part))];
  for (const name of names) {
    const xb = pb.find((x) => x.part === name);
    const xa = pa.find((x) => x.part === name);
    out.push(row([name, v(xb?.msPerRequest), v(xb?.pct), v(xa?.msPerRequest), v(xa?.pct)]));
  }
  const total = (parts: typeof pb) => r2(parts.reduce((a, x) => a + x.msPerRequest, 0));
  out.push(row(["**total sampled**", total(pb), "100", total(pa), "100"]));
  return out;
}

function statementList(r: RequestPathKindResult | undefined, p: string): string {
  const list = r?.statementsPerRequest[p as "orgs"] ?? [];
  return `${list.length}: ${list.map((s) => `\`${s.slice(0, 90)}…\``).join(", ")}`;
}

export function requestPathMarkdown(
  m: Machine,
  settings: {
    items: number;
    risksPerItem: number;
    durationS: number;
    connections: number;
    n: number;
  },
  pairs: Both[],
  failures: string[],
  runs: RunSummary[] = [],
): string {
  const out: string[] = [
    "# Benchmark: the request path (issue 10, item 8) — what an authenticated request costs on top of its SQL",
    "",
    `- Command: \`npm run bench request-path\`; the "before" figures are the same benchmark run in a checkout of the code before the change (\`BENCH_LABEL=before BENCH_RESULTS_DIR=<this results folder> npm run bench request-path\`). ${settings.items} register items (${settings.risksPerItem} risk rows each) in one organization, bulk-inserted`,
    `- Machine: ${m.nproc} CPUs (nproc), ${m.cpu}, ${m.memoryGb} GB RAM, ${m.platform}; Node ${m.node}. The CPUs are shared with other work: see the load averages`,
    '- The app is the real one (`buildApp`), logging at info level as in production, into /dev/null; a second copy without a logger answers the "no request log" column',
    `- 1 client: keep-alive HTTP, median of up to ${settings.n} sequential requests (4 s at most) after 50 warm-up; raw SQL = the statements the service sends (captured at the driver), run through the same driver without Drizzle, Fastify or auth; stages: each timed alone in process, median`,
    `- Load: autocannon ${settings.connections} connections × ${settings.durationS} s after a 3 s warm-up, in a child process; CPU per request from /proc (node: this process, or the node:cluster primary and its workers; pg: the PostgreSQL cluster)`,
    "- Goals: on PostgreSQL, an authenticated request reading one row (`GET …/people/:id`) costs at most 1 ms more than its raw SQL at 1 client, and register page 1 (10,000 items) holds p99 ≤ 100 ms at 50 connections with two app processes; on PGlite it costs at most 1.5× its raw SQL",
    "",
  ];
  for (const f of failures) out.push(`- **failed**: ${f}`);
  if (runs.length)
    out.push(
      "",
      "## Medians over every run",
      "",
      "Each run appends its figures to `request-path-runs.json` (all of them in the table at the end); the medians of each kind's runs, before → after.",
      "",
      ...mediansTable(runs),
      "",
    );
  if (existsSync(findingsFile)) out.push(readFileSync(findingsFile, "utf8").trim(), "");
  out.push("## Goals", "");
  out.push(...head(["kind", "goal", "before", "after", "met"]));
  for (const b of pairs) {
    for (const [goal, met] of Object.entries(b.after?.goals.met ?? b.before?.goals.met ?? {})) {
      const fig = (r?: RequestPathKindResult) => {
        if (!r) return "–";
        if (goal.startsWith("one-row read ≤ raw SQL"))
          return `+${r.goals.overOneRowMs} ms (${r.goals.oneRowRatio}×)`;
        if (goal.startsWith("one-row read ≤ 1.5"))
          return `${r.goals.oneRowRatio}× (+${r.goals.overOneRowMs} ms)${
            r.goals.oneRowRatioAllStatements
              ? `; ${r.goals.oneRowRatioAllStatements}× all its statements`
              : ""
          }`;
        const two = r.loads.find((x) => x.path === "register" && x.processes === 2);
        return two ? `p99 ${two.load.latencyMs.p99} ms` : "–";
      };
      out.push(
        row([b.kind, goal, fig(b.before), fig(b.after), b.after ? (met ? "yes" : "**no**") : "–"]),
      );
    }
  }
  for (const b of pairs) {
    const r = b.after ?? b.before;
    if (!r) continue;
    out.push(
      "",
      `## ${b.kind}: ${r.server.split(",")[0]}`,
      "",
      `Load average (1 min): before-run ${v(b.before?.loadAverageBefore)} → ${v(b.before?.loadAverageAfter)} (${b.before?.stages ? "before" : "–"}); after-run ${v(b.after?.loadAverageBefore)} → ${v(b.after?.loadAverageAfter)}.`,
      "",
      "### One client",
      "",
      ...sequentialTable(b),
      "",
      "### Stages",
      "",
      ...stageTable(b),
      "",
      `Statements per request, before — orgs ${statementList(b.before, "orgs")}; person ${statementList(b.before, "person")}`,
      "",
      `Statements per request, after — orgs ${statementList(b.after, "orgs")}; person ${statementList(b.after, "person")}`,
      "",
      `### Load (${settings.connections} connections)`,
      "",
      ...loadTable(b, settings.connections),
      "",
      `### Where the Node CPU goes (profile of register page 1 at c${settings.connections}, in process)`,
      "",
      ...profileTable(b),
    );
  }
  if (runs.length)
    out.push(
      "",
      "## Every run",
      "",
      "Each run appends its figures to `request-path-runs.json`; the tables above show the latest before and after runs. The CPUs are shared with other work, so runs differ with the load average.",
      "",
      ...runsTable(runs),
    );
  return `${out.join("\n")}\n`;
}
