// When people asked to act through their personal link (confirm a document, take a course) are
// mailed again: by hand, not within a day of their last mail; by the scheduled job, once the due
// day has passed, then at most once a week. Documents and education both follow this rule.

const HOUR_MS = 3_600_000;
/** A reminder by hand skips whoever was mailed this recently. */
export const MANUAL_REMINDER_GAP_MS = 24 * HOUR_MS;
/** The scheduled job reminds a person at most this often. */
export const JOB_REMINDER_GAP_MS = 7 * 24 * HOUR_MS;

/** Whether a reminder by hand at `now` skips a person whose mails went at `mailedAt`. */
export function mailedRecently(mailedAt: readonly (Date | null)[], now: Date): boolean {
  const last = Math.max(0, ...mailedAt.map((at) => at?.getTime() ?? 0));
  return now.getTime() - last < MANUAL_REMINDER_GAP_MS;
}

/** The job running at `now` reminds again whoever was last reminded at or before this moment. */
export const remindAgainAfter = (now: Date): Date => new Date(now.getTime() - JOB_REMINDER_GAP_MS);
