// How dates and amounts are shown: 2024年4月1日 (西暦) and ¥1,234,567. Timestamps are shown
// in Japan time whatever the browser's zone: every deadline and "today" in mamori is the day
// in Japan (core/today-in-japan.ts), and a consultant abroad must see the same day as the client.
import { todayInJapan } from "@src/core/today-in-japan.ts";
import { formatSeireki, isIsoDate } from "@src/core/wareki.ts";
import { currentLanguage } from "../i18n/index.ts";

/** The calendar day of a timestamp in Japan, as YYYY-MM-DD. */
export function isoDay(d: Date): string {
  return todayInJapan(d);
}

/** Today in Japan, as YYYY-MM-DD (the server judges deadlines by the same day). */
export function today(): string {
  return todayInJapan();
}

/** A calendar date (YYYY-MM-DD) or timestamp as 2024年4月1日 (English: 2024-04-01). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  if (isIsoDate(value)) return currentLanguage() === "ja" ? formatSeireki(value) : value;
  const moment = new Date(value);
  // Text that is no date is shown as it is rather than failing the page.
  if (Number.isNaN(moment.getTime())) return value;
  const day = isoDay(moment);
  return currentLanguage() === "ja" ? formatSeireki(day) : day;
}

/** A timestamp as 2024年4月1日 13:05 (Japan time). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const jst = new Date(d.getTime() + 9 * 3600_000).toISOString(); // Japan: no daylight saving
  return `${formatDate(jst.slice(0, 10))} ${jst.slice(11, 16)}`;
}

export function formatYen(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return "—";
  return `¥${amount.toLocaleString("ja-JP")}`;
}

/** A period of appointment: 2024年4月1日 〜 (open-ended) or 〜 2025年3月31日. */
export function formatPeriod(from: string, to: string | null): string {
  return `${formatDate(from)} 〜 ${to ? formatDate(to) : ""}`.trim();
}
