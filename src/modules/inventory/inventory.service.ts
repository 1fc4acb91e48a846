// 個人情報管理台帳 (inventory): the register of personal information the organization handles.
import { randomUUID } from "node:crypto";
import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gte,
  inArray,
  isNull,
  like,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { reviewCutoff } from "../../core/review-cycle.ts";
import { foldForSearch } from "../../core/text/search-fold.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, appendAuditMany, diffFields } from "../audit/index.ts";
import { department } from "../org/index.ts";
import { effectsOfDeleting } from "../shared/deletion-hooks.ts";
import { escapeLike } from "../shared/sql-helpers.ts";
import type {
  FlowInput,
  FlowOut,
  InventoryItemInput,
  InventoryItemOut,
  InventoryItemPatch,
  InventoryListQuery,
  MarkReviewedInput,
} from "./inventory.contract.ts";
import { lackingSql, myNumberSql } from "./inventory.readiness-sql.ts";
import { inventoryFlowStep, inventoryItem } from "./inventory.tables.ts";
import { cachedTotal, registerCounter } from "./inventory.totals.ts";
import {
  REGISTER_ENTITY as ENTITY,
  insertInventoryItems,
  setInventoryReviewDay,
  updateInventoryItems,
} from "./inventory.writer.ts";

const { createdAt: _c, orgId: _o, searchText: _s, ...itemColumns } = getTableColumns(inventoryItem);
const columns = { ...itemColumns, departmentName: department.name };

const sorts: Record<InventoryListQuery["sort"], SQL[]> = {
  name: [asc(inventoryItem.name), asc(inventoryItem.id)],
  "-name": [desc(inventoryItem.name), desc(inventoryItem.id)],
  // Never reviewed first: those are the most overdue.
  lastReviewedOn: [
    sql`${inventoryItem.lastReviewedOn} asc nulls first`,
    asc(inventoryItem.name),
    asc(inventoryItem.id),
  ],
  department: [
    sql`${department.name} asc nulls last`,
    asc(inventoryItem.name),
    asc(inventoryItem.id),
  ],
  // 件数 as a number; rows whose text is not one come last either way.
  count: [sql`${inventoryItem.countValue} asc nulls last`, asc(inventoryItem.id)],
  "-count": [sql`${inventoryItem.countValue} desc nulls last`, desc(inventoryItem.id)],
};

type Row = Omit<InventoryItemOut, "updatedAt" | "dataItems" | "countQualifier"> & {
  updatedAt: Date;
  dataItems: InventoryItemOut["dataItems"];
  countQualifier: string | null;
};
const present = (row: Row): InventoryItemOut => ({
  ...row,
  // Written only by the writer, from parseRecordCount's qualifiers.
  countQualifier: row.countQualifier as InventoryItemOut["countQualifier"],
  updatedAt: row.updatedAt.toISOString(),
});

const joinDepartment = and(
  eq(department.orgId, inventoryItem.orgId),
  eq(department.id, inventoryItem.departmentId),
);

const YES_NO_FILTERS = [
  "sensitive",
  "outsourced",
  "thirdPartyProvision",
  "jointUse",
  "foreignRecipient",
] as const;

/**
 * The day the yearly review counts from: the last review, or for an item never reviewed yet
 * the day it was identified (identifying it is its first review).
 */
const reviewBasis = sql`coalesce(${inventoryItem.lastReviewedOn}, ${inventoryItem.identifiedOn})`;

