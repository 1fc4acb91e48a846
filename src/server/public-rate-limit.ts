// One limit for the pages anyone may open without signing in (personal links today; later
// public pages too): requests per client address over a sliding window, in this process's
// memory (with several processes each counts its own share). A route takes part by saying so
// in its options: `config: { publicRateLimit: true }`. The address is `req.ip`, which follows
// TRUST_PROXY (a forwarded address is believed only from a trusted proxy). Counted in
// onRequest, before the body or the secret is looked at, so malformed requests count too.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "./app-error.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Counts against the per-address limit of public routes (src/server/public-rate-limit.ts). */
    publicRateLimit?: boolean;
  }
}

export type RateLimit = { max: number; windowSeconds: number };

/** Sliding-window counts per key. */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(private readonly limit: RateLimit) {}

  /** Counts one request; returns the seconds to wait when over the limit (nothing counted). */
  take(key: string, now = Date.now()): number | null {
    const since = now - this.limit.windowSeconds * 1000;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since);
    this.hits.set(key, list);
    if (list.length >= this.limit.max)
      return Math.max(1, Math.ceil(((list[0] ?? now) - since) / 1000));
    list.push(now);
    if (this.hits.size > 50_000) this.prune(since);
    return null;
  }

  private prune(since: number) {
    for (const [key, list] of this.hits) if ((list.at(-1) ?? 0) <= since) this.hits.delete(key);
  }
}

export function registerPublicRateLimit(app: FastifyInstance, limit: RateLimit) {
  const limiter = new SlidingWindowLimiter(limit);
  app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.routeOptions.config?.publicRateLimit) return;
    const wait = limiter.take(req.ip);
    if (wait === null) return;
    reply.header("retry-after", String(wait));
    throw new AppError("rate_limited", "RATE_LIMITED");
  });
}
