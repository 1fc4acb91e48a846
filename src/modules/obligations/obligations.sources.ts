// The rows behind each obligation, read where they are recorded: four aggregate statements,
// whatever the size of the registers (see core/obligations/catalogue.ts and basis.ts).
import { and, eq, type SQL, sql } from "drizzle-orm";
import {
  type CountBounds,
  countBounds,
  fromRows,
  type LastDone,
  type ObligationSource,
  type RowSummary,
} from "../../core/obligations/index.ts";
import type { Db } from "../../db/client.ts";
import { inventoryItem } from "../inventory/index.ts";
import { legalRequirement } from "../legal/index.ts";
import { inventoryRisk } from "../risks/index.ts";
import { obligationRecord } from "./obligations.tables.ts";

const I = inventoryItem;
const R = inventoryRisk;
const L = legalRequirement;

const n = (v: unknown) => Number(v ?? 0);
const day = (iso: string) => sql`${iso}::date`;

/** Derived sources by kind, plus the latest record of each recorded obligation by key. */
export interface FoundDates {
  derived: Record<Exclude<ObligationSource, "record">, LastDone>;
  records: Record<string, string>;
}

/**
 * The row aggregate for rows whose review day is `reviewed` (null: never reviewed). Dates come
 * back as text: raw aggregates bypass drizzle's column mapping, and node-postgres would turn a
 * date into a JavaScript Date at local midnight.
 */
function summary(reviewed: SQL, b: CountBounds, planned?: SQL) {
  const late = sql`(${reviewed} is null or ${reviewed} < ${day(b.overdueBefore)})`;
  const soon = sql`(${reviewed} < ${day(b.soonBefore)})`;
  const overdue = planned ? sql`(${late} or ${planned} < ${day(b.today)})` : late;
  const dueSoon = planned ? sql`(${soon} or ${planned} <= ${day(b.plannedSoonBy)})` : soon;
  return {
    total: sql<number>`count(*)::int`,
    undated: sql<number>`count(*) filter (where ${reviewed} is null)::int`,
    overdue: sql<number>`count(*) filter (where ${overdue})::int`,
    // Due soon and not overdue (a null comparison counts as false on both sides).
    dueSoon: sql<number>`count(*) filter (where ${dueSoon} and not coalesce(${overdue}, false))::int`,
    oldest: sql<string | null>`min(${reviewed})::text`,
    firstPlanned: planned ? sql<string | null>`min(${planned})::text` : sql<null>`null`,
  };
}

type Raw = { [K in keyof RowSummary]: unknown } | undefined;
const rowsOf = (r: Raw): RowSummary => ({
  total: n(r?.total),
  undated: n(r?.undated),
  overdue: n(r?.overdue),
  dueSoon: n(r?.dueSoon),
  oldest: (r?.oldest as string | null | undefined) ?? null,
  firstPlanned: (r?.firstPlanned as string | null | undefined) ?? null,
});

export async function loadLastDone(db: Db, orgId: string, today: string): Promise<FoundDates> {
  const b = countBounds(today);
  // An item never reviewed counts from the day it was identified (as in the readiness rule).
  const itemReviewed = sql`coalesce(${I.lastReviewedOn}, ${I.identifiedOn})`;
  // A risk row's review day: its recorded review or the Japanese day of its last change,
  // whichever is later (an edit is also a look at the row; greatest() skips a null).
  const riskReviewed = sql`greatest(${R.lastReviewedOn}, (${R.updatedAt} at time zone 'Asia/Tokyo')::date)`;
  const [[register], [risks], [legal], records] = await Promise.all([
    db
      .select(summary(itemReviewed, b))
      .from(I)
      .where(and(eq(I.orgId, orgId), eq(I.status, "active"))),
    // Rows of retired items are out of the analysis, as in the readiness rules.
    db
      .select(summary(riskReviewed, b, sql`${R.reviewOn}`))
      .from(R)
      .innerJoin(I, and(eq(I.orgId, R.orgId), eq(I.id, R.itemId)))
      .where(and(eq(R.orgId, orgId), eq(I.status, "active"))),
    db
      .select(summary(sql`${L.checkedOn}`, b))
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
  return {
    derived: {
      register: fromRows(rowsOf(register)),
      risks: fromRows(rowsOf(risks)),
      legal: fromRows(rowsOf(legal)),
    },
    records: Object.fromEntries(records.map((r) => [r.obligation, r.latest])),
  };
}
