// Rewrites bench/results/registers<suffix>.md from the registers-<kind><suffix>.json files of
// a finished run, e.g. after a change to report.ts; no measurement is repeated.
//   node --import tsx bench/registers/rebuild.ts [suffix]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Machine } from "../report.ts";
import { type RegistersRun, registersMarkdown } from "./report.ts";
import type { RegistersKindResult } from "./suite.ts";

type Saved = RegistersKindResult & {
  machine: Machine;
  settings: Omit<RegistersRun, "loadAverageAfter">;
};

const dir = fileURLToPath(new URL("../results/", import.meta.url));
const suffix = process.argv[2] ?? "";
const saved: Saved[] = ["pglite", "postgres"]
  .map((kind) => `${dir}registers-${kind}${suffix}.json`)
  .filter((file) => existsSync(file))
  .map((file) => JSON.parse(readFileSync(file, "utf8")) as Saved);
const first = saved[0];
if (!first) throw new Error(`no registers-<kind>${suffix}.json in ${dir}`);
const mdFile = `${dir}registers${suffix}.md`;
// The load average at the end of the run: from the last kind, or the earlier report's line.
const previous = existsSync(mdFile) ? readFileSync(mdFile, "utf8") : "";
const after =
  saved.at(-1)?.loadAverageAfter ??
  Number(/, ([\d.]+) at its end/.exec(previous)?.[1] ?? Number.NaN);
writeFileSync(
  mdFile,
  registersMarkdown(first.machine, { ...first.settings, loadAverageAfter: after }, saved, []),
);
console.log(`written: ${mdFile}`);
