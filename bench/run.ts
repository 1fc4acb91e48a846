// `npm run bench`: the GET people benchmark on PGlite and on PostgreSQL; prints a table and
// writes bench/results/people-list-<kind>.json and bench/results/people-list.md.
// Bounded: a watchdog ends the run (cleaning up) after BENCH_TIMEOUT_S seconds (default 900).
// Settings: BENCH_VARIANT=baseline|no-sort-index BENCH_KINDS=pglite,postgres BENCH_PEOPLE=3000 BENCH_DURATION=10 BENCH_N=500
//           BENCH_CONNECTIONS=50; BENCH_DATABASE_URL / TEST_DATABASE_URL for an existing server.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { benchPeopleList, type Kind, type KindResult, type Variant } from "./people-list.ts";
import { busyBefore, consoleTable, type Machine, markdown, type RunSettings } from "./report.ts";

const resultsDir = fileURLToPath(new URL("./results/", import.meta.url));
const num = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

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
const kinds = (process.env.BENCH_KINDS ?? "pglite,postgres")
  .split(",")
  .map((k) => k.trim())
  .filter((k): k is Kind => k === "pglite" || k === "postgres");

// Cleanup of PostgreSQL, temp folders and autocannon children is hooked on process exit, so
// every way out (watchdog, signal, error) goes through process.exit.
const timeoutS = num("BENCH_TIMEOUT_S", 900);
const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${timeoutS} s; stopping`);
  process.exit(2);
}, timeoutS * 1000);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    console.error(`bench: ${signal}; stopping`);
    process.exit(130);
  });

function machine(): Machine {
  return {
    date: new Date().toISOString(),
    nproc: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? "unknown CPU",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageBefore: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  const m = machine();
  const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
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
      const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
      console.error(`bench: ${kind} failed: ${message}`);
      failures.push(`${kind}: ${message.split("\n")[0]}`);
    }
  }
  writeFileSync(`${resultsDir}people-list${suffix}.md`, markdown(m, settings, results, failures));
  console.log(`\n${consoleTable(results)}\n`);
  console.log(`written: ${resultsDir}people-list-*${suffix}.json, people-list${suffix}.md`);
  return failures.length ? 1 : 0;
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
