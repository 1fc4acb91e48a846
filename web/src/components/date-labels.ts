// Words of the date pickers and month columns: Japanese reads year before month with 年 and 月
// (2026年12月), where dayjs's Japanese locale with Mantine's default "MMMM YYYY" gives
// 「12月 2026」. English keeps "December 2026".
import type { Language } from "../i18n/index.ts";

/** The calendar's header formats (dayjs patterns) for Mantine's date inputs. */
export function pickerLabelFormats(lang: Language) {
  return lang === "ja"
    ? { monthLabelFormat: "YYYY年M月", yearLabelFormat: "YYYY年", monthsListFormat: "M月" }
    : { monthLabelFormat: "MMMM YYYY", yearLabelFormat: "YYYY", monthsListFormat: "MMM" };
}

const EN_MONTHS = [
  ...["Jan", "Feb", "Mar", "Apr", "May", "Jun"],
  ...["Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
];

/**
 * A month column's heading from its first day (YYYY-MM-DD): 2026年11月, or 12月 when the
 * year is already shown further left (withYear false). English: Nov 2026, Dec.
 */
export function monthColumnLabel(day: string, withYear: boolean, lang: Language): string {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  if (lang === "ja") return withYear ? `${year}年${month}月` : `${month}月`;
  const name = EN_MONTHS[month - 1] ?? String(month);
  return withYear ? `${name} ${year}` : name;
}
