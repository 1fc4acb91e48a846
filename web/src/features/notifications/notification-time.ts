// When a notification arrived, as the bell shows it: a relative time for the last days
// ("5分前", "3 hours ago") beside the absolute moment in Japan time (2026年12月6日 9:05).
import { formatSeireki } from "@src/core/wareki.ts";

type Lang = "ja" | "en";

/** 2026年12月6日 9:05 (ja) or 2026-12-06 9:05 (en), Japan time, whatever the browser's zone. */
export function absoluteTime(iso: string, lang: Lang): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const jst = new Date(at.getTime() + 9 * 3600_000).toISOString(); // no daylight saving
  const day = jst.slice(0, 10);
  const time = `${Number(jst.slice(11, 13))}:${jst.slice(14, 16)}`;
  return `${lang === "ja" ? formatSeireki(day) : day} ${time}`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "たった今", "5分前", "3時間前", "2日前" up to a week; null after that (the date says it). */
export function relativeTime(iso: string, now: Date, lang: Lang): string | null {
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return null;
  const ago = Math.max(0, now.getTime() - at);
  const en = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"} ago`;
  if (ago < MINUTE) return lang === "ja" ? "たった今" : "just now";
  if (ago < HOUR) {
    const n = Math.floor(ago / MINUTE);
    return lang === "ja" ? `${n}分前` : en(n, "minute");
  }
  if (ago < DAY) {
    const n = Math.floor(ago / HOUR);
    return lang === "ja" ? `${n}時間前` : en(n, "hour");
  }
  if (ago < 7 * DAY) {
    const n = Math.floor(ago / DAY);
    return lang === "ja" ? `${n}日前` : en(n, "day");
  }
  return null;
}
