// Per-user quotas on the expensive routes (creating organizations and demo companies, imports,
// exports, PDFs), so one account cannot tie up the server for every tenant. Counted in this
// process's memory over a sliding window: with several processes each counts its own share.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "./app-error.ts";
import type { Guards } from "./tenancy.ts";

export type QuotaName = "orgCreate" | "demoCreate" | "import" | "export" | "pdf";
export type Quota = { max: number; windowSeconds: number };
export type Quotas = Record<QuotaName, Quota>;

export const defaultQuotas: Quotas = {
  orgCreate: { max: 10, windowSeconds: 3600 },
  demoCreate: { max: 5, windowSeconds: 3600 },
  import: { max: 30, windowSeconds: 600 },
  export: { max: 60, windowSeconds: 600 },
  pdf: { max: 10, windowSeconds: 600 },
};

/** `QUOTA_IMPORT=30/600` (max per seconds) overrides one quota. */
export function quotasFrom(env: NodeJS.ProcessEnv): Quotas {
  const quotas = { ...defaultQuotas };
  for (const name of Object.keys(quotas) as QuotaName[]) {
    const variable = `QUOTA_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
    const raw = env[variable];
    if (!raw) continue;
    const m = /^(\d+)\/(\d+)$/.exec(raw.trim());
    if (!m) throw new Error(`${variable}: expected max/seconds, e.g. 30/600`);
    quotas[name] = { max: Number(m[1]), windowSeconds: Number(m[2]) };
  }
  return quotas;
}

/** Which quotas a request counts against (route pattern as Fastify registered it). */
export function quotasOf(method: string, route: string, body: unknown): QuotaName[] {
  if (method === "POST" && route === "/api/v1/orgs") {
    const demo = (body as { demo?: unknown } | null)?.demo === true;
    return demo ? ["orgCreate", "demoCreate"] : ["orgCreate"];
  }
  if (method === "POST" && route.endsWith("/import")) return ["import"];
  // A printed sheet made by the request that issues it (personal links) is a POST.
  if ((method === "GET" || method === "POST") && route.endsWith(".pdf")) return ["pdf"];
  if (method === "GET" && (route.endsWith(".xlsx") || route.endsWith(".docx"))) return ["export"];
  // A zip of documents prints a PDF of each of them.
  if (method === "GET" && route.endsWith(".zip")) return ["pdf", "export"];
  return [];
}

export class QuotaCounter {
  private readonly hits = new Map<string, number[]>();
  constructor(private readonly quotas: Quotas) {}

  /** Counts one use; returns the seconds to wait when the quota is used up (nothing counted). */
  take(userId: string, names: QuotaName[], now = Date.now()): number | null {
    let wait = 0;
    const lists = names.map((name) => {
      const { max, windowSeconds } = this.quotas[name];
      const key = `${name}:${userId}`;
      const since = now - windowSeconds * 1000;
      const list = (this.hits.get(key) ?? []).filter((t) => t > since);
      this.hits.set(key, list);
      if (list.length >= max) wait = Math.max(wait, Math.ceil(((list[0] ?? now) - since) / 1000));
      return list;
    });
    if (wait > 0) return wait;
    for (const list of lists) list.push(now);
    if (this.hits.size > 50_000) this.prune(now);
    return null;
  }

  private prune(now: number) {
    const longest = Math.max(...Object.values(this.quotas).map((q) => q.windowSeconds)) * 1000;
    for (const [key, list] of this.hits)
      if ((list.at(-1) ?? 0) <= now - longest) this.hits.delete(key);
  }
}

export function registerQuotas(app: FastifyInstance, guards: Guards, quotas: Quotas) {
  const counter = new QuotaCounter(quotas);
  // preHandler: after the body is parsed and validated, before the route's work starts.
  app.addHook("preHandler", async (req: FastifyRequest, reply: FastifyReply) => {
    const names = quotasOf(req.method, req.routeOptions.url ?? "", req.body);
    if (names.length === 0) return;
    const user = await guards.currentUser(req).catch(() => null);
    if (!user) return; // the route answers 401 itself
    const wait = counter.take(user.id, names);
    if (wait === null) return;
    reply.header("retry-after", String(wait));
    throw new AppError(
      "rate_limited",
      "QUOTA_EXCEEDED",
      {},
      {
        minutes: Math.max(1, Math.ceil(wait / 60)),
      },
    );
  });
}
