// The upload-bomb benchmark's report (bench/results/upload-bomb.md) and the small numeric
// helpers the measurement shares with it.
import type { LegitResult, UploadBombResult } from "./upload-bomb.ts";

export const MB = 1024 * 1024;
export const GOAL_RSS_MB = 300;
export const GOAL_HEALTHZ_MS = 100;

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? ((s[(s.length - 1) >> 1] ?? 0) + (s[s.length >> 1] ?? 0)) / 2 : 0;
};

function row(cells: (string | number | null)[]): string {
  return `| ${cells.map((c) => (c === null ? "–" : String(c))).join(" | ")} |`;
}

export function uploadBombMarkdown(after: UploadBombResult, before: UploadBombResult | null) {
  const worstRss = Math.max(0, ...after.bombs.map((b) => b.serverRssGrowthMb));
  const worstHealthz = Math.max(0, ...after.bombs.map((b) => b.healthz.worstMs));
  const medianHealthz = median(after.bombs.map((b) => b.healthz.medianMs));
  const refused = after.bombs.every((b) => b.status >= 400 && b.status < 500);
  const lines = [
    "# Benchmark: hostile uploads (issue 9) — zip bombs and a 200,000-row sheet",
    "",
    `- Date: ${after.date}; Node ${after.node}; database ${after.kind}; 1-min load average ${after.loadAverageBefore} before, ${after.loadAverageAfter} after (the machine is shared: times are noisy)`,
    "- The real server (buildApp, listening on a loopback port), files sent as multipart over HTTP; `/healthz` polled every 10 ms from a separate thread (sequential requests, so a stalled server shows as latency)",
    "- Memory: the kernel's peak RSS (VmHWM, reset before each request) — **server** = peak minus RSS at the start of the request; **parser** = the upload process's own peak (it is a separate process, with UPLOAD_WORKER_HEAP_MB = 1024)",
    `- Goals: server RSS growth < ${GOAL_RSS_MB} MB, /healthz < ${GOAL_HEALTHZ_MS} ms during the bombs`,
    "",
    "## Goals",
    "",
    row(["goal", "result", "met"]),
    row(["---", "---", "---"]),
    row(["every bomb refused with a 4xx", refused ? "yes" : "no", refused ? "yes" : "**no**"]),
    row([
      `server RSS growth < ${GOAL_RSS_MB} MB`,
      `worst ${worstRss} MB`,
      worstRss < GOAL_RSS_MB ? "yes" : "**no**",
    ]),
    row([
      `/healthz < ${GOAL_HEALTHZ_MS} ms`,
      `worst ${worstHealthz} ms, median ${round(medianHealthz)} ms`,
      worstHealthz < GOAL_HEALTHZ_MS ? "yes" : "**no**",
    ]),
    "",
    "## Bombs",
    "",
    "Before the safe reader (from the issue): the 8 GiB lie exhausted the heap and aborted the process; bombs of 256 MB–3 GB stalled `/healthz` for seconds and left RSS at 3.7 GB; the 200,000-row sheet was refused only after RSS reached 1.7 GB.",
    "",
    `Each file is sent ${after.repeat} times in a row to each route in one measurement (ms is for all ${after.repeat}). The parser process's peak includes its own baseline (Node, tsx and exceljs loaded: about 130 MB).`,
    "",
    row([
      "file",
      "route",
      "size MB",
      "answer",
      "ms",
      "server RSS +MB",
      "parser peak MB",
      "/healthz worst / median ms (polls)",
    ]),
    row(["---", "---", "---", "---", "---", "---", "---", "---"]),
    ...after.bombs.map((b) =>
      row([
        b.scenario,
        b.route,
        b.fileMb,
        `${b.status} ${b.code}`,
        b.ms,
        b.serverRssGrowthMb,
        b.parserPeakRssMb,
        `${b.healthz.worstMs} / ${b.healthz.medianMs} (${b.healthz.samples}${b.healthz.failed ? `, ${b.healthz.failed} failed` : ""})`,
      ]),
    ),
    "",
    "## Legitimate large imports, before and after",
    "",
    `Files from benchWorkbooks() (export layout): register ${after.legit[0]?.rows ?? "?"} rows, risks ${after.legit[2]?.rows ?? "?"} rows; ${after.legit[0]?.runs.length ?? 0} runs each on a fresh organization, median. "Before" is the same benchmark run in a checkout without the safe reader (exceljs on the server's main thread), just before this run, on the same machine. Server RSS +MB is the peak during the request minus the RSS at its start (memory the process kept from an earlier run is reused, so later runs grow less); peak MB is the absolute high-water mark. /healthz includes the whole request: a commit's database writes run on the server's thread too (PGlite in-process), and the rows are still validated there.`,
    "",
    row([
      "operation",
      "rows",
      "before ms",
      "after ms",
      "after / before",
      "before: server RSS +MB / peak MB",
      "after: server RSS +MB / peak MB",
      "after: parser peak MB",
      "before: /healthz worst ms",
      "after: /healthz worst ms",
    ]),
    row(["---", "---", "---", "---", "---", "---", "---", "---", "---", "---"]),
    ...after.legit.map((a) => {
      const b = before?.legit.find((x) => x.operation === a.operation);
      const worst = (r: LegitResult | undefined) =>
        r ? Math.max(...r.runs.map((m) => m.healthz.worstMs)) : null;
      return row([
        a.operation,
        a.rows,
        b?.medianMs ?? null,
        a.medianMs,
        b ? `${round(a.medianMs / b.medianMs, 2)}×` : null,
        b ? `${b.medianServerRssGrowthMb} / ${b.medianServerPeakRssMb}` : null,
        `${a.medianServerRssGrowthMb} / ${a.medianServerPeakRssMb}`,
        a.medianParserPeakRssMb,
        worst(b),
        worst(a),
      ]);
    }),
    "",
    "Runs (ms): " +
      after.legit
        .map(
          (a) =>
            `${a.operation} after ${a.runs.map((m) => m.ms).join(", ")}` +
            (before
              ? `; before ${
                  before.legit
                    .find((x) => x.operation === a.operation)
                    ?.runs.map((m) => m.ms)
                    .join(", ") ?? "–"
                }`
              : ""),
        )
        .join(" · "),
    "",
  ];
  return lines.join("\n");
}

// ---- the suite of bench/run.ts ----
