// Hostile uploads against the real server (issue 9): a declared-size lie (an 8 MB workbook
// whose sheet inflates to 8 GiB), a 2 GiB bomb declared honestly, and a sheet of 200,000
// value rows, each sent to every import route while a separate thread polls /healthz every
// 10 ms; then legitimate large imports (10,000 register items, 50,000 risk rows) for their
// time and memory. Peak RSS is the kernel's high-water mark (VmHWM, reset before each
// scenario), of the server process and of the upload parser process apart.
//
// `npm run bench upload-bomb` → bench/results/upload-bomb.md and upload-bomb.json.
// The legitimate imports before the safe reader: run this file in a checkout without it,
//   node --import tsx bench/upload-bomb.ts --legit-only --out /tmp/upload-before.json
// and pass that file as BENCH_UPLOAD_BEFORE to the full run.
// Settings: BENCH_UPLOAD_KIND=pglite|postgres (default pglite) BENCH_UPLOAD_REPEAT=5 (each
// bomb sent that many times in a row per route and measurement) BENCH_RUNS=3 (legitimate
// imports, median) BENCH_ITEMS=10000 BENCH_RISKS_PER_ITEM=5.
import { readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Worker } from "node:worker_threads";
import { benchWorkbooks } from "../src/modules/registers-xlsx/bench-workbooks.ts";
import { benchOrigin } from "./origin.ts";
import { createOrg, type Kind, serve, signUp } from "./registers/setup.ts";
import { MB, median, round, uploadBombMarkdown } from "./upload-bomb-report.ts";

type Route = { name: string; path: string; mode?: "preview" | "commit" };
const ROUTES: Route[] = [
  { name: "people import", path: "people/import" },
  { name: "register preview", path: "inventory-items/import", mode: "preview" },
  { name: "register commit", path: "inventory-items/import", mode: "commit" },
  { name: "risk import", path: "risks/import", mode: "commit" },
];

export type Healthz = { samples: number; failed: number; worstMs: number; medianMs: number };
export type Measured = {
  scenario: string;
  route: string;
  fileMb: number;
  status: number;
  code: string | null;
  ms: number;
  /** Server process: peak RSS during the request minus RSS at its start (MB). */
  serverRssGrowthMb: number;
  /** Server process: peak RSS during the request (MB). */
  serverPeakRssMb: number;
  /** Upload parser process: its peak RSS during the request (MB), when there is one. */
  parserPeakRssMb: number | null;
  healthz: Healthz;
};
export type LegitResult = {
  operation: string;
  rows: number;
  runs: Measured[];
  medianMs: number;
  medianServerRssGrowthMb: number;
  medianServerPeakRssMb: number;
  medianParserPeakRssMb: number | null;
};
export type UploadBombResult = {
  date: string;
  kind: Kind;
  node: string;
  loadAverageBefore: number;
  loadAverageAfter: number;
  /** Whether this checkout has the safe reader (absent in a "before" run). */
  safeReader: boolean;
  /** Each bomb was sent this many times in a row per route (ms is for all of them). */
  repeat: number;
  bombs: Measured[];
  legit: LegitResult[];
};

// ---- memory ----

function procStatus(pid: number | "self"): string | null {
  try {
    return readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return null;
  }
}
const field = (status: string | null, key: string) =>
  Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status ?? "")?.[1] ?? Number.NaN) * 1024;
/** Resets the kernel's peak-RSS mark (VmHWM) of a process of ours. */
function resetPeak(pid: number | "self") {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
  } catch {
    // Not Linux, or not allowed: the peak then counts from the process start.
  }
}
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

// ---- /healthz poller: its own thread, so a blocked server event loop shows as latency ----

const POLLER = `
const { parentPort, workerData } = require("node:worker_threads");
let samples = [];
let running = false;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  for (;;) {
    if (!running) { await sleep(5); continue; }
    const start = performance.now();
    try {
      const res = await fetch(workerData.url);
      await res.arrayBuffer();
      samples.push(res.ok ? performance.now() - start : -1);
    } catch { samples.push(-1); }
    const wait = 10 - (performance.now() - start);
    if (wait > 0) await sleep(wait);
  }
})();
parentPort.on("message", (m) => {
  if (m === "start") { samples = []; running = true; parentPort.postMessage("started"); }
  else { running = false; parentPort.postMessage(samples); }
});`;

