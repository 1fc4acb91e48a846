// Load and latency measurement: autocannon in a child process (so the load generator does not
// share the server's event loop), a sequential keep-alive HTTP client for unloaded latency,
// and helpers that time any async operation sequentially or at a given concurrency.
import { spawn } from "node:child_process";
import http from "node:http";
import { createRequire } from "node:module";

export type Stats = { n: number; p50: number; p90: number; p99: number; mean: number; max: number };
export type LoadResult = {
  connections: number;
  durationS: number;
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  reqPerSec: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
};

const round = (x: number) => Math.round(x * 1000) / 1000;

export function summarize(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0;
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return {
    n: s.length,
    p50: round(at(0.5)),
    p90: round(at(0.9)),
    p99: round(at(0.99)),
    mean: round(mean),
    max: round(s[s.length - 1] ?? 0),
  };
}

/** Runs `op` n times one after another; returns the latency of each run in ms. */
export async function timeSequential(op: () => Promise<unknown>, n: number): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await op();
    samples.push(performance.now() - t);
  }
  return summarize(samples);
}

/** Runs `op` n times with `concurrency` callers in flight; latency stats plus ops per second. */
export async function timeConcurrent(
  op: () => Promise<unknown>,
  n: number,
  concurrency: number,
): Promise<Stats & { opsPerSec: number }> {
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next++ < n) {
      const t = performance.now();
      await op();
      samples.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wall = (performance.now() - started) / 1000;
  return { ...summarize(samples), opsPerSec: round(n / wall) };
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** One GET over a kept-alive connection; rejects on a non-2xx status. */
export function httpGet(url: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: keepAlive, headers: { cookie } }, (res) => {
      res.resume();
      res.on("end", () => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status >= 300) reject(new Error(`GET ${url} → ${status}`));
        else resolve(status);
      });
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on("error", reject);
  });
}

const autocannonCli = createRequire(import.meta.url).resolve("autocannon/autocannon.js");
const children = new Set<number>();
process.on("exit", () => {
  for (const pid of children) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

type CannonJson = {
  latency: Record<string, number>;
  requests: { average: number; total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
};

/** autocannon -c connections -d duration against `url` with the session cookie. */
export function runAutocannon(opts: {
  url: string;
  cookie: string;
  connections: number;
  durationS: number;
}): Promise<LoadResult> {
  const args = [
    autocannonCli,
    "-j",
    "-n",
    "-c",
    String(opts.connections),
    "-d",
    String(opts.durationS),
    "-t",
    "10",
    "-H",
    `cookie=${opts.cookie}`,
    opts.url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ["ignore", "pipe", "pipe"],
      timeout: (opts.durationS + 30) * 1000,
      killSignal: "SIGKILL",
    });
    if (child.pid) children.add(child.pid);
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (child.pid) children.delete(child.pid);
      if (code !== 0) {
        reject(new Error(`autocannon exited ${code ?? signal}: ${err.slice(-500)}`));
        return;
      }
      try {
        const r = JSON.parse(out.trim().split("\n").pop() ?? "") as CannonJson;
        const l = r.latency;
        resolve({
          connections: opts.connections,
          durationS: opts.durationS,
          latencyMs: {
            p50: l.p50 ?? 0,
            p90: l.p90 ?? 0,
            p99: l.p99 ?? 0,
            mean: round(l.mean ?? 0),
            max: l.max ?? 0,
          },
          reqPerSec: round(r.requests.average),
          requests: r.requests.total,
          errors: r.errors,
          timeouts: r.timeouts,
          non2xx: r.non2xx,
        });
      } catch (e) {
        reject(new Error(`cannot read autocannon output (${String(e)}): ${out.slice(0, 300)}`));
      }
    });
  });
}

/**
 * Waits (at most 20 s) until one request takes no more than twice its unloaded time again:
 * requests autocannon left in flight would otherwise run into the next block's figures.
 */
export async function drain(op: () => Promise<unknown>, unloadedMs: number): Promise<void> {
  const end = performance.now() + 20_000;
  while (performance.now() < end) {
    const t = performance.now();
    await op();
    if (performance.now() - t <= 2 * unloadedMs + 5) return;
  }
}
