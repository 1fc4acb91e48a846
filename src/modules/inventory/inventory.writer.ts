// The one writer of register rows' values (inventory_item). The register form (one row) and
// the Excel import (thousands) both insert and update through these two functions, so the
// columns written, updated_at and the audit events are the same whichever way a row arrives.
// Callers run them inside writeInOrg and append the returned events. 件数 is read here into
// count_value / count_qualifier (core/registers/record-count.ts) whenever its text is written,
// so the number can never disagree with the text, whichever way the row arrived.
import { and, eq, getTableColumns, inArray } from "drizzle-orm";
import { parseRecordCount } from "../../core/registers/record-count.ts";
import type { Tx } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { type AuditInput, createEvents, diffFields } from "../audit/index.ts";
import { insertMany, updateMany } from "../shared/bulk-sql.ts";
import { type InventoryItemInput, inventoryItemInput } from "./inventory.contract.ts";
import { inventoryItem } from "./inventory.tables.ts";

export const REGISTER_ENTITY = "inventory_item";

type StoredItem = typeof inventoryItem.$inferSelect;
/** The values a row may be given: the contract's fields, any subset on update. */
export type ItemValues = Partial<InventoryItemInput>;

const columns = getTableColumns(inventoryItem);
const writableFields = Object.keys(inventoryItemInput.shape) as (keyof InventoryItemInput)[];
/** Columns derived from 件数 (never given by a caller, never in the audit diff: it holds the text). */
const COUNT_COLUMNS = ["countValue", "countQualifier"] as const;

function countColumns(text: string | null | undefined) {
  const parsed = parseRecordCount(text);
  return { countValue: parsed?.value ?? null, countQualifier: parsed?.qualifier ?? null };
}

/** Inserts new rows (ids chosen by the caller); returns one create event per row. */
export async function insertInventoryItems(
  tx: Tx,
  ctx: Pick<OrgContext, "orgId">,
  rows: ReadonlyArray<ItemValues & { id: string }>,
): Promise<AuditInput[]> {
  await insertMany(
    tx,
    inventoryItem,
    columns,
    ["orgId", "id", ...writableFields, ...COUNT_COLUMNS],
    rows.map((row) => ({ ...row, orgId: ctx.orgId, ...countColumns(row.count) })),
  );
  return createEvents(REGISTER_ENTITY, rows);
}

/**
 * Sets `fields` of each stored row to the given values (updated_at = now); returns one update
 * event per row whose values changed (diffed against `before`, the row as read for update).
 */
export async function updateInventoryItems(
  tx: Tx,
  ctx: Pick<OrgContext, "orgId">,
  fields: readonly (keyof InventoryItemInput)[],
  updates: ReadonlyArray<{ before: StoredItem; values: ItemValues }>,
): Promise<AuditInput[]> {
  const withCount = fields.includes("count");
  await updateMany(
    tx,
    inventoryItem,
    columns,
    ctx.orgId,
    withCount ? [...fields, ...COUNT_COLUMNS] : fields,
    updates.map((u) => ({
      id: u.before.id,
      values: withCount ? { ...u.values, ...countColumns(u.values.count) } : u.values,
    })),
  );
  return updates.map(({ before, values }) => ({
    entity: REGISTER_ENTITY,
    entityId: before.id,
    action: "update",
    changes: diffFields(before, {
      ...before,
      ...Object.fromEntries(fields.map((f) => [f, values[f] ?? null])),
    }),
  }));
}

/** Records the yearly review day (見直し日) on rows already read for update. */
export async function setInventoryReviewDay(
  tx: Tx,
  ctx: Pick<OrgContext, "orgId">,
  ids: readonly string[],
  reviewedOn: string,
): Promise<void> {
  await tx
    .update(inventoryItem)
    .set({ lastReviewedOn: reviewedOn, updatedAt: new Date() })
    .where(and(eq(inventoryItem.orgId, ctx.orgId), inArray(inventoryItem.id, [...ids])));
}