// ---- the uploading client: its own thread too, so encoding and sending a file is no work of
// the server's event loop ----

const CLIENT = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", async ({ id, url, headers, body }) => {
  try {
    const res = await fetch(url, { method: "POST", headers, body });
    parentPort.postMessage({ id, status: res.status, text: await res.text() });
  } catch (err) {
    parentPort.postMessage({ id, status: 0, text: String(err) });
  }
});`;

class Client {
  readonly worker = new Worker(CLIENT, { eval: true });
  #next = 1;
  post(url: string, headers: Record<string, string>, body: Buffer) {
    const id = this.#next++;
    return new Promise<{ status: number; text: string }>((resolve) => {
      const onMessage = (m: { id: number; status: number; text: string }) => {
        if (m.id !== id) return;
        this.worker.off("message", onMessage);
        resolve(m);
      };
      this.worker.on("message", onMessage);
      this.worker.postMessage({ id, url, headers, body: new Uint8Array(body) });
    });
  }
}

/** A multipart/form-data body built once, before the clock starts. */
function multipartBody(fields: Record<string, string>, file: Buffer, filename: string) {
  const boundary = `----upload-bomb-${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
        "Content-Type: application/octet-stream\r\n\r\n",
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

class Poller {
  readonly worker: Worker;
  constructor(url: string) {
    this.worker = new Worker(POLLER, { eval: true, workerData: { url } });
  }
  #ask<T>(message: string): Promise<T> {
    return new Promise((resolve) => {
      this.worker.once("message", resolve);
      this.worker.postMessage(message);
    });
  }
  start = () => this.#ask<string>("start");
  async stop(): Promise<Healthz> {
    const samples = await this.#ask<number[]>("stop");
    const ok = samples.filter((x) => x >= 0);
    return {
      samples: samples.length,
      failed: samples.length - ok.length,
      worstMs: round(Math.max(0, ...ok)),
      medianMs: round(median(ok)),
    };
  }
}

// ---- the run ----

type Ctx = {
  address: string;
  cookie: string;
  poller: Poller;
  client: Client;
  parserPid: () => number | undefined;
};

/** The request, ready to send: the clock starts when send() is called. */
function upload(ctx: Ctx, orgId: string, route: Route, file: Buffer, name: string) {
  const { body, contentType } = multipartBody(route.mode ? { mode: route.mode } : {}, file, name);
  const url = `${ctx.address}/api/v1/orgs/${orgId}/${route.path}`;
  const headers = {
    cookie: ctx.cookie,
    "accept-language": "ja",
    "content-type": contentType,
    ...benchOrigin,
  };
  return async () => {
    const res = await ctx.client.post(url, headers, body);
    let code: string | null = null;
    try {
      code = (JSON.parse(res.text) as { error?: { code?: string } }).error?.code ?? null;
    } catch {
      code = res.text.slice(0, 80);
    }
    return { status: res.status, code };
  };
}
const send = (...args: Parameters<typeof upload>) => upload(...args)();

async function measure(
  ctx: Ctx,
  scenario: string,
  route: Route,
  file: Buffer,
  call: () => Promise<{ status: number; code: string | null }>,
): Promise<Measured> {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const parserBefore = ctx.parserPid();
  resetPeak("self");
  if (parserBefore) resetPeak(parserBefore);
  const rssStart = field(procStatus("self"), "VmRSS");
  await ctx.poller.start();
  const t = performance.now();
  const { status, code } = await call();
  const ms = performance.now() - t;
  const healthz = await ctx.poller.stop();
  const peak = field(procStatus("self"), "VmHWM");
  const parser = ctx.parserPid();
  const parserPeak = parser ? field(procStatus(parser), "VmHWM") : Number.NaN;
  return {
    scenario,
    route: route.name,
    fileMb: round(file.length / MB, 2),
    status,
    code,
    ms: Math.round(ms),
    serverRssGrowthMb: round((peak - rssStart) / MB),
    serverPeakRssMb: round(peak / MB),
    parserPeakRssMb: Number.isFinite(parserPeak) ? round(parserPeak / MB) : null,
    healthz,
  };
}

