// `npm run bench [people|registers|readiness|upload-bomb|request-path|mail|documents|education|all]`
// (or BENCH_SUITE=…; default all). Bounded: a watchdog ends the run, cleaning up, after
// BENCH_TIMEOUT_S seconds (default 900 people, 1500 registers, 1200 readiness, 900 upload-bomb,
// 900 request-path, 600 mail, 1200 documents, 900 education, 7500 all).
//
// people: GET people on PGlite and on PostgreSQL → bench/results/people-list-<kind>.json and
//   people-list.md. Settings: BENCH_VARIANT=baseline|no-sort-index BENCH_PEOPLE=3000
//   BENCH_DURATION=10 BENCH_N=500 BENCH_CONNECTIONS=50.
// registers (issue 3; also `npm run bench:registers`): 10,000 register items and 50,000 risk
//   rows — xlsx import and export beside raw exceljs, list scenarios beside raw SQL, the search
//   triggers' cost → bench/results/registers-<kind>.json and registers.md. Settings: BENCH_RUNS=3
//   (Excel runs, median) BENCH_DURATION=10 BENCH_N=200 BENCH_CONNECTIONS=50 BENCH_ITEMS=10000
//   BENCH_RISKS_PER_ITEM=5 (other sizes or connection counts get their own file suffix).
// readiness (issue 4): GET readiness for organizations of 100, 1,000 and 10,000 items with 5
//   risk rows each — 1 client and BENCH_CONNECTIONS (default 10) connections, loader vs
//   evaluation, growth → bench/results/readiness-<kind>.json and readiness.md. Settings:
//   BENCH_READINESS_SIZES=100,1000,10000 BENCH_RISKS_PER_ITEM=5 BENCH_N=50 BENCH_DURATION=10.
// upload-bomb (issue 9): zip bombs and a 200,000-row sheet on every import route while /healthz
//   is polled, then legitimate large imports → bench/results/upload-bomb.json and .md (settings
//   and the "before" run: see bench/upload-bomb.ts).
// request-path (issue 10, item 8): what an authenticated request costs on top of its SQL —
//   stage timings (session, membership, service, serialisation, log lines), one client beside
//   raw SQL with and without the request log, BENCH_CONNECTIONS (50) on register page 1 and a
//   one-row read in one process and (PostgreSQL) two, and a CPU profile by package →
//   bench/results/request-path-<kind>.json and request-path.md (BENCH_LABEL=before writes
//   request-path-before-<kind>.json, the comparison's left side). Settings: BENCH_ITEMS=10000
//   BENCH_RISKS_PER_ITEM=5 BENCH_N=500 BENCH_DURATION=10 BENCH_PROFILE_S=5.
// mail (issue 11): queue 3,000 mails in one transaction, deliver them to a loopback SMTP server
//   → bench/results/mail-<kind>.json and mail.md. Settings: BENCH_MAILS=3000 BENCH_RUNS=5.
// documents (issue 13): send a published version to 3,000 staff (rows, personal links, mails)
//   and render its confirmation page → bench/results/documents-<kind>.json and documents.md.
//   Settings: BENCH_STAFF=3000 BENCH_RUNS=5.
// education (issue 14): assign a course to 3,000 staff, build the yearly summary, re-run the
//   readiness report → bench/results/education.json and education.md (bench/education.ts).
//   Settings: BENCH_STAFF=3000 BENCH_RUNS=5.
// All: BENCH_KINDS=pglite,postgres; BENCH_DATABASE_URL / TEST_DATABASE_URL for an existing server.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { benchWorkbooks } from "../src/modules/registers-xlsx/bench-workbooks.ts";
import { benchDocuments, type DocumentsKindResult, documentsMarkdown } from "./documents/suite.ts";
import { benchEducation, type EducationKindResult, educationMarkdown } from "./education.ts";
import { benchMail, type MailKindResult, mailMarkdown } from "./mail/suite.ts";
import { benchPeopleList, type Kind, type KindResult, type Variant } from "./people-list.ts";
import { readinessConsole, readinessMarkdown } from "./readiness/report.ts";
import { benchReadiness, type ReadinessKindResult } from "./readiness/suite.ts";
import { registersConsole, registersMarkdown } from "./registers/report.ts";
import { benchRegisters, type RegistersKindResult } from "./registers/suite.ts";
import { busyBefore, consoleTable, type Machine, markdown, type RunSettings } from "./report.ts";
import { requestPathMarkdown, runSummary } from "./request-path/report.ts";
import { benchRequestPath, type RequestPathKindResult } from "./request-path/suite.ts";
import { uploadBombSuite } from "./upload-bomb.ts";

