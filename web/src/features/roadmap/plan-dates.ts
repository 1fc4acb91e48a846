// Calendar arithmetic on ISO days (YYYY-MM-DD), in UTC so that no time zone shifts a day.

export { addDays, daysBetween } from "@src/core/obligations/dates.ts";

/** The first day of the month of `day`. */
export const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

/** The first day of the month after the month of `day`, `n` months on. */
export function addMonths(day: string, n: number): string {
  const d = new Date(`${monthStart(day)}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}
