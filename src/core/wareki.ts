/**
 * Calendar dates as ISO strings (YYYY-MM-DD) and their Japanese renderings:
 * 西暦 "2024年4月1日" and 和暦 "令和6年4月1日" (the first year of an era is written 元年).
 * Dates are plain calendar days: no time zone is involved.
 */

export interface IsoDateParts {
  year: number;
  month: number;
  day: number;
}

export interface Era {
  key: "meiji" | "taisho" | "showa" | "heisei" | "reiwa";
  ja: string;
  en: string;
  /** First day of the era (ISO). */
  start: string;
}

/**
 * Newest first. Simplification: 明治 starts on 1868-10-23 (the day the era was proclaimed;
 * officially it counts from the start of that year) and pre-1873 days are taken as Gregorian.
 */
export const ERAS: readonly Era[] = [
  { key: "reiwa", ja: "令和", en: "Reiwa", start: "2019-05-01" },
  { key: "heisei", ja: "平成", en: "Heisei", start: "1989-01-08" },
  { key: "showa", ja: "昭和", en: "Shōwa", start: "1926-12-25" },
  { key: "taisho", ja: "大正", en: "Taishō", start: "1912-07-30" },
  { key: "meiji", ja: "明治", en: "Meiji", start: "1868-10-23" },
];

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Parse a strict ISO calendar date (exactly YYYY-MM-DD, year 0001–9999); null when malformed or nonexistent. */
export function parseIsoDate(s: string): IsoDateParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return { year, month, day };
}

/** True when s is a real calendar date in strict YYYY-MM-DD form. */
export function isIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}

function parseOrThrow(iso: string): IsoDateParts {
  const d = parseIsoDate(iso);
  if (d === null) throw new RangeError(`not a valid YYYY-MM-DD date: ${iso}`);
  return d;
}

/** "2024-04-01" → "2024年4月1日". @throws RangeError on an invalid date. */
export function formatSeireki(iso: string): string {
  const d = parseOrThrow(iso);
  return `${d.year}年${d.month}月${d.day}日`;
}

export interface WarekiParts {
  era: Era;
  /** 1 for 元年. */
  eraYear: number;
  month: number;
  day: number;
}

/** Split a date into era and era year; null before 明治 (1868-10-23). @throws RangeError on an invalid date. */
export function toWareki(iso: string): WarekiParts | null {
  const d = parseOrThrow(iso);
  // ISO strings of the same shape compare correctly as strings.
  const era = ERAS.find((e) => iso >= e.start);
  if (era === undefined) return null;
  const eraYear = d.year - Number(era.start.slice(0, 4)) + 1;
  return { era, eraYear, month: d.month, day: d.day };
}

/** "2024-04-01" → "令和6年4月1日"; "2019-05-01" → "令和元年5月1日". @throws RangeError on an invalid date or one before 明治. */
export function formatWareki(iso: string): string {
  const w = toWareki(iso);
  if (w === null) throw new RangeError(`date before the Meiji era: ${iso}`);
  const year = w.eraYear === 1 ? "元" : String(w.eraYear);
  return `${w.era.ja}${year}年${w.month}月${w.day}日`;
}
