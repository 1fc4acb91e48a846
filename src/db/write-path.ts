// The one way to change an organization's data. writeInOrg opens the transaction for one
// organization; the audit trail reports every append to it (noteAuditAppend); before the
// commit it refuses a transaction that never went through the audit trail, and bumps the
// change counter of every entity the events name. Caches read those counters instead of
// trusting that every writer remembered them.
import { and, eq, sql } from "drizzle-orm";
import type { OrgContext } from "../server/org-context.ts";
import { orgChange } from "./change-counter.tables.ts";
import type { Db, Tx } from "./client.ts";

type WriteState = { orgId: string; audited: boolean; entities: Set<string> };

const openWrites = new WeakMap<object, WriteState>();

/** A programming error: a write path that forgot its audit event. Never a user's fault. */
export class WritePathError extends Error {
  constructor(
    readonly code: "UNAUDITED_WRITE" | "AUDIT_OUTSIDE_WRITE_PATH" | "AUDIT_OTHER_ORG",
    detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = "WritePathError";
  }
}

/**
 * Runs `write` in one transaction scoped to `ctx.orgId`. The write must append its audit
 * events (appendAudit / appendAuditMany) with this transaction; a write that changed nothing
 * still calls appendAuditMany with no events (or an update without changes), which records
 * nothing and says so. Throws WritePathError (and rolls back) otherwise.
 */
export async function writeInOrg<T>(
  db: Db,
  ctx: Pick<OrgContext, "orgId">,
  write: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const state: WriteState = { orgId: ctx.orgId, audited: false, entities: new Set() };
    openWrites.set(tx, state);
    try {
      const result = await write(tx);
      if (!state.audited)
        throw new WritePathError("UNAUDITED_WRITE", "the transaction appended no audit event");
      await bumpChangeCounters(tx, state.orgId, [...state.entities]);
      return result;
    } finally {
      openWrites.delete(tx);
    }
  });
}

/** Called by the audit trail for each append: `entities` of the events actually recorded. */
export function noteAuditAppend(tx: Tx, orgId: string, entities: readonly string[]): void {
  const state = openWrites.get(tx);
  if (!state)
    throw new WritePathError("AUDIT_OUTSIDE_WRITE_PATH", "appendAudit outside writeInOrg");
  if (state.orgId !== orgId)
    throw new WritePathError("AUDIT_OTHER_ORG", "an event for another organization");
  state.audited = true;
  for (const entity of entities) state.entities.add(entity);
}

async function bumpChangeCounters(tx: Tx, orgId: string, entities: string[]): Promise<void> {
  if (!entities.length) return;
  // Sorted, so two transactions bumping the same counters lock them in the same order.
  const rows = entities.sort().map((entity) => ({ orgId, entity, counter: 1 }));
  await tx
    .insert(orgChange)
    .values(rows)
    .onConflictDoUpdate({
      target: [orgChange.orgId, orgChange.entity],
      set: { counter: sql`${orgChange.counter} + 1` },
    });
}

/** Every change counter of an organization (entity → counter); absent entities never changed. */
export async function readChangeCounters(db: Db | Tx, orgId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ entity: orgChange.entity, counter: orgChange.counter })
    .from(orgChange)
    .where(eq(orgChange.orgId, orgId));
  return new Map(rows.map((r) => [r.entity, Number(r.counter)]));
}

/** One entity's change counter (0: never changed). */
export async function readChangeCounter(
  db: Db | Tx,
  orgId: string,
  entity: string,
): Promise<number> {
  const [row] = await db
    .select({ counter: orgChange.counter })
    .from(orgChange)
    .where(and(eq(orgChange.orgId, orgId), eq(orgChange.entity, entity)));
  return Number(row?.counter ?? 0);
}
