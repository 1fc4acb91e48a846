// 提案から追加: rows pre-filled from the library of suggested risks, for several register items
// and phases in one write. The library's typical ratings are a starting point nobody has
// assessed, so the rows are 未評価 (assessedOn null) until a person sets or confirms them.
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { LIFECYCLE_PHASES } from "../../core/registers/inventory-fields.ts";
import { findSuggestions, rowFromSuggestion } from "../../core/registers/risk-suggestions.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import { AppError } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAuditMany, createEvents, recordNoChange } from "../audit/index.ts";
import { inventoryItem } from "../inventory/index.ts";
import { chunks } from "../shared/bulk-sql.ts";
import { getRiskMatrix } from "./risk-matrix.service.ts";
import type { FromSuggestionsInput, FromSuggestionsOut } from "./risks.contract.ts";
import { inventoryRisk as R } from "./risks.tables.ts";
import { RISK_ENTITY } from "./risks.writes.ts";

const phaseOrder = new Map(LIFECYCLE_PHASES.map((p) => [p.key as string, p.order]));

/** Each unknown id named by its place in the list. */
function unknownIds(field: "itemIds" | "suggestionIds", indexes: readonly number[]) {
  const key = field === "itemIds" ? "unknown_inventory_item" : "unknown_risk_suggestion";
  const fields = Object.fromEntries(indexes.map((i) => [`${field}.${i}`, { key }]));
  return new AppError("validation", "VALIDATION_FAILED", fields);
}

/** The chosen items of the organization, in register order; unknown ids are named. */
async function readItems(tx: Db | Tx, ctx: OrgContext, ids: readonly string[]) {
  const items = await tx
    .select({ id: inventoryItem.id, name: inventoryItem.name })
    .from(inventoryItem)
    .where(and(eq(inventoryItem.orgId, ctx.orgId), inArray(inventoryItem.id, [...ids])))
    .orderBy(asc(inventoryItem.name), asc(inventoryItem.id));
  const known = new Set(items.map((i) => i.id));
  const unknown = ids.flatMap((id, i) => (known.has(id) ? [] : [i]));
  if (unknown.length) throw unknownIds("itemIds", unknown);
  return items;
}

/**
 * Items × suggestions, without the pairs the item already has (same suggestion, same phase):
 * adding twice would only double the row. The same plan answers the preview and the write.
 */
async function plan(tx: Db | Tx, ctx: OrgContext, input: FromSuggestionsInput) {
  const found = findSuggestions(input.suggestionIds);
  if (!found.ok) throw unknownIds("suggestionIds", found.unknown);
  const items = await readItems(tx, ctx, input.itemIds);
  const existing = await tx
    .select({ itemId: R.itemId, phase: R.phase, suggestionId: R.suggestionId })
    .from(R)
    .where(
      and(
        eq(R.orgId, ctx.orgId),
        inArray(
          R.itemId,
          items.map((i) => i.id),
        ),
        isNotNull(R.suggestionId),
      ),
    );
  const have = new Set(existing.map((e) => `${e.itemId}:${e.phase}:${e.suggestionId}`));
  const unique = [...new Map(found.suggestions.map((s) => [s.id, s])).values()];
  const suggestions = unique.sort(
    (a, b) => (phaseOrder.get(a.phase) ?? 99) - (phaseOrder.get(b.phase) ?? 99),
  );
  const groups: FromSuggestionsOut["groups"] = [];
  const pairs: { itemId: string; suggestion: (typeof suggestions)[number] }[] = [];
  for (const item of items) {
    for (const s of suggestions) {
      let group = groups.at(-1);
      if (!group || group.itemId !== item.id || group.phase !== s.phase) {
        group = { itemId: item.id, itemName: item.name, phase: s.phase, added: 0, skipped: 0 };
        groups.push(group);
      }
      if (have.has(`${item.id}:${s.phase}:${s.id}`)) group.skipped++;
      else {
        group.added++;
        pairs.push({ itemId: item.id, suggestion: s });
      }
    }
  }
  const skipped = groups.reduce((n, g) => n + g.skipped, 0);
  return { groups, pairs, skipped };
}

/** Preview (nothing written) or the rows, all or none, with one create event each. */
export async function createRisksFromSuggestions(
  db: Db,
  ctx: OrgContext,
  input: FromSuggestionsInput,
  lang: Lang,
): Promise<FromSuggestionsOut> {
  if (input.preview) {
    const { groups, pairs, skipped } = await plan(db, ctx, input);
    return { ids: [], added: pairs.length, skipped, groups };
  }
  return writeInOrg(db, ctx, async (tx) => {
    const { groups, pairs, skipped } = await plan(tx, ctx, input);
    const { matrix } = await getRiskMatrix(tx, ctx);
    // One millisecond apart, so the rows list in the order they were planned.
    const start = Date.now();
    const values = pairs.map((p, n) => ({
      ...rowFromSuggestion(p.suggestion, matrix, lang),
      orgId: ctx.orgId,
      id: randomUUID(),
      itemId: p.itemId,
      createdAt: new Date(start + n),
      updatedAt: new Date(start + n),
    }));
    if (values.length === 0) await recordNoChange(tx, ctx);
    // Up to 50 × 100 rows: in chunks, within the statement's parameter limit.
    for (const chunk of chunks(values, 1000)) {
      const rows = await tx.insert(R).values(chunk).returning();
      await appendAuditMany(tx, ctx, createEvents(RISK_ENTITY, rows));
    }
    return { ids: values.map((v) => v.id), added: values.length, skipped, groups };
  });
}
