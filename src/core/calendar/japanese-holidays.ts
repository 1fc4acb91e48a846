// Japan's public holidays (国民の祝日に関する法律) as pure code, for the years 2000–2099, and the
// business days they leave. Built the way the statute is: the 祝日 of Article 2 (fixed days,
// the Mondays of the ハッピーマンデー amendments, the equinoxes), the one-off days of special
// acts, then Article 3's 休日: the 振替休日 after a 祝日 on a Sunday, and the 国民の休日
// between two 祝日. No table of days to keep up to date; a test lists whole years by hand.
//
// The equinoxes are fixed each February by the government's announcement of the next year;
// until then the standard approximation below (valid 1980–2099) is what calendars use, and it
// agrees with every announced day in this range so far.
//
// A business day here is a weekday (Monday–Friday) that is not a public holiday. The year-end
// closing 12/29–1/3 most offices keep is NOT a public holiday (only 1/1 is), so it stays
// out of isJapaneseHoliday and isBusinessDay; callers that follow it ask isYearEndClosure.
//
// Days outside 2000-01-01 … 2099-12-31 throw a RangeError: the rules before 2000 differ
// (成人の日 on 1/15 …) and later law is unknown, and a wrong answer would be worse.
import { addDays } from "../obligations/dates.ts";
import { isIsoDate } from "../wareki.ts";

export const FIRST_HOLIDAY_YEAR = 2000;
export const LAST_HOLIDAY_YEAR = 2099;

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** 0 = Sunday … 6 = Saturday. */
const dayOfWeek = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** The n-th Monday of month m (the ハッピーマンデー days). */
function nthMonday(y: number, m: number, n: number): string {
  const first = dayOfWeek(iso(y, m, 1));
  return iso(y, m, 1 + ((8 - first) % 7) + 7 * (n - 1));
}

// The usual approximation of the equinox day in Japan Standard Time (1980–2099).
const yearsSince1980 = (y: number) => y - 1980;
const equinoxDay = (base: number, y: number) =>
  Math.floor(base + 0.242194 * yearsSince1980(y) - Math.floor(yearsSince1980(y) / 4));
const vernalEquinox = (y: number) => equinoxDay(20.8431, y);
const autumnalEquinox = (y: number) => equinoxDay(23.2488, y);

/** Article 2's 祝日 of year y, with the special acts' days and moves. */
function nationalHolidays(y: number): Map<string, string> {
  const days = new Map<string, string>();
  const add = (day: string, name: string) => days.set(day, name);
  add(iso(y, 1, 1), "元日");
  add(nthMonday(y, 1, 2), "成人の日"); // the second Monday since 2000
  add(iso(y, 2, 11), "建国記念の日");
  // The Emperor's birthday: 12/23 until 2018, 2/23 from 2020; none in 2019 (the abdication
  // law moved it, and 2019's 12/23 was no longer his birthday nor 2/23 yet a holiday).
  if (y >= 2020) add(iso(y, 2, 23), "天皇誕生日");
  add(iso(y, 3, vernalEquinox(y)), "春分の日");
  // 4/29 became 昭和の日 in 2007 and みどりの日 moved to 5/4, until then a 国民の休日.
  add(iso(y, 4, 29), y >= 2007 ? "昭和の日" : "みどりの日");
  add(iso(y, 5, 3), "憲法記念日");
  if (y >= 2007) add(iso(y, 5, 4), "みどりの日");
  add(iso(y, 5, 5), "こどもの日");
  // 海の日: 7/20 until 2002, the third Monday of July since; moved for the Tokyo Olympics.
  const umi =
    y === 2020
      ? iso(y, 7, 23)
      : y === 2021
        ? iso(y, 7, 22)
        : y >= 2003
          ? nthMonday(y, 7, 3)
          : iso(y, 7, 20);
  add(umi, "海の日");
  // 山の日 since 2016, moved for the Olympics in 2020 and 2021.
  if (y >= 2016)
    add(y === 2020 ? iso(y, 8, 10) : y === 2021 ? iso(y, 8, 8) : iso(y, 8, 11), "山の日");
  add(y >= 2003 ? nthMonday(y, 9, 3) : iso(y, 9, 15), "敬老の日");
  add(iso(y, 9, autumnalEquinox(y)), "秋分の日");
  // The second Monday of October: 体育の日 until 2019, スポーツの日 since (moved in 2020, 2021).
  const sports = y === 2020 ? iso(y, 7, 24) : y === 2021 ? iso(y, 7, 23) : nthMonday(y, 10, 2);
  add(sports, y >= 2020 ? "スポーツの日" : "体育の日");
  add(iso(y, 11, 3), "文化の日");
  add(iso(y, 11, 23), "勤労感謝の日");
  if (y <= 2018) add(iso(y, 12, 23), "天皇誕生日");
  // The enthronement (a special act for 2019 only): 4/30 and 5/2 follow as 国民の休日.
  if (y === 2019) {
    add(iso(y, 5, 1), "天皇の即位の日");
    add(iso(y, 10, 22), "即位礼正殿の儀の行われる日");
  }
  return days;
}

