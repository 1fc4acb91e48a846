// 年度: Japanese organizations plan by fiscal year, most from April to March. A plan names its
// year by the calendar year in which its period starts.

/** The fiscal year (start year) that contains `day` (YYYY-MM-DD), for a year starting in `startMonth`. */
export function fiscalYearOf(day: string, startMonth = 4): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return month >= startMonth ? year : year - 1;
}

/** First and last day of a fiscal year (the last is the day before the next one starts). */
export function fiscalYearPeriod(
  fiscalYear: number,
  startMonth = 4,
): { start: string; end: string } {
  const pad = (n: number) => String(n).padStart(2, "0");
  const start = `${fiscalYear}-${pad(startMonth)}-01`;
  const next = new Date(Date.UTC(fiscalYear + 1, startMonth - 1, 1));
  const end = new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
  return { start, end };
}

/** The same calendar day one year later, 2/29 becoming 2/28 (copying a plan to next year). */
export function sameDayNextYear(day: string): string {
  const y = Number(day.slice(0, 4)) + 1;
  const md = day.slice(5);
  if (md === "02-29") return `${y}-02-28`;
  return `${y}-${md}`;
}
