// The yearly cycle of PMS reviews (register review, legal-register check, …): a record done
// on the same calendar day 12 months ago is still in time; one day earlier is overdue.
import { todayInJapan } from "./today-in-japan.ts";

/**
 * The day a review must be on or after: the same calendar day 12 months before `today`
 * (29 February → 28 February of the year before).
 */
export function reviewCutoff(today: string): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(y - 1, 4)}-${pad(m)}-${pad(Math.min(d, lastDay))}`;
}

/** Never done, or last done more than 12 months before `today` (Japan time by default). */
export function isReviewOverdue(lastOn: string | null, today = todayInJapan()): boolean {
  return lastOn === null || lastOn < reviewCutoff(today);
}