export async function listInventoryItems(db: Db, ctx: OrgContext, q: InventoryListQuery) {
  const where: SQL[] = [eq(inventoryItem.orgId, ctx.orgId)];
  if (q.q) {
    // search_text is folded by the database (trigger); fold the term the same way.
    where.push(like(inventoryItem.searchText, `%${escapeLike(foldForSearch(q.q))}%`));
  }
  if (q.departmentId) where.push(eq(inventoryItem.departmentId, q.departmentId));
  if (q.status) where.push(eq(inventoryItem.status, q.status));
  // Yes/no columns: unanswered (null) reads as "no", as the readiness snapshot reads them.
  for (const key of YES_NO_FILTERS) {
    const wanted = q[key];
    if (wanted !== undefined) where.push(sql`coalesce(${inventoryItem[key]}, false) = ${wanted}`);
  }
  if (q.myNumber !== undefined) where.push(q.myNumber ? myNumberSql : sql`not ${myNumberSql}`);
  if (q.lacking) where.push(lackingSql(q.lacking));
  if (q.countMin !== undefined) where.push(gte(inventoryItem.countValue, q.countMin));
  if (q.countMax !== undefined) where.push(lte(inventoryItem.countValue, q.countMax));
  if (q.medium) where.push(eq(inventoryItem.medium, q.medium));
  if (q.infoType) where.push(eq(inventoryItem.infoType, q.infoType));
  if (q.reviewOverdue !== undefined) {
    const overdue = or(isNull(reviewBasis), lt(reviewBasis, reviewCutoff(todayInJapan()))) as SQL;
    where.push(q.reviewOverdue ? overdue : sql`not (${overdue})`);
  }
  const filter = and(...where);
  const offset = (q.page - 1) * q.limit;
  // Deferred join: page through the item keys alone (an index range for the name sorts), then
  // read the 50 full rows — deep pages no longer sort every joined row (bench/results).
  const page =
    q.sort === "department"
      ? null
      : db
          .select({ id: inventoryItem.id })
          .from(inventoryItem)
          .where(filter)
          .orderBy(...sorts[q.sort])
          .limit(q.limit)
          .offset(offset);
  // Every filter reads register columns only (and the day, for reviewOverdue).
  const filterKey = JSON.stringify({ ...q, page: 0, limit: 0, sort: "", today: todayInJapan() });
  const [rows, counter] = await Promise.all([
    db
      .select(columns)
      .from(inventoryItem)
      .leftJoin(department, joinDepartment)
      .where(
        page ? and(eq(inventoryItem.orgId, ctx.orgId), inArray(inventoryItem.id, page)) : filter,
      )
      .orderBy(...sorts[q.sort])
      .limit(q.limit)
      .offset(page ? 0 : offset),
    registerCounter(db, ctx.orgId),
  ]);
  // The total and the 件数 sum are counted in one statement and kept together.
  const totals = await cachedTotal(ctx.orgId, filterKey, counter, async () => {
    const [row] = await db
      .select({
        n: count(),
        sum: sql<string | null>`sum(${inventoryItem.countValue})`,
        rows: count(inventoryItem.countValue),
      })
      .from(inventoryItem)
      .where(filter);
    return { total: row?.n ?? 0, countSum: { value: Number(row?.sum ?? 0), rows: row?.rows ?? 0 } };
  });
  return { items: rows.map(present), ...totals, nextCursor: null };
}

export async function getInventoryItem(
  db: Db | Tx,
  ctx: OrgContext,
  id: string,
): Promise<InventoryItemOut> {
  const [row] = await db
    .select(columns)
    .from(inventoryItem)
    .leftJoin(department, joinDepartment)
    .where(and(eq(inventoryItem.orgId, ctx.orgId), eq(inventoryItem.id, id)));
  if (!row) throw notFound();
  return present(row);
}

async function checkDepartment(tx: Tx, ctx: OrgContext, departmentId?: string | null) {
  if (!departmentId) return;
  const [d] = await tx
    .select({ id: department.id })
    .from(department)
    .where(and(eq(department.orgId, ctx.orgId), eq(department.id, departmentId)));
  if (!d) throw invalidField("departmentId", "invalid");
}

export async function createInventoryItem(db: Db, ctx: OrgContext, input: InventoryItemInput) {
  return writeInOrg(db, ctx, async (tx) => {
    await checkDepartment(tx, ctx, input.departmentId);
    const id = randomUUID();
    await appendAuditMany(tx, ctx, await insertInventoryItems(tx, ctx, [{ ...input, id }]));
    return { id };
  });
}

export async function updateInventoryItem(
  db: Db,
  ctx: OrgContext,
  id: string,
  patch: InventoryItemPatch,
) {
  return writeInOrg(db, ctx, async (tx) => {
    const key = and(eq(inventoryItem.orgId, ctx.orgId), eq(inventoryItem.id, id));
    const [before] = await tx.select().from(inventoryItem).where(key).for("update");
    if (!before) throw notFound();
    await checkDepartment(tx, ctx, patch.departmentId);
    const fields = (Object.keys(patch) as (keyof InventoryItemPatch)[]).filter(
      (f) => patch[f] !== undefined,
    );
    const events = await updateInventoryItems(tx, ctx, fields, [{ before, values: patch }]);
    await appendAuditMany(tx, ctx, events);
    return getInventoryItem(tx, ctx, id);
  });
}

