// The basis of a register-wide review (台帳, リスク分析, 法令等一覧): every row must have been
// reviewed within 12 months (core/review-cycle.ts), so the duty was last done in full on the
// OLDEST review among the rows it covers and falls due 12 months after that — or on an earlier
// planned review day (a risk row's 見直し予定日). lastDone and nextDue are both read from the same
// rows, and the row counts say how many of them are late or close. A risk row's review day is
// its recorded review (見直し済み), else the day it was added; edits never move it (catalogue.ts).
import { reviewCutoff } from "../review-cycle.ts";
import type { ObligationSource } from "./catalogue.ts";
import { addDays } from "./dates.ts";
import { DUE_SOON_DAYS, type LastDone } from "./status.ts";

/** One aggregate over the rows a derived obligation covers, judged on one day. */
export interface RowSummary {
  /** Active register items / risk rows of active items / legal register entries. */
  total: number;
  /** Rows with no review day at all: until they have one, the duty has never been done. */
  undated: number;
  /** Rows past their own due day, undated ones included. */
  overdue: number;
  /** Rows due today or within 60 days (not overdue). */
  dueSoon: number;
  /** The oldest review day among the rows that have one: the duty's lastDone. */
  oldest: string | null;
  /** The most recent review day among the rows (shown beside `oldest`, never counted from). */
  latest: string | null;
  /**
   * The earliest planned review day among the rows, counting only plans later than their row's
   * review day (risks only; null elsewhere).
   */
  firstPlanned: string | null;
}

/**
 * The day bounds a database counts rows with, derived from review-cycle.ts so the counts agree
 * with the readiness rules and the register's "review overdue" filter:
 * - reviewed before `overdueBefore` → overdue (isReviewOverdue);
 * - reviewed before `soonBefore` → due within 60 days, or overdue;
 * - planned before `today` → overdue (the risk list's reviewOverdue filter), when the plan is
 *   later than the row's review day;
 * - planned on or before `plannedSoonBy` → due within 60 days, or overdue (same condition).
 */
export function countBounds(today: string) {
  return {
    today,
    overdueBefore: reviewCutoff(today),
    soonBefore: reviewCutoff(addDays(today, DUE_SOON_DAYS + 1)),
    plannedSoonBy: addDays(today, DUE_SOON_DAYS),
  };
}
export type CountBounds = ReturnType<typeof countBounds>;

/**
 * What the calendar counts from. No rows at all, or one row without a review day, means the
 * review has not been done in full yet: never (the page says which).
 */
export function fromRows(rows: RowSummary): LastDone {
  const complete = rows.total > 0 && rows.undated === 0;
  return { lastDone: complete ? rows.oldest : null, dueBy: rows.firstPlanned, rows };
}

/**
 * The education duty is done when the yearly education took place: its last day is the latest
 * completion of anyone (rows.latest), as the readiness rule manual.education counts it; the
 * workers still without a completion stay visible in the rows (overdue), not in the date.
 */
export function fromLatest(rows: RowSummary): LastDone {
  return { lastDone: rows.latest, dueBy: null, rows };
}

/** What the calendar counts from, for a duty dated by a capability's rows. */
export const lastDoneOf = (source: Exclude<ObligationSource, "record">, rows: RowSummary) =>
  source === "education" ? fromLatest(rows) : fromRows(rows);