// BENCH_RESULTS_DIR: write elsewhere (e.g. a checkout of an older commit writing its "before"
// figures into this one's results).
const resultsDir = process.env.BENCH_RESULTS_DIR
  ? `${process.env.BENCH_RESULTS_DIR.replace(/\/$/, "")}/`
  : fileURLToPath(new URL("./results/", import.meta.url));
const num = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

type Suite =
  | "people"
  | "registers"
  | "readiness"
  | "upload-bomb"
  | "request-path"
  | "mail"
  | "documents"
  | "education"
  | "all";
const suites = [
  "people",
  "registers",
  "readiness",
  "upload-bomb",
  "request-path",
  "mail",
  "documents",
  "education",
  "all",
];
const suiteArg = process.argv[2] ?? process.env.BENCH_SUITE ?? "all";
if (!suites.includes(suiteArg)) {
  console.error(`bench: unknown suite "${suiteArg}" (${suites.join(" | ")})`);
  process.exit(2);
}
const suite = suiteArg as Suite;
const kinds = (process.env.BENCH_KINDS ?? "pglite,postgres")
  .split(",")
  .map((k) => k.trim())
  .filter((k): k is Kind => k === "pglite" || k === "postgres");

// Cleanup of PostgreSQL, temp folders and autocannon children is hooked on process exit, so
// every way out (watchdog, signal, error) goes through process.exit.
const timeoutS = num(
  "BENCH_TIMEOUT_S",
  {
    people: 900,
    registers: 1500,
    readiness: 1200,
    "upload-bomb": 900,
    "request-path": 900,
    mail: 600,
    documents: 1200,
    education: 900,
    all: 7500,
  }[suite],
);
const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${timeoutS} s; stopping`);
  process.exit(2);
}, timeoutS * 1000);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    console.error(`bench: ${signal}; stopping`);
    process.exit(130);
  });

const loadAverage = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;

function machine(): Machine {
  return {
    date: new Date().toISOString(),
    nproc: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? "unknown CPU",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageBefore: loadAverage(),
  };
}

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const failed = (kind: string, err: unknown) => {
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  console.error(`bench: ${kind} failed: ${message}`);
  return `${kind}: ${message.split("\n")[0]}`;
};

async function people(): Promise<number> {
  const m = machine();
  const variant: Variant =
    process.env.BENCH_VARIANT === "no-sort-index" ? "no-sort-index" : "baseline";
  const settings: RunSettings & { variant: Variant } = {
    variant,
    people: num("BENCH_PEOPLE", 3000),
    durationS: num("BENCH_DURATION", 10),
    connections: num("BENCH_CONNECTIONS", 50),
    n: num("BENCH_N", 500),
  };
  // Runs other than the default (baseline, 50 connections) get their own result files.
  const suffix =
    (variant === "baseline" ? "" : `.${variant}`) +
    (settings.connections === 50 ? "" : `.c${settings.connections}`);
  log(
    `GET people benchmark: ${settings.people} people, ${settings.connections} connections, ${settings.durationS} s per scenario; ${m.nproc} CPUs, Node ${m.node}; load average ${m.loadAverageBefore}`,
  );
  if (busyBefore(m)) log("warning: the machine is busy with other work; figures will be skewed");
  const results: KindResult[] = [];
  const failures: string[] = [];
  for (const kind of kinds) {
    try {
      const r = await benchPeopleList(kind, { ...settings, log });
      results.push(r);
      writeFileSync(
        `${resultsDir}people-list-${kind}${suffix}.json`,
        `${JSON.stringify({ machine: m, settings, ...r }, null, 2)}\n`,
      );
    } catch (err) {
      failures.push(failed(kind, err));
    }
  }
  writeFileSync(`${resultsDir}people-list${suffix}.md`, markdown(m, settings, results, failures));
  console.log(`\n${consoleTable(results)}\n`);
  console.log(`written: ${resultsDir}people-list-*${suffix}.json, people-list${suffix}.md`);
  return failures.length ? 1 : 0;
}

async function registers(): Promise<number> {
  const m = machine();
  const items = num("BENCH_ITEMS", 10_000);
  const perItem = num("BENCH_RISKS_PER_ITEM", 5);
  const settings = {
    runs: num("BENCH_RUNS", 3),
    durationS: num("BENCH_DURATION", 10),
    connections: num("BENCH_CONNECTIONS", 50),
    n: num("BENCH_N", 200),
  };
  const suffix =
    (items === 10_000 && perItem === 5 ? "" : `.i${items}x${perItem}`) +
    (settings.connections === 50 ? "" : `.c${settings.connections}`);
  log(
    `registers benchmark: ${items} items × ${perItem} risks, ${settings.runs} Excel runs, ${settings.connections} connections × ${settings.durationS} s per list; ${m.nproc} CPUs, Node ${m.node}; load average ${m.loadAverageBefore}`,
  );
  if (busyBefore(m)) log("warning: the machine is busy with other work; figures will be skewed");
  const t = performance.now();
  const { register, risks } = await benchWorkbooks({ items, risksPerItem: perItem });
  log(`workbooks generated in ${Math.round(performance.now() - t)} ms`);
  const books = { register, risks, items, risksRows: items * perItem };
  const results: RegistersKindResult[] = [];
  const failures: string[] = [];
  for (const kind of kinds) {
    try {
      const r = await benchRegisters(kind, books, { ...settings, log });
      results.push(r);
      writeFileSync(
        `${resultsDir}registers-${kind}${suffix}.json`,
        `${JSON.stringify({ machine: m, settings, ...r }, null, 2)}\n`,
      );
    } catch (err) {
      failures.push(failed(kind, err));
    }
  }
  writeFileSync(
    `${resultsDir}registers${suffix}.md`,
    registersMarkdown(m, { ...settings, loadAverageAfter: loadAverage() }, results, failures),
  );
  console.log(`\n${registersConsole(results)}\n`);
  console.log(`written: ${resultsDir}registers-*${suffix}.json, registers${suffix}.md`);
  return failures.length ? 1 : 0;
}

async function readiness(): Promise<number> {
  const m = machine();
  const settings = {
    sizes: (process.env.BENCH_READINESS_SIZES ?? "100,1000,10000").split(",").map(Number),
    risksPerItem: num("BENCH_RISKS_PER_ITEM", 5),
    n: num("BENCH_N", 50),
    durationS: num("BENCH_DURATION", 10),
    connections: num("BENCH_CONNECTIONS", 10),
  };
  log(
    `readiness benchmark: ${settings.sizes.join(", ")} items × ${settings.risksPerItem} risks, ${settings.n} sequential, ${settings.connections} connections × ${settings.durationS} s; load average ${m.loadAverageBefore}`,
  );
  if (busyBefore(m)) log("warning: the machine is busy with other work; figures will be skewed");
  const results: ReadinessKindResult[] = [];
  const failures: string[] = [];
  for (const kind of kinds) {
    try {
      const r = await benchReadiness(kind, { ...settings, log });
      results.push(r);
      writeFileSync(
        `${resultsDir}readiness-${kind}.json`,
        `${JSON.stringify({ machine: m, settings, ...r }, null, 2)}\n`,
      );
    } catch (err) {
      failures.push(failed(kind, err));
    }
  }
  writeFileSync(`${resultsDir}readiness.md`, readinessMarkdown(m, settings, results, failures));
  console.log(`\n${readinessConsole(results)}\n`);
  console.log(`written: ${resultsDir}readiness-*.json, readiness.md`);
  return failures.length ? 1 : 0;
}

async function requestPath(): Promise<number> {
  const m = machine();
  const label = process.env.BENCH_LABEL === "before" ? "before" : "after";
  const settings = {
    items: num("BENCH_ITEMS", 10_000),
    risksPerItem: num("BENCH_RISKS_PER_ITEM", 5),
    n: num("BENCH_N", 500),
    durationS: num("BENCH_DURATION", 10),
    connections: num("BENCH_CONNECTIONS", 50),
    profileS: num("BENCH_PROFILE_S", 5),
  };
  log(
    `request-path benchmark (${label}): ${settings.items} items, ${settings.connections} connections × ${settings.durationS} s; ${m.nproc} CPUs, Node ${m.node}; load average ${m.loadAverageBefore}`,
  );
  if (busyBefore(m)) log("warning: the machine is busy with other work; figures will be skewed");
  const file = (kind: string, l: string) =>
    `${resultsDir}request-path-${l === "before" ? "before-" : ""}${kind}.json`;
  const failures: string[] = [];
  const runsFile = `${resultsDir}request-path-runs.json`;
  for (const kind of kinds) {
    try {
      const r = await benchRequestPath(kind, label, { ...settings, log });
      writeFileSync(
        file(kind, label),
        `${JSON.stringify({ machine: m, settings, ...r }, null, 2)}\n`,
      );
      const runs = existsSync(runsFile) ? JSON.parse(readFileSync(runsFile, "utf8")) : [];
      runs.push(runSummary(m.date, r));
      writeFileSync(runsFile, `${JSON.stringify(runs, null, 2)}\n`);
    } catch (err) {
      failures.push(failed(kind, err));
    }
  }
  const read = (path: string) =>
    existsSync(path)
      ? (JSON.parse(readFileSync(path, "utf8")) as RequestPathKindResult)
      : undefined;
  const pairs = (["pglite", "postgres"] as const).map((kind) => ({
    kind,
    before: read(file(kind, "before")),
    after: read(file(kind, "after")),
  }));
  const runs = existsSync(runsFile) ? JSON.parse(readFileSync(runsFile, "utf8")) : [];
  writeFileSync(
    `${resultsDir}request-path.md`,
    requestPathMarkdown(m, settings, pairs, failures, runs),
  );
  console.log(`written: ${resultsDir}request-path-*.json, request-path.md`);
  return failures.length ? 1 : 0;
}

async function mail(): Promise<number> {
  const m = machine();
  const settings = { mails: num("BENCH_MAILS", 3000), runs: num("BENCH_RUNS", 5) };
  log(
    `mail benchmark: ${settings.mails} mails × ${settings.runs} runs; load average ${m.loadAverageBefore}`,
  );
  if (busyBefore(m)) log("warning: the machine is busy with other work; figures will be skewed");
  const results: MailKindResult[] = [];
  const failures: string[] = [];
  for (const kind of kinds) {
    try {
      const r = await benchMail(kind, { ...settings, log });
      results.push(r);
      writeFileSync(
        `${resultsDir}mail-${kind}.json`,
        `${JSON.stringify({ machine: m, settings, ...r }, null, 2)}\n`,
      );
    } catch (err) {
      failures.push(failed(kind, err));
    }
  }
  writeFileSync(`${resultsDir}mail.md`, mailMarkdown(m, settings, results, failures));
  console.log(`written: ${resultsDir}mail-*.json, mail.md`);
  return failures.length ? 1 : 0;
}

async function education(): Promise<number> {
  const m = machine();
  const settings = { staff: num("BENCH_STAFF", 3000), runs: num("BENCH_RUNS", 5) };
  log(
    `education benchmark: ${settings.staff} staff × ${settings.runs} runs; load average ${m.loadAverageBefore}`,
  );
  if (busyBefore(m)) log("warning: the machine is busy with other work; figures will be skewed");
  const results: EducationKindResult[] = [];
  const failures: string[] = [];
  for (const kind of kinds) {
    try {
      results.push(await benchEducation(kind, { ...settings, log }));
    } catch (err) {
      failures.push(failed(kind, err));
    }
  }
  const loadAfter = loadAverage();
  writeFileSync(
    `${resultsDir}education.json`,
    `${JSON.stringify({ machine: m, loadAverageAfter: loadAfter, settings, results }, null, 2)}\n`,
  );
  writeFileSync(
    `${resultsDir}education.md`,
    educationMarkdown(m, settings, results, failures, loadAfter),
  );
  console.log(`written: ${resultsDir}education.json, education.md`);
  return failures.length ? 1 : 0;
}

async function documents(): Promise<number> {
  const m = machine();
  const settings = { staff: num("BENCH_STAFF", 3000), runs: num("BENCH_RUNS", 5) };
  log(
    `documents benchmark: ${settings.staff} staff × ${settings.runs} runs; load average ${m.loadAverageBefore}`,
  );
  if (busyBefore(m)) log("warning: the machine is busy with other work; figures will be skewed");
  const results: DocumentsKindResult[] = [];
  const failures: string[] = [];
  for (const kind of kinds) {
    try {
      const r = await benchDocuments(kind, { ...settings, log });
      results.push(r);
      writeFileSync(
        `${resultsDir}documents-${kind}.json`,
        `${JSON.stringify({ machine: m, settings, ...r }, null, 2)}\n`,
      );
    } catch (err) {
      failures.push(failed(kind, err));
    }
  }
  writeFileSync(`${resultsDir}documents.md`, documentsMarkdown(m, settings, results, failures));
  console.log(`written: ${resultsDir}documents-*.json, documents.md`);
  return failures.length ? 1 : 0;
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  let code = 0;
  if (suite === "people" || suite === "all") code |= await people();
  if (suite === "registers" || suite === "all") code |= await registers();
  if (suite === "readiness" || suite === "all") code |= await readiness();
  if (suite === "upload-bomb" || suite === "all") code |= await uploadBombSuite(resultsDir, log);
  if (suite === "request-path" || suite === "all") code |= await requestPath();
  if (suite === "mail" || suite === "all") code |= await mail();
  if (suite === "documents" || suite === "all") code |= await documents();
  if (suite === "education" || suite === "all") code |= await education();
  return code;
}

main()
  .then((code) => {
    clearTimeout(watchdog);
    process.exit(code);
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
