// 審査準備度: evaluates the readiness rules of every provider (provider.ts) over the
// organization's snapshot (cached until a write changes what the providers read).
import { is } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import { evaluateReadiness } from "../../core/readiness/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { readChangeCounters } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { loadSnapshot, readinessEntities, readinessRules } from "./provider.ts";
import { readinessCache } from "./readiness.cache.ts";
import type { ReadinessOut } from "./readiness.contract.ts";

/** The cache key's changes: the counter of every entity a provider reads (never written: 0). */
const changesKey = (counters: Map<string, number>): string =>
  readinessEntities()
    .map((e) => `${e}=${counters.get(e) ?? 0}`)
    .join(";");

/** The report of the organization's records on `today`, computed now (no cache). */
export async function computeReadiness(
  db: Db,
  ctx: OrgContext,
  lang: Lang,
  now = new Date(),
): Promise<ReadinessOut> {
  const today = todayInJapan(now);
  const snapshot = await loadSnapshot(db, ctx, { today, lang });
  const report = evaluateReadiness(snapshot, today, readinessRules());
  return {
    evaluatedAt: now.toISOString(),
    today,
    score: report.score,
    blockers: report.blockers,
    results: report.results.map((r) => ({ ...r, refs: [...r.refs] })),
    byStep: report.byStep,
    byRef: report.byRef,
    nextStep: report.nextStep,
  };
}

/**
 * The readiness report of the organization's records today (Japan time), from the cache
 * (readiness.cache.ts) while no write changed what the providers read since it was computed on
 * the same day in the same language. `evaluatedAt` says when the figures were computed, so a
 * cached report keeps the time of its computation rather than the time of the request.
 * Inside a transaction the cache is neither read nor filled: the transaction may see its own
 * uncommitted writes, and a rollback would leave a report of records that never existed.
 */
export async function getReadiness(
  db: Db,
  ctx: OrgContext,
  lang: Lang,
  now = new Date(),
): Promise<ReadinessOut> {
  const inTransaction = is(db, PgTransaction);
  const key = inTransaction
    ? null
    : { changes: changesKey(await readChangeCounters(db, ctx.orgId)), today: todayInJapan(now) };
  const cached = key ? readinessCache.get(ctx.orgId, lang, key) : undefined;
  if (cached) return cached;
  const out = await computeReadiness(db, ctx, lang, now);
  if (key) readinessCache.set(ctx.orgId, lang, key, out);
  return out;
}