/** Every public holiday of year y with its name: the 祝日 and Article 3's 休日. */
function holidaysOf(y: number): Map<string, string> {
  const shuku = nationalHolidays(y);
  const all = new Map(shuku);
  // 振替休日: after a 祝日 on a Sunday, the nearest day that is not a 祝日 (since 2007; until
  // then only the Monday, and no day at all when the Monday was a 祝日 itself).
  for (const day of shuku.keys()) {
    if (dayOfWeek(day) !== 0) continue;
    let next = addDays(day, 1);
    if (y >= 2007) while (shuku.has(next)) next = addDays(next, 1);
    else if (shuku.has(next)) continue;
    if (next.startsWith(`${y}-`)) all.set(next, "振替休日");
  }
  // 国民の休日: a day that is not a 祝日 between two 祝日 (until 2007 not a Sunday, nor a day
  // that was already a 振替休日).
  for (const day of shuku.keys()) {
    const between = addDays(day, 1);
    if (shuku.has(between) || !shuku.has(addDays(between, 1))) continue;
    if (y < 2007 && (dayOfWeek(between) === 0 || all.has(between))) continue;
    if (!all.has(between)) all.set(between, "国民の休日");
  }
  return all;
}

const byYear = new Map<number, Map<string, string>>();

function yearOf(day: string): number {
  if (!isIsoDate(day)) throw new RangeError(`not a valid YYYY-MM-DD date: ${day}`);
  const y = Number(day.slice(0, 4));
  if (y < FIRST_HOLIDAY_YEAR || y > LAST_HOLIDAY_YEAR)
    throw new RangeError(
      `holidays are known for ${FIRST_HOLIDAY_YEAR}–${LAST_HOLIDAY_YEAR}: ${day}`,
    );
  return y;
}

function holidaysFor(day: string): Map<string, string> {
  const y = yearOf(day);
  let days = byYear.get(y);
  if (!days) {
    days = holidaysOf(y);
    byYear.set(y, days);
  }
  return days;
}

/** The public holidays of year y (2000–2099), sorted, each with its Japanese name. */
export function japaneseHolidays(y: number): { date: string; name: string }[] {
  const days = holidaysFor(iso(y, 1, 1));
  return [...days]
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Whether `day` (YYYY-MM-DD, 2000–2099) is a public holiday, 振替休日 and 国民の休日 included. */
export function isJapaneseHoliday(day: string): boolean {
  return holidaysFor(day).has(day);
}

/** The holiday's Japanese name (元日, 振替休日, 国民の休日 …), or null on any other day. */
export function holidayName(day: string): string | null {
  return holidaysFor(day).get(day) ?? null;
}

/** A weekday that is not a public holiday (the year-end closing is not considered). */
export function isBusinessDay(day: string): boolean {
  const w = dayOfWeek(day);
  return w !== 0 && w !== 6 && !isJapaneseHoliday(day);
}

/** The first business day strictly after `day`. */
export function nextBusinessDay(day: string): string {
  let d = addDays(day, 1);
  while (!isBusinessDay(d)) d = addDays(d, 1);
  return d;
}

/** The last business day strictly before `day`. */
export function previousBusinessDay(day: string): string {
  let d = addDays(day, -1);
  while (!isBusinessDay(d)) d = addDays(d, -1);
  return d;
}

/**
 * 12/29–1/3, the year-end closing (年末年始休業) of most Japanese offices and of the public
 * bodies: a custom, not a public holiday, so callers decide whether it applies.
 */
export function isYearEndClosure(day: string): boolean {
  yearOf(day);
  const md = day.slice(5);
  return md >= "12-29" || md <= "01-03";
}