export async function deleteInventoryItem(db: Db, ctx: OrgContext, id: string) {
  await writeInOrg(db, ctx, async (tx) => {
    const key = and(eq(inventoryItem.orgId, ctx.orgId), eq(inventoryItem.id, id));
    const [before] = await tx.select().from(inventoryItem).where(key).for("update");
    if (!before) throw notFound();
    const steps = await readFlow(tx, ctx, id);
    // Risk rows and legal links go with the item (foreign key cascade); their capabilities
    // add the rows to this event and the link changes to the legal entries' history.
    const { snapshot, events } = await effectsOfDeleting(tx, ctx, "register_item", id);
    await tx.delete(inventoryItem).where(key);
    await appendAuditMany(tx, ctx, [
      {
        entity: ENTITY,
        entityId: id,
        action: "delete",
        changes: diffFields({ ...before, flow: steps.steps, ...snapshot }, null),
      },
      ...events,
    ]);
  });
}

/**
 * The yearly review (見直し) of several rows at once: records the day on each row and who
 * reviewed it in each row's audit event. Any id not in the organization → 404, nothing changes.
 */
export async function markInventoryReviewed(db: Db, ctx: OrgContext, input: MarkReviewedInput) {
  const ids = [...new Set(input.ids)];
  return writeInOrg(db, ctx, async (tx) => {
    const key = and(eq(inventoryItem.orgId, ctx.orgId), inArray(inventoryItem.id, ids));
    const before = await tx
      .select({ id: inventoryItem.id, lastReviewedOn: inventoryItem.lastReviewedOn })
      .from(inventoryItem)
      .where(key)
      .orderBy(inventoryItem.id)
      .for("update");
    if (before.length !== ids.length) throw notFound();
    await setInventoryReviewDay(tx, ctx, ids, input.reviewedOn);
    await appendAuditMany(
      tx,
      ctx,
      before.map((b) => ({
        entity: ENTITY,
        entityId: b.id,
        action: "review",
        changes: {
          lastReviewedOn: { old: b.lastReviewedOn, new: input.reviewedOn },
          reviewedBy: { old: null, new: { userId: ctx.userId, name: ctx.userName } },
        },
      })),
    );
    return { updated: before.length };
  });
}

async function readFlow(db: Db | Tx, ctx: OrgContext, itemId: string): Promise<FlowOut> {
  const rows = await db
    .select()
    .from(inventoryFlowStep)
    .where(and(eq(inventoryFlowStep.orgId, ctx.orgId), eq(inventoryFlowStep.itemId, itemId)))
    .orderBy(inventoryFlowStep.sort);
  return {
    steps: rows.map((r) => ({
      phase: r.phase,
      who: r.who,
      what: r.what,
      where: r.where,
      medium: r.medium,
    })),
  };
}

async function requireItem(db: Db | Tx, ctx: OrgContext, id: string, lock = false) {
  const q = db
    .select({ id: inventoryItem.id })
    .from(inventoryItem)
    .where(and(eq(inventoryItem.orgId, ctx.orgId), eq(inventoryItem.id, id)));
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw notFound();
}

export async function getInventoryFlow(db: Db, ctx: OrgContext, itemId: string) {
  await requireItem(db, ctx, itemId);
  return readFlow(db, ctx, itemId);
}

/** Replaces the whole lifecycle flow of one row, in the order given. */
export async function replaceInventoryFlow(
  db: Db,
  ctx: OrgContext,
  itemId: string,
  input: FlowInput,
): Promise<FlowOut> {
  return writeInOrg(db, ctx, async (tx) => {
    await requireItem(tx, ctx, itemId, true);
    const before = await readFlow(tx, ctx, itemId);
    await tx
      .delete(inventoryFlowStep)
      .where(and(eq(inventoryFlowStep.orgId, ctx.orgId), eq(inventoryFlowStep.itemId, itemId)));
    if (input.steps.length)
      await tx
        .insert(inventoryFlowStep)
        .values(input.steps.map((s, i) => ({ orgId: ctx.orgId, itemId, sort: i + 1, ...s })));
    const after = await readFlow(tx, ctx, itemId);
    const changes = diffFields({ flow: before.steps }, { flow: after.steps });
    await appendAudit(tx, ctx, { entity: ENTITY, entityId: itemId, action: "update", changes });
    return after;
  });
}