async function bombFiles() {
  const { buildZip, manyRowsSheet, workbook, zeroBomb } = await import(
    "../src/modules/shared/safe-upload/test-zip.ts"
  );
  return [
    {
      scenario: "declared-size lie: sheet1.xml 8 GiB of zeros declared as 1,000 bytes",
      file: workbook({ compressed: zeroBomb(8 * 2 ** 30), declaredSize: 1000 }),
    },
    {
      scenario: "2 GiB bomb declared honestly (sheet1.xml 2 GiB of zeros)",
      file: buildZip([
        { name: "xl/worksheets/sheet1.xml", compressed: zeroBomb(2 ** 31), declaredSize: 2 ** 31 },
      ]),
    },
    {
      scenario: "200,000 value rows in one sheet",
      file: workbook({ data: manyRowsSheet(200_000) }),
    },
  ];
}

export async function benchUploadBomb(opts: {
  kind?: Kind;
  runs?: number;
  items?: number;
  risksPerItem?: number;
  /** How many times each bomb is sent to each route in one measurement. */
  repeat?: number;
  legitOnly?: boolean;
  log?: (line: string) => void;
}): Promise<UploadBombResult> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const kind = opts.kind ?? "pglite";
  const runs = opts.runs ?? 3;
  const items = opts.items ?? 10_000;
  const perItem = opts.risksPerItem ?? 5;
  const repeat = opts.repeat ?? 5;
  const loadAverageBefore = round(loadavg()[0] ?? 0, 2);
  const safeUpload = await import("../src/modules/shared/safe-upload/safe-upload.ts").catch(
    () => null,
  );
  const served = await serve(kind);
  const poller = new Poller(`${served.address}/healthz`);
  const client = new Client();
  try {
    const owner = await signUp(served.app, `upload-bomb-${Date.now()}@example.jp`);
    const signIn = await served.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: benchOrigin,
      payload: { email: owner.email, password: owner.password },
    });
    const cookie = signIn.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const ctx: Ctx = {
      address: served.address,
      cookie,
      poller,
      client,
      parserPid: () => safeUpload?.uploadPool.pid,
    };
    const orgId = await createOrg(served.app, owner, "株式会社ばくだん");
    // Warm-up (not measured): the parser process starts on the first upload.
    const warmup = await benchWorkbooks({ items: 20, risksPerItem: 1 });
    await send(ctx, orgId, ROUTES[1] as Route, warmup.register, "warmup.xlsx");
    await send(ctx, orgId, ROUTES[0] as Route, Buffer.from("氏名,雇用区分\r\n"), "w.csv");

    const bombs: Measured[] = [];
    if (!opts.legitOnly) {
      for (const { scenario, file } of await bombFiles()) {
        for (const route of ROUTES) {
          // The same bomb several times in a row: a longer window for the poller.
          const once = upload(ctx, orgId, route, file, "bomb.xlsx");
          const m = await measure(ctx, scenario, route, file, async () => {
            let last = await once();
            for (let i = 1; i < repeat; i++) last = await once();
            return last;
          });
          log(
            `${scenario} → ${route.name}: ${m.status} ${m.code}, ${m.ms} ms, server +${m.serverRssGrowthMb} MB, parser peak ${m.parserPeakRssMb} MB, /healthz worst ${m.healthz.worstMs} ms (${m.healthz.samples} polls)`,
          );
          bombs.push(m);
        }
      }
    }

    const t = performance.now();
    const books = await benchWorkbooks({ items, risksPerItem: perItem });
    log(`workbooks generated in ${Math.round(performance.now() - t)} ms`);
    const operations: Array<{ operation: string; rows: number; route: Route; file: Buffer }> = [
      {
        operation: "register preview",
        rows: items,
        route: ROUTES[1] as Route,
        file: books.register,
      },
      {
        operation: "register commit",
        rows: items,
        route: ROUTES[2] as Route,
        file: books.register,
      },
      {
        operation: "risks preview",
        rows: items * perItem,
        route: { ...(ROUTES[3] as Route), mode: "preview" },
        file: books.risks,
      },
      {
        operation: "risks commit",
        rows: items * perItem,
        route: ROUTES[3] as Route,
        file: books.risks,
      },
    ];
    const byOperation = new Map(operations.map((o) => [o.operation, [] as Measured[]]));
    for (let run = 0; run < runs; run++) {
      // A fresh organization per run: the commit creates every item and risk row.
      const org = await createOrg(served.app, owner, `株式会社ふつう${run}`);
      for (const o of operations) {
        const m = await measure(
          ctx,
          o.operation,
          o.route,
          o.file,
          upload(ctx, org, o.route, o.file, `${o.operation}.xlsx`),
        );
        if (m.status !== 200) throw new Error(`${o.operation}: ${m.status} ${m.code}`);
        log(
          `run ${run + 1}: ${o.operation} ${m.ms} ms, server +${m.serverRssGrowthMb} MB, parser peak ${m.parserPeakRssMb} MB, /healthz worst ${m.healthz.worstMs} ms`,
        );
        byOperation.get(o.operation)?.push(m);
      }
    }
    const legit = operations.map(({ operation, rows }) => {
      const ms = byOperation.get(operation) ?? [];
      const parser = ms.map((m) => m.parserPeakRssMb).filter((x): x is number => x !== null);
      return {
        operation,
        rows,
        runs: ms,
        medianMs: Math.round(median(ms.map((m) => m.ms))),
        medianServerRssGrowthMb: round(median(ms.map((m) => m.serverRssGrowthMb))),
        medianServerPeakRssMb: round(median(ms.map((m) => m.serverPeakRssMb))),
        medianParserPeakRssMb: parser.length ? round(median(parser)) : null,
      };
    });
    return {
      date: new Date().toISOString(),
      kind,
      node: process.version,
      loadAverageBefore,
      loadAverageAfter: round(loadavg()[0] ?? 0, 2),
      safeReader: safeUpload !== null,
      repeat,
      bombs,
      legit,
    };
  } finally {
    await poller.worker.terminate();
    await client.worker.terminate();
    await served.close();
    await safeUpload?.uploadPool.close();
  }
}

