// 審査準備度: evaluates the readiness rules of every provider (provider.ts) over the
// organization's snapshot (cached until a write changes what the providers read), and
// records the manual checks (who ticked which construction step, and when).
import { and, eq, is } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import { evaluateReadiness, MANUAL_RULES, type ReadinessRule } from "../../core/readiness/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { readChangeCounters, writeInOrg } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import { AppError } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields, recordNoChange } from "../audit/index.ts";
import { loadSnapshot, readinessEntities, readinessRules } from "./provider.ts";
import { readinessCache } from "./readiness.cache.ts";
import type { CheckInput, CheckOut, ReadinessOut } from "./readiness.contract.ts";
import { MANUAL_CHECK_ENTITY } from "./readiness.manual.ts";
import { readinessManualCheck } from "./readiness.tables.ts";

const ENTITY = MANUAL_CHECK_ENTITY;

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

/** A manual rule by id: 404 when unknown, 400 when the engine checks it from records. */
function manualRule(ruleId: string): ReadinessRule {
  const rule = readinessRules().find((r) => r.id === ruleId);
  if (rule === undefined) {
    throw new AppError("not_found", "READINESS_RULE_NOT_FOUND", {}, { ruleId });
  }
  if (!rule.manual) {
    throw new AppError(
      "validation",
      "READINESS_RULE_NOT_MANUAL",
      { ruleId: { key: "readiness_rule_not_manual" } },
      { ruleId },
    );
  }
  return rule;
}

type CheckRow = typeof readinessManualCheck.$inferSelect;

function present(rule: ReadinessRule, row: CheckRow | undefined): CheckOut {
  return {
    ruleId: rule.id,
    title: rule.title,
    step: rule.step,
    severity: rule.severity,
    refs: [...rule.refs],
    check: row
      ? {
          done: row.done,
          note: row.note,
          checkedByName: row.checkedByName,
          checkedAt: row.checkedAt.toISOString(),
        }
      : null,
  };
}

/** Every manual rule in step order, with its last tick (null when never ticked). */
export async function listChecks(db: Db, ctx: OrgContext) {
  const rows = await db
    .select()
    .from(readinessManualCheck)
    .where(eq(readinessManualCheck.orgId, ctx.orgId));
  const byRule = new Map(rows.map((r) => [r.ruleId, r]));
  // MANUAL_RULES is defined in step order.
  const items = MANUAL_RULES.map((rule) => present(rule, byRule.get(rule.id)));
  return { items, total: items.length };
}

/**
 * Ticks (done) or unticks a manual rule, recording who and when, with its audit event.
 * Sending what is already recorded changes nothing and keeps the original who/when.
 */
export async function putCheck(
  db: Db,
  ctx: OrgContext,
  ruleId: string,
  input: CheckInput,
): Promise<CheckOut> {
  const rule = manualRule(ruleId);
  const T = readinessManualCheck;
  return writeInOrg(db, ctx, async (tx) => {
    const where = and(eq(T.orgId, ctx.orgId), eq(T.ruleId, rule.id));
    const [before] = await tx.select().from(T).where(where).for("update");
    const next = { done: input.done, note: input.note };
    const changes = diffFields(before ? { done: before.done, note: before.note } : null, next);
    if (before && Object.keys(changes).length === 0) {
      await recordNoChange(tx, ctx);
      return present(rule, before);
    }
    const values = {
      ...next,
      checkedBy: ctx.userId,
      checkedByName: ctx.userName,
      checkedAt: new Date(),
    };
    const [row] = await tx
      .insert(T)
      .values({ orgId: ctx.orgId, ruleId: rule.id, ...values })
      .onConflictDoUpdate({ target: [T.orgId, T.ruleId], set: values })
      .returning();
    await appendAudit(tx, ctx, {
      entity: ENTITY,
      entityId: rule.id,
      action: before ? "update" : "create",
      changes,
    });
    return present(rule, row);
  });
}
