import { and, count, desc, eq, getTableColumns, gte, lt, lte, type SQL, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { insertMany } from "../shared/bulk-sql.ts";
import type { AuditListQuery } from "./audit.contract.ts";
import { auditEvent, auditHead, type FieldChange } from "./audit.tables.ts";
import { eventHash, GENESIS_HASH } from "./audit-hash.ts";

export type AuditInput = {
  entity: string;
  entityId: string;
  action: "create" | "update" | "delete" | string;
  changes: Record<string, FieldChange>;
};

/** Appends one event to the organization's chain inside the caller's transaction. */
export function appendAudit(tx: Tx, ctx: OrgContext, input: AuditInput): Promise<void> {
  return appendAuditMany(tx, ctx, [input]);
}

const AUDIT_FIELDS = [
  "orgId",
  "seq",
  "actorUserId",
  "actorName",
  "entity",
  "entityId",
  "action",
  "changes",
  "at",
  "prevHash",
  "hash",
] as const;

/**
 * Appends events in order, inside the caller's transaction. Advancing audit_head by the
 * number of events locks the org's head row, so concurrent writers queue up and every
 * event links to the one before it; the hashes are chained here in memory, so an import
 * of thousands of rows costs a few statements instead of three per event.
 */
export async function appendAuditMany(
  tx: Tx,
  ctx: OrgContext,
  inputs: AuditInput[],
): Promise<void> {
  if (!inputs.length) return;
  const n = inputs.length;
  const [head] = await tx
    .insert(auditHead)
    .values({ orgId: ctx.orgId, seq: n, hash: GENESIS_HASH })
    .onConflictDoUpdate({ target: auditHead.orgId, set: { seq: sql`${auditHead.seq} + ${n}` } })
    .returning();
  if (!head) throw new Error("audit head missing");
  // On a new chain the insert stored seq = n and the previous hash is the genesis hash.
  let seq = head.seq - n;
  let prevHash = head.hash;
  const at = new Date();
  const rows: (typeof auditEvent.$inferInsert)[] = inputs.map((input) => {
    seq++;
    const changes = JSON.parse(JSON.stringify(input.changes)) as Record<string, FieldChange>;
    const fields = {
      orgId: ctx.orgId,
      seq,
      actorUserId: ctx.userId,
      entity: input.entity,
      entityId: input.entityId,
      action: input.action,
      changes,
      at,
    };
    const hash = eventHash(prevHash, fields);
    const row = { ...fields, actorName: ctx.userName, prevHash, hash };
    prevHash = hash;
    return row;
  });
  if (rows.length === 1) await tx.insert(auditEvent).values(rows);
  // Bulk: one JSON parameter per chunk instead of nine parameters per event.
  else await insertMany(tx, auditEvent, getTableColumns(auditEvent), AUDIT_FIELDS, rows);
  await tx.update(auditHead).set({ hash: prevHash }).where(eq(auditHead.orgId, ctx.orgId));
}

/** Field-by-field differences between two versions of a record (created: before = null). */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  // searchText: derived by a trigger (inventory_item), not a change anyone made.
  ignore: string[] = ["createdAt", "updatedAt", "orgId", "searchText"],
): Record<string, FieldChange> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, FieldChange> = {};
  for (const key of keys) {
    if (ignore.includes(key)) continue;
    const oldValue = normalize(before?.[key]);
    const newValue = normalize(after?.[key]);
    if (JSON.stringify(oldValue) !== JSON.stringify(newValue)) {
      changes[key] = { old: oldValue, new: newValue };
    }
  }
  return changes;
}

function normalize(v: unknown): unknown {
  if (v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  return v;
}

export async function listAuditEvents(db: Db | Tx, ctx: OrgContext, q: AuditListQuery) {
  const where: SQL[] = [eq(auditEvent.orgId, ctx.orgId)];
  if (q.entity) where.push(eq(auditEvent.entity, q.entity));
  if (q.entityId) where.push(eq(auditEvent.entityId, q.entityId));
  if (q.action) where.push(eq(auditEvent.action, q.action));
  if (q.actor) where.push(eq(auditEvent.actorUserId, q.actor));
  if (q.from) where.push(gte(auditEvent.at, new Date(`${q.from}T00:00:00+09:00`)));
  if (q.to) where.push(lt(auditEvent.at, nextDayJst(q.to)));
  const filter = and(...where);
  const pageFilter = q.cursor ? and(filter, lte(auditEvent.seq, q.cursor)) : filter;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditEvent)
      .where(pageFilter)
      .orderBy(desc(auditEvent.seq))
      .limit(q.limit + 1)
      .offset(q.cursor ? 0 : (q.page - 1) * q.limit),
    db.select({ n: count() }).from(auditEvent).where(filter),
  ]);
  const hasMore = rows.length > q.limit;
  const items = rows
    .slice(0, q.limit)
    .map(({ prevHash: _p, ...e }) => ({ ...e, at: e.at.toISOString() }));
  return {
    items,
    total: total?.n ?? 0,
    nextCursor: hasMore ? (rows[q.limit]?.seq ?? null) : null,
  };
}

function nextDayJst(isoDate: string): Date {
  const d = new Date(`${isoDate}T00:00:00+09:00`);
  return new Date(d.getTime() + 24 * 60 * 60 * 1000);
}

export type ChainCheck =
  | { ok: true; orgId: string; events: number }
  | { ok: false; orgId: string; events: number; brokenAt: number; reason: string };

/** Recomputes every hash of one organization's chain and names the first broken link. */
export async function verifyChain(db: Db, orgId: string): Promise<ChainCheck> {
  const rows = await db
    .select()
    .from(auditEvent)
    .where(eq(auditEvent.orgId, orgId))
    .orderBy(auditEvent.seq);
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const row of rows) {
    if (row.seq !== expectedSeq) {
      return {
        ok: false,
        orgId,
        events: rows.length,
        brokenAt: expectedSeq,
        reason: "missing event",
      };
    }
    if (row.prevHash !== prev) {
      return {
        ok: false,
        orgId,
        events: rows.length,
        brokenAt: row.seq,
        reason: "previous hash does not match",
      };
    }
    const recomputed = eventHash(prev, { ...row, at: row.at });
    if (recomputed !== row.hash) {
      return {
        ok: false,
        orgId,
        events: rows.length,
        brokenAt: row.seq,
        reason: "content was changed",
      };
    }
    prev = row.hash;
    expectedSeq++;
  }
  const [head] = await db.select().from(auditHead).where(eq(auditHead.orgId, orgId));
  if (head && (head.seq !== rows.length || head.hash !== prev)) {
    return {
      ok: false,
      orgId,
      events: rows.length,
      brokenAt: rows.length + 1,
      reason: "last events were removed",
    };
  }
  return { ok: true, orgId, events: rows.length };
}
