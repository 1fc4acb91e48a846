// The day each obligation was last done, read from where it is recorded: four aggregate
// statements, whatever the size of the registers (see core/obligations/catalogue.ts).
import { and, eq, sql } from "drizzle-orm";
import type { LastDone, ObligationSource } from "../../core/obligations/index.ts";
import type { Db } from "../../db/client.ts";
import { inventoryItem, inventoryRisk, legalRequirement } from "../inventory/inventory.tables.ts";
import { obligationRecord } from "./obligations.tables.ts";

const I = inventoryItem;
const R = inventoryRisk;
const L = legalRequirement;

// Dates as text: raw aggregates bypass drizzle's column mapping, and node-postgres would turn
// a date into a JavaScript Date at local midnight.
const n = (v: unknown) => Number(v ?? 0);

/** Derived sources by kind, plus the latest record of each recorded obligation by key. */
export interface FoundDates {
  derived: Record<Exclude<ObligationSource, "record">, LastDone>;
  records: Record<string, string>;
}

export async function loadLastDone(db: Db, orgId: string): Promise<FoundDates> {
  const basis = sql`coalesce(${I.lastReviewedOn}, ${I.identifiedOn})`;
  const [[register], [risks], [legal], records] = await Promise.all([
    db
      .select({
        total: sql<number>`count(*)::int`,
        undated: sql<number>`count(*) filter (where ${basis} is null)::int`,
        oldest: sql<string | null>`min(${basis})::text`,
      })
      .from(I)
      .where(and(eq(I.orgId, orgId), eq(I.status, "active"))),
    db
      .select({
        total: sql<number>`count(*)::int`,
        // The Japanese calendar day of the row's last change.
        oldest: sql<string | null>`min((${R.updatedAt} at time zone 'Asia/Tokyo')::date)::text`,
        firstPlanned: sql<string | null>`min(${R.reviewOn})::text`,
      })
      .from(R)
      .innerJoin(I, and(eq(I.orgId, R.orgId), eq(I.id, R.itemId)))
      .where(and(eq(R.orgId, orgId), eq(I.status, "active"))),
    db
      .select({
        total: sql<number>`count(*)::int`,
        undated: sql<number>`count(*) filter (where ${L.checkedOn} is null)::int`,
        oldest: sql<string | null>`min(${L.checkedOn})::text`,
      })
      .from(L)
      .where(eq(L.orgId, orgId)),
    db
      .select({
        obligation: obligationRecord.obligation,
        latest: sql<string>`max(${obligationRecord.doneOn})::text`,
      })
      .from(obligationRecord)
      .where(eq(obligationRecord.orgId, orgId))
      .groupBy(obligationRecord.obligation),
  ]);
  // An empty register, or one item / entry without any date, counts as never done.
  const oldestOf = (r: { total: unknown; undated?: unknown; oldest: string | null } | undefined) =>
    r && n(r.total) > 0 && n(r.undated) === 0 ? r.oldest : null;
  return {
    derived: {
      register: { lastDone: oldestOf(register) },
      risks: { lastDone: oldestOf(risks), dueBy: risks?.firstPlanned ?? null },
      legal: { lastDone: oldestOf(legal) },
    },
    records: Object.fromEntries(records.map((r) => [r.obligation, r.latest])),
  };
}
