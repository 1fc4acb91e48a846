// Dates of the demo register are written as "n months before the seeding day" (today in
// Japan), never as calendar dates, so a demo created in any year looks equally current: the
// items reviewed "8 months ago" are always within the yearly review, the ones reviewed
// "14 months ago" always overdue.

/** The same calendar day `months` months after `iso` (negative: before), clamped to the month's end. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0),
  ).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** `months` months before `today`. */
export const monthsAgo = (today: string, months: number): string => addMonths(today, -months);
