/**
 * Dates as companies write them in spreadsheets and forms, turned into ISO calendar days
 * (YYYY-MM-DD). Anything ambiguous or nonexistent gives null: the caller shows the cell
 * back to the person instead of guessing.
 */

import { ERAS, type Era, isIsoDate } from "../wareki.ts";
import { toHalfWidth } from "./normalize.ts";

const MS_PER_DAY = 86_400_000;
/** Largest serial Excel accepts: 9999-12-31. */
const EXCEL_MAX_SERIAL = 2_958_465;
/** Serial 60 is 1900-02-29, a day that never existed (Excel copied a Lotus 1-2-3 bug). */
const EXCEL_FAKE_LEAP_DAY = 60;

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** ISO string for y-m-d, or null when the day does not exist (or the year is outside 1–9999). */
function isoOf(year: number, month: number, day: number): string | null {
  const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return isIsoDate(s) ? s : null;
}

function isoOfUtc(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Excel serial day number (1900 date system) → ISO date. Serial 1 is 1900-01-01; a fractional
 * part (the time of day) is ignored. Null for serials below 1, for the fake 1900-02-29
 * (serial 60), beyond 9999-12-31 and for non-finite numbers.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day === EXCEL_FAKE_LEAP_DAY || day > EXCEL_MAX_SERIAL) return null;
  // Days counted from 1899-12-31; from serial 61 on, one day too many because of the fake 29th.
  const offset = day < EXCEL_FAKE_LEAP_DAY ? day : day - 1;
  return isoOfUtc(new Date(Date.UTC(1899, 11, 31) + offset * MS_PER_DAY));
}

/** Era by 漢字 name or Latin initial (R, H, S, T, M — the first letter of its English name). */
function findEra(token: string): { era: Era; next: Era | undefined } | null {
  const upper = token.toUpperCase();
  const index = ERAS.findIndex((e) => e.ja === token || e.en.charAt(0).toUpperCase() === upper);
  const era = ERAS[index];
  if (era === undefined) return null;
  return { era, next: index > 0 ? ERAS[index - 1] : undefined };
}

const ERA_TOKEN = `(${ERAS.map((e) => e.ja).join("|")}|[${ERAS.map((e) => e.en.charAt(0)).join("")}])`;

/** 2024-04-01, 2024/4/1, 2024.4.1 (one separator used throughout). */
const WESTERN_SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(.*)$/;
/** 2024年4月1日 */
const WESTERN_KANJI = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(.*)$/;
/** 令和6年4月1日, 令和元年5月1日, R6.4.1, R6/4/1, H31-4-30, r6年4月1日. */
const WAREKI = new RegExp(
  `^${ERA_TOKEN}\\s*(元|\\d{1,2})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|([-/.])(\\d{1,2})\\5(\\d{1,2}))(.*)$`,
  "i",
);

const WEEKDAYS = "日月火水木金土";
const WEEKDAY = new RegExp(`^\\s*\\(([${WEEKDAYS}])(?:曜日?)?\\)`);
/** 9:00, 09:00:00, 09:00:00.000Z, 9:00 pm, 午後3時, 15時30分 (the time itself is ignored). */
const TIME =
  /^(?:午前|午後)?\s*(\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:z|[+-]\d{2}:?\d{2})?|時(?:\s*(\d{1,2})\s*分(?:\s*(\d{1,2})\s*秒)?)?)$/i;

/**
 * What may follow the date: nothing, a weekday in brackets that matches the date ("(月)"),
 * and/or a time of day. After a digit the time must be set apart by a space or "T".
 */
function isAcceptableRest(rest: string, iso: string, dateEndsWithDigit: boolean): boolean {
  let r = rest;
  let endsWithDigit = dateEndsWithDigit;
  const weekday = WEEKDAY.exec(r);
  if (weekday !== null) {
    const actual = WEEKDAYS.charAt(new Date(`${iso}T00:00:00Z`).getUTCDay());
    if (weekday[1] !== actual) return false;
    r = r.slice(weekday[0].length);
    endsWithDigit = false;
  }
  if (r.trim() === "") return true;
  const separated = /^(?:\s+|t)/i.exec(r);
  if (separated === null && endsWithDigit) return false;
  const time = TIME.exec(r.slice(separated?.[0].length ?? 0).trim());
  if (time === null) return false;
  const [, h, m1, s1, m2, s2] = time;
  const minute = Number(m1 ?? m2 ?? 0);
  const second = Number(s1 ?? s2 ?? 0);
  return Number(h) <= 23 && minute <= 59 && second <= 59;
}

function parseWareki(m: RegExpExecArray): string | null {
  const [, eraToken = "", yearText = "", kMonth, kDay, , sMonth, sDay, rest = ""] = m;
  const found = findEra(eraToken);
  if (found === null) return null;
  const eraYear = yearText === "元" ? 1 : Number(yearText);
  if (eraYear < 1) return null;
  const year = Number(found.era.start.slice(0, 4)) + eraYear - 1;
  const iso = isoOf(year, Number(kMonth ?? sMonth), Number(kDay ?? sDay));
  if (iso === null) return null;
  // ISO strings compare correctly as strings: the day must fall inside the era.
  if (iso < found.era.start) return null;
  if (found.next !== undefined && iso >= found.next.start) return null;
  return isAcceptableRest(rest, iso, kDay === undefined) ? iso : null;
}

function parseText(input: string): string | null {
  const s = toHalfWidth(input).trim();
  const western = WESTERN_SEPARATED.exec(s);
  if (western !== null) {
    const [, y, , mo, d, rest = ""] = western;
    const iso = isoOf(Number(y), Number(mo), Number(d));
    return iso !== null && isAcceptableRest(rest, iso, true) ? iso : null;
  }
  const kanji = WESTERN_KANJI.exec(s);
  if (kanji !== null) {
    const [, y, mo, d, rest = ""] = kanji;
    const iso = isoOf(Number(y), Number(mo), Number(d));
    return iso !== null && isAcceptableRest(rest, iso, false) ? iso : null;
  }
  const wareki = WAREKI.exec(s);
  return wareki === null ? null : parseWareki(wareki);
}

/**
 * A date in any of the forms found in Japanese spreadsheets → ISO "YYYY-MM-DD", or null.
 *
 * - Text: "2024-04-01", "2024/4/1", "2024.4.1", "2024年4月1日"; 和暦 "令和6年4月1日",
 *   "令和元年5月1日", "R6.4.1", "R6/4/1", "H31.4.30" (era initials in either case);
 *   full-width characters ("Ｒ６．４．１"); an optional weekday "(月)" that must match the
 *   date; an optional time ("2024/4/1 9:00", "2024-04-01T09:00:00Z", "午後3時"), which is
 *   dropped as written (no time-zone shift). Two-digit years and bare digit strings are
 *   rejected.
 * - A 和暦 date must lie inside its era: "平成31年5月1日" and "令和1年4月30日" give null.
 * - Number: an Excel serial day (see excelSerialToIso).
 * - Date: its UTC calendar day (spreadsheet libraries deliver dates as UTC midnight).
 */
export function parseJapaneseDate(input: string | number | Date): string | null {
  if (typeof input === "number") return excelSerialToIso(input);
  if (input instanceof Date) return isoOfUtc(input);
  if (typeof input === "string") return parseText(input);
  return null;
}
