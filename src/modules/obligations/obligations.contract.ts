// PDCA calendar: the recurring obligations with their next due day, the days recorded for those
// no other capability records, and the organization's secret calendar feed (.ics).
import { z } from "zod";

const bilingual = z.object({ ja: z.string(), en: z.string() });

const count = z.number().int().min(0);

/**
 * The rows a derived obligation covers (active register items, risk rows of active items, legal
 * entries), counted on `today`. lastDone is `oldest` when every row has a review day; nextDue is
 * 12 months after it, or `firstPlanned` when that is earlier.
 */
export const obligationRows = z.object({
  total: count,
  /** Rows without any review day: while there are some, the obligation is never done. */
  undated: count,
  /** Rows past their own due day (undated ones included). */
  overdue: count,
  /** Rows due today or within 60 days, not overdue. */
  dueSoon: count,
  /** The oldest review day among the rows that have one: lastDone, when no row is undated. */
  oldest: z.string().nullable(),
  /** The most recent review day of any row (shown beside lastDone; nothing counts from it). */
  latest: z.string().nullable(),
  /**
   * The earliest planned review day (risk rows' 見直し予定日) among plans later than their row's
   * review day; null for the other registers.
   */
  firstPlanned: z.string().nullable(),
});
export type ObligationRows = z.infer<typeof obligationRows>;

export const obligationOut = z.object({
  key: z.string(),
  title: bilingual,
  rhythmMonths: z.number().int(),
  /**
   * The day it was last done; derived ones: the oldest review among the rows (every row was
   * reviewed on or after it); null = never. nextDue always comes after it.
   */
  lastDone: z.string().nullable(),
  /** derived: from another capability's records (register, risks, legal); record: 実施記録. */
  source: z.enum(["derived", "record"]),
  nextDue: z.string().nullable(),
  status: z.enum(["ok", "due_soon", "overdue", "never"]),
  /** Days from today to nextDue, negative when overdue; null when never done. */
  daysUntilDue: z.number().int().nullable(),
  /**
   * rhythm: nextDue is lastDone + rhythmMonths; planned: an earlier planned review day of a
   * risk row (rows.firstPlanned); null when never done.
   */
  dueFrom: z.enum(["rhythm", "planned"]).nullable(),
  /** The rows behind lastDone and nextDue; null for obligations recorded on this page. */
  rows: obligationRows.nullable(),
  /** Where it is done, relative to /orgs/:orgId/ in the web app. */
  fixPath: z.string(),
});
export type ObligationOut = z.infer<typeof obligationOut>;

export const obligationsOut = z.object({
  /** The day (Japan time) due days were judged against. */
  today: z.string(),
  /** Never done first, then by next due day. */
  items: z.array(obligationOut),
});

export const calendarFeedOut = z.object({
  exists: z.boolean(),
  createdAt: z.string().nullable(),
  createdByName: z.string().nullable(),
  /** Only in the answer that creates or rotates the feed: it cannot be read back later. */
  url: z.string().optional(),
});
export type CalendarFeedOut = z.infer<typeof calendarFeedOut>;

export const calendarParams = z.object({ token: z.string().max(200) });
