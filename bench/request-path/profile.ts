// A CPU profile of this process (V8's sampling profiler through node:inspector) while a load
// run hits the in-process app, summarised by where the samples' own time was spent: which
// package or part of the app, per request. Answers "what is the Node CPU per request made of".
import { Session } from "node:inspector/promises";

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
};
type Profile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};

export type ProfileShare = { part: string; ms: number; pct: number; msPerRequest: number };
export type ProfileSummary = {
  requests: number;
  sampledMs: number;
  parts: ProfileShare[];
  /** The frames (url or function) most of "other" was spent in, to refine the parts. */
  unclassified: { frame: string; ms: number }[];
  /** The functions with the most self time (after charging native frames to callers). */
  top: { fn: string; part: string; msPerRequest: number }[];
};

/** The part of the program a frame belongs to (first match wins). */
const PARTS: [string, RegExp][] = [
  [
    "better-auth / better-call (session check)",
    /node_modules\/(better-auth|better-call|@better-auth|jose|kysely|defu|rou3)\//,
  ],
  [
    "zod (validation and response serialisation)",
    /node_modules\/(zod|fastify-type-provider-zod)\//,
  ],
  [
    "pino (logging)",
    /node_modules\/(pino|pino-std-serializers|sonic-boom|fast-redact|@pinojs|thread-stream|quick-format-unescaped|on-exit-leak-free|fast-safe-stringify)\//,
  ],
  ["drizzle-orm", /node_modules\/drizzle-orm\//],
  [
    "pg driver",
    /node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-[a-z]+|pgpass|pg-connection-string|buffer-writer|packet-reader)\//,
  ],
  ["PGlite (the database itself, embedded)", /node_modules\/@electric-sql\//],
  ["helmet", /node_modules\/(@fastify\/helmet|helmet)\//],
  [
    "fastify (routing, hooks, reply)",
    /node_modules\/(fastify|@fastify|find-my-way|avvio|light-my-request|fast-querystring|fast-uri|toad-cache|process-warning|abstract-logging|secure-json-parse|content-type|proxy-addr|forwarded|ipaddr\.js|cookie|fastify-plugin|ret|safe-regex2|rfdc|json-schema-ref-resolver|ajv)\//,
  ],
  ["mamori: src/server (guards, tenancy, quotas, errors)", /\/src\/server\//],
  ["mamori: src/core (text policy, access …)", /\/src\/core\//],
  ["mamori: src/modules (routes, services)", /\/src\/modules\//],
  ["mamori: other src", /\/src\//],
  ["PGlite (the database itself, embedded)", /^wasm:/],
  ["tsx loader", /node_modules\/tsx\//],
  ["other packages", /node_modules\//],
  ["node: http, net, streams, timers …", /^node:/],
];

function partOf(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(idle)") return "(idle)";
  // The inspector's own call (starting and stopping the profiler), not the app's work.
  if (functionName === "dispatch" && !url) return "(idle)";
  if (functionName === "(program)") return "V8 / native (no JS frame)";
  if (!url) return "V8 / native (no JS frame)";
  for (const [part, re] of PARTS) if (re.test(url)) return part;
  return "other";
}

/**
 * Self time by part, but a native or Node-internal frame called from a package is charged to
 * that package (e.g. crypto called by better-auth, JSON.stringify called by zod's serializer).
 */
export function summarise(profile: Profile, requests: number): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const charged = new Map<number, string>();
  const chargeOf = (id: number): string => {
    const known = charged.get(id);
    if (known) return known;
    const node = byId.get(id);
    if (!node) return "other";
    let part = partOf(node.callFrame);
    if (part === "V8 / native (no JS frame)" || part === "node: http, net, streams, timers …") {
      // Walk up to the nearest package or app frame; keep Node's own when there is none.
      let p = parent.get(id);
      while (p !== undefined) {
        const up = partOf((byId.get(p) as ProfileNode).callFrame);
        if (up !== "V8 / native (no JS frame)" && up !== "node: http, net, streams, timers …") {
          if (up !== "(idle)" && up !== "garbage collection" && up !== "other") part = up;
          break;
        }
        p = parent.get(p);
      }
    }
    charged.set(id, part);
    return part;
  };
  const totals = new Map<string, number>();
  const other = new Map<string, number>();
  const byFn = new Map<string, { part: string; ms: number }>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const part = chargeOf(id);
    totals.set(part, (totals.get(part) ?? 0) + dt);
    const f0 = byId.get(id)?.callFrame;
    const fnKey = `${f0?.functionName || "(anonymous)"} ${(f0?.url ?? "").replace(/^.*node_modules\//, "").replace(/^.*\/src\//, "src/")}`;
    const entry = byFn.get(fnKey) ?? { part, ms: 0 };
    entry.ms += dt;
    byFn.set(fnKey, entry);
    if (part === "other" || part === "V8 / native (no JS frame)") {
      const f = byId.get(id)?.callFrame;
      const key = `${part}: ${f?.url || f?.functionName || "?"}`;
      other.set(key, (other.get(key) ?? 0) + dt);
    }
  });
  totals.delete("(idle)");
  const busy = [...totals.values()].reduce((a, b) => a + b, 0);
  const parts = [...totals.entries()]
    .map(([part, ms]) => ({
      part,
      ms: Math.round(ms),
      pct: Math.round((1000 * ms) / Math.max(1, busy)) / 10,
      msPerRequest: Math.round((1000 * ms) / Math.max(1, requests)) / 1000,
    }))
    .sort((a, b) => b.ms - a.ms);
  const unclassified = [...other.entries()]
    .map(([frame, ms]) => ({ frame, ms: Math.round(ms) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 10);
  const top = [...byFn.entries()]
    .filter(([, v]) => v.part !== "(idle)")
    .map(([fn, v]) => ({
      fn,
      part: v.part,
      msPerRequest: Math.round((1000 * v.ms) / Math.max(1, requests)) / 1000,
    }))
    .sort((a, b) => b.msPerRequest - a.msPerRequest)
    .slice(0, 25);
  return { requests, sampledMs: Math.round(busy), parts, unclassified, top };
}

/** Profiles this process while `fn` runs; `fn` returns how many requests it completed. */
export async function profiled<T extends { requests: number }>(
  fn: () => Promise<T>,
): Promise<{ result: T; profile: ProfileSummary }> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 200 });
    await session.post("Profiler.start");
    const outcome = await fn().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    const stopped = (await session.post("Profiler.stop")) as { profile: Profile };
    if ("error" in outcome) throw outcome.error;
    return { result: outcome.value, profile: summarise(stopped.profile, outcome.value.requests) };
  } finally {
    session.disconnect();
  }
}
