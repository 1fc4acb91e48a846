// The one aggregate by which a capability dates a recurring duty from its rows (the PDCA
// calendar, core/obligations): how many rows, how many never reviewed, overdue or due soon, the
// oldest and latest review day and the first planned one. A planned day counts only when it is
// later than its row's review day: a plan on or before the review was met by it (core basis.ts). Dates come back as text: raw aggregates bypass
// Drizzle's column mapping, and node-postgres would turn a date into a JavaScript Date at
// local midnight.
import { type SQL, sql } from "drizzle-orm";
import type { CountBounds, RowSummary } from "../../core/obligations/index.ts";

const day = (iso: string) => sql`${iso}::date`;
const n = (v: unknown) => Number(v ?? 0);

/** The select list for rows whose review day is `reviewed` (null: never reviewed). */
export function dutySummarySql(reviewed: SQL, b: CountBounds, plannedDay?: SQL) {
  // null when there is no plan, no review day, or the plan is not after the review.
  const planned = plannedDay
    ? sql`(case when ${plannedDay} > ${reviewed} then ${plannedDay} end)`
    : undefined;
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
    latest: sql<string | null>`max(${reviewed})::text`,
    firstPlanned: planned ? sql<string | null>`min(${planned})::text` : sql<null>`null`,
  };
}

type Raw = { [K in keyof RowSummary]: unknown } | undefined;

/** The aggregate's row as numbers and day texts (an absent row: no rows). */
export const dutySummaryOf = (r: Raw): RowSummary => ({
  total: n(r?.total),
  undated: n(r?.undated),
  overdue: n(r?.overdue),
  dueSoon: n(r?.dueSoon),
  oldest: (r?.oldest as string | null | undefined) ?? null,
  latest: (r?.latest as string | null | undefined) ?? null,
  firstPlanned: (r?.firstPlanned as string | null | undefined) ?? null,
});
