// PDCA calendar: the recurring obligations with their next due day, the days recorded for those
// no other capability records, and the organization's secret calendar feed (.ics).
import { z } from "zod";
import { isoDate, optionalText } from "../shared/contract-helpers.ts";

const bilingual = z.object({ ja: z.string(), en: z.string() });

export const obligationParams = z.object({ orgId: z.string().max(200), key: z.string().max(64) });
export const recordParams = obligationParams.extend({ id: z.string().max(200) });

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
  /** The oldest review day among the rows that have one. */
  oldest: z.string().nullable(),
  /** The earliest planned review day (risk rows' 見直し予定日); null for the other registers. */
  firstPlanned: z.string().nullable(),
});
export type ObligationRows = z.infer<typeof obligationRows>;

export const obligationOut = z.object({
  key: z.string(),
  title: bilingual,
  rhythmMonths: z.number().int(),
  /** The day it was last done (derived ones: the oldest review among the rows); null = never. */
  lastDone: z.string().nullable(),
  /** derived: from another capability's records (register, risks, legal); record: this page. */
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

export const recordInput = z.strictObject({
  /** The day it was done; not after today. */
  doneOn: isoDate,
  /** e.g. where the minutes or attendance list are kept. */
  note: optionalText(1000),
});
export type RecordInput = z.infer<typeof recordInput>;

export const recordOut = z.object({
  id: z.string(),
  obligation: z.string(),
  doneOn: z.string(),
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type RecordOut = z.infer<typeof recordOut>;
export const recordsOut = z.object({ items: z.array(recordOut) });

export const calendarFeedOut = z.object({
  exists: z.boolean(),
  createdAt: z.string().nullable(),
  createdByName: z.string().nullable(),
  /** Only in the answer that creates or rotates the feed: it cannot be read back later. */
  url: z.string().optional(),
});
export type CalendarFeedOut = z.infer<typeof calendarFeedOut>;

export const calendarParams = z.object({ token: z.string().max(200) });
