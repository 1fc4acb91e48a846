// Calendar arithmetic on YYYY-MM-DD dates (no time zone: the days are Japan's calendar days).
import { isIsoDate } from "../wareki.ts";

type Ymd = [number, number, number];

function parts(iso: string): Ymd {
  if (!isIsoDate(iso)) throw new RangeError(`not a valid YYYY-MM-DD date: ${iso}`);
  return iso.split("-").map(Number) as Ymd;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const format = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** Days in month `m` (1–12) of year `y`. */
export const daysInMonth = (y: number, m: number): number =>
  new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The day an obligation last done on `lastDone` falls due again, `months` later:
 * - the same day number, or the month's last day when the month is shorter
 *   (2025-01-31 + 1 → 2025-02-28; 2024-02-29 + 12 → 2025-02-28);
 * - done on the last day of a month → due on the last day of the target month
 *   (2023-02-28 + 12 → 2024-02-29; 2025-04-30 + 1 → 2025-05-31).
 * The second rule keeps this the exact inverse of core/review-cycle.ts reviewCutoff: a review
 * is in time on day D exactly when D ≤ nextDue(review, 12), so the calendar and the readiness
 * rules never disagree by a day around the end of February.
 */
export function nextDue(lastDone: string, months: number): string {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`bad rhythm: ${months}`);
  const [y, m, d] = parts(lastDone);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const last = daysInMonth(ty, tm);
  const monthEnd = d === daysInMonth(y, m);
  return format(ty, tm, monthEnd ? last : Math.min(d, last));
}

const epochDay = (iso: string): number => {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => epochDay(to) - epochDay(from);

/** The day `days` after `iso` (negative: before). */
export function addDays(iso: string, days: number): string {
  const dt = new Date((epochDay(iso) + days) * 86_400_000);
  return format(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}