const settingsFromEnv = () => ({
  kind: (process.env.BENCH_UPLOAD_KIND === "postgres" ? "postgres" : "pglite") as Kind,
  runs: Number(process.env.BENCH_RUNS ?? 3) || 3,
  items: Number(process.env.BENCH_ITEMS ?? 10_000) || 10_000,
  risksPerItem: Number(process.env.BENCH_RISKS_PER_ITEM ?? 5) || 5,
  repeat: Number(process.env.BENCH_UPLOAD_REPEAT ?? 5) || 5,
});

/** Runs the benchmark and writes upload-bomb.json and upload-bomb.md; the exit code. */
export async function uploadBombSuite(
  resultsDir: string,
  log: (line: string) => void,
): Promise<number> {
  const beforePath = process.env.BENCH_UPLOAD_BEFORE;
  const before = beforePath
    ? (JSON.parse(readFileSync(beforePath, "utf8")) as UploadBombResult)
    : null;
  log(
    `upload-bomb benchmark: bombs on every import route, then legitimate imports${before ? ` (before: ${beforePath})` : " (no BENCH_UPLOAD_BEFORE: after only)"}; load average ${round(loadavg()[0] ?? 0, 2)}`,
  );
  const after = await benchUploadBomb({ ...settingsFromEnv(), log });
  writeFileSync(`${resultsDir}upload-bomb.json`, `${JSON.stringify({ after, before }, null, 2)}\n`);
  writeFileSync(`${resultsDir}upload-bomb.md`, uploadBombMarkdown(after, before));
  log(`written: ${resultsDir}upload-bomb.json, upload-bomb.md`);
  const refused = after.bombs.every((b) => b.status >= 400 && b.status < 500);
  return refused ? 0 : 1;
}

// ---- direct run (the "before" measurement in another checkout) ----

const direct = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (direct) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const out = arg("--out") ?? "/tmp/upload-bomb.json";
  benchUploadBomb({ ...settingsFromEnv(), legitOnly: process.argv.includes("--legit-only") })
    .then((r) => {
      writeFileSync(out, `${JSON.stringify(r, null, 2)}\n`);
      console.log(`written: ${out}`);
      process.exit(0);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
