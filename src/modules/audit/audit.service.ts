import { and, count, desc, eq, getTableColumns, gte, lt, lte, type SQL, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { noteAuditAppend } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { insertMany } from "../shared/bulk-sql.ts";
import type { AuditListQuery } from "./audit.contract.ts";
import { auditEvent, auditHead, type FieldChange } from "./audit.tables.ts";
import {
  type AuditKey,
  actorMac,
  chainHash,
  contentMac,
  GENESIS_HASH,
  headMac,
  sameMac,
} from "./audit-hash.ts";
import { currentAuditKey } from "./audit-key.ts";
import { referenceNames } from "./audit-names.ts";

export { type ChainCheck, verifyChain } from "./audit-verify.ts";

export type AuditInput = {
  entity: string;
  entityId: string;
  action: "create" | "update" | "delete" | string;
  changes: Record<string, FieldChange>;
};

/**
 * Inside writeInOrg: the write found nothing to change (a repeat of what is stored), so
 * nothing is recorded. Saying so satisfies the write path's audit check.
 */
export function recordNoChange(tx: Tx, ctx: OrgContext): Promise<void> {
  return appendAuditMany(tx, ctx, []);
}

/** One "create" event per new row, with all its values (diffFields leaves out orgId and times). */
export const createEvents = (entity: string, rows: readonly { id: string }[]): AuditInput[] =>
  rows.map((row) => ({
    entity,
    entityId: row.id,
    action: "create",
    changes: diffFields(null, row),
  }));

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
  "contentMac",
  "actorMac",
] as const;

/**
 * Appends events in order, inside the caller's transaction. Advancing audit_head by the
 * number of events locks the org's head row, so concurrent writers queue up and every
 * event links to the one before it; the hashes are chained here in memory, so an import
 * of thousands of rows costs a few statements instead of three per event. Keyed with the
 * process's audit key (audit-key.ts); see audit-hash.ts for what each MAC covers.
 */
export async function appendAuditMany(tx: Tx, ctx: OrgContext, all: AuditInput[]): Promise<void> {
  // An update that changed nothing tells nothing: it is not recorded, but the call still
  // counts as the transaction's audit step for the write path.
  const inputs = all.filter((e) => e.action !== "update" || Object.keys(e.changes).length > 0);
  noteAuditAppend(
    tx,
    ctx.orgId,
    inputs.map((e) => e.entity),
  );
  if (!inputs.length) return;
  const key = currentAuditKey();
  const n = inputs.length;
  const [head] = await tx
    .insert(auditHead)
    .values({
      orgId: ctx.orgId,
      seq: n,
      hash: GENESIS_HASH,
      mac: headMac(key, ctx.orgId, 0, GENESIS_HASH),
      keyId: key.id,
    })
    .onConflictDoUpdate({ target: auditHead.orgId, set: { seq: sql`${auditHead.seq} + ${n}` } })
    .returning();
  if (!head) throw new Error("audit head missing");
  // On a new chain the insert stored seq = n and the previous hash is the genesis hash.
  let seq = head.seq - n;
  let prevHash = head.hash;
  const headOk = await headAuthentic(tx, key, head, seq);
  const at = new Date();
  const rows: (typeof auditEvent.$inferInsert)[] = inputs.map((input) => {
    seq++;
    const changes = JSON.parse(JSON.stringify(input.changes)) as Record<string, FieldChange>;
    const fields = {
      orgId: ctx.orgId,
      seq,
      actorUserId: ctx.userId,
      actorName: ctx.userName,
      entity: input.entity,
      entityId: input.entityId,
      action: input.action,
      changes,
      at,
    };
    const content = contentMac(key, fields);
    const actor = actorMac(key, fields);
    const hash = chainHash(key, prevHash, seq, content, actor);
    const row = { ...fields, prevHash, hash, contentMac: content, actorMac: actor };
    prevHash = hash;
    return row;
  });
  if (rows.length === 1) await tx.insert(auditEvent).values(rows);
  // Bulk: one JSON parameter per chunk instead of eleven parameters per event.
  else await insertMany(tx, auditEvent, getTableColumns(auditEvent), AUDIT_FIELDS, rows);
  await tx
    .update(auditHead)
    .set(
      headOk
        ? { hash: prevHash, mac: headMac(key, ctx.orgId, seq, prevHash), keyId: key.id }
        : { hash: prevHash },
    )
    .where(eq(auditHead.orgId, ctx.orgId));
}

/**
 * Whether the head row (before this append, at `seq`) may be signed anew. A head that is not
 * authentic (moved without the key, or another key's) keeps its wrong MAC, so verification
 * still reports it: signing it would hide the tampering. A head without a MAC is taken as an
 * old unkeyed chain (a broken one left as it was) only when its last event is unkeyed too;
 * its unkeyed events stay reported after it becomes keyed.
 */
async function headAuthentic(
  tx: Tx,
  key: AuditKey,
  head: typeof auditHead.$inferSelect,
  seq: number,
): Promise<boolean> {
  if (head.mac !== null) return sameMac(head.mac, headMac(key, head.orgId, seq, head.hash));
  if (seq === 0) return head.hash === GENESIS_HASH;
  const [last] = await tx
    .select({ contentMac: auditEvent.contentMac, hash: auditEvent.hash })
    .from(auditEvent)
    .where(and(eq(auditEvent.orgId, head.orgId), eq(auditEvent.seq, seq)));
  return last !== undefined && last.contentMac === null && last.hash === head.hash;
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

/**
 * A page of events, latest first, with the names of the records they refer to (a risk row's
 * register item, a file's owner) in `lang`; see audit-names.ts.
 */
export async function listAuditEvents(
  db: Db | Tx,
  ctx: OrgContext,
  q: AuditListQuery,
  lang: Lang = "ja",
) {
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
    .map(({ prevHash: _p, contentMac: _c, actorMac: _a, ...e }) => ({
      ...e,
      at: e.at.toISOString(),
    }));
  return {
    items,
    total: total?.n ?? 0,
    nextCursor: hasMore ? (rows[q.limit]?.seq ?? null) : null,
    names: await referenceNames(db, ctx.orgId, items, lang),
  };
}

function nextDayJst(isoDate: string): Date {
  const d = new Date(`${isoDate}T00:00:00+09:00`);
  return new Date(d.getTime() + 24 * 60 * 60 * 1000);
}
