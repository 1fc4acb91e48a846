// A minimal iCalendar (RFC 5545) writer for a subscribed feed of all-day events: CRLF line
// ends, lines folded at 75 octets without splitting a UTF-8 character, TEXT values escaped.
import { addDays } from "./dates.ts";

export interface IcsEvent {
  /** Stable across feeds, so a calendar moves the event instead of adding a copy. */
  uid: string;
  /** All-day event on this day (YYYY-MM-DD). */
  date: string;
  summary: string;
  description?: string;
  /** An absolute http(s) address (a URI value: not escaped, must hold no line break). */
  url?: string;
  categories?: readonly string[];
}

export interface IcsCalendar {
  /** Shown as the calendar's name by Google Calendar and Outlook. */
  name: string;
  events: readonly IcsEvent[];
  /** DTSTAMP of every event: when this feed was generated. */
  now: Date;
  /** How often subscribers should fetch again (hours). */
  refreshHours?: number;
}

const LIMIT = 75;
const encoder = new TextEncoder();
// Control characters other than tab are not allowed in TEXT (RFC 5545 §3.3.11).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** A TEXT value: backslash, semicolon, comma and line breaks escaped; other controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r/g, "\n")
    .replace(CONTROL, "")
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/**
 * One content line folded into lines of at most 75 octets (the CRLF not counted); each
 * continuation starts with a space, which counts. Code points are never split.
 */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > LIMIT) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out;
}

const compactDate = (iso: string) => iso.replaceAll("-", "");

/** A UTC date-time in the basic format (20250401T093000Z). */
export const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");

function eventLines(e: IcsEvent, stamp: string): string[] {
  if (e.url !== undefined && /[\r\n]/.test(e.url)) throw new RangeError("line break in URL");
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
    // DTEND is exclusive: the next day makes a one-day event in every client.
    `DTEND;VALUE=DATE:${compactDate(addDays(e.date, 1))}`,
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    ...(e.url ? [`URL:${e.url}`] : []),
    ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(escapeText).join(",")}`] : []),
    // A due day is a reminder, not a meeting: it does not make anyone busy.
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/** The whole feed, every line ended with CRLF. */
export function writeIcs(cal: IcsCalendar): string {
  const stamp = utcStamp(cal.now);
  const refresh = cal.refreshHours ?? 12;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//mamori//PMS calendar//JA",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `NAME:${escapeText(cal.name)}`,
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:PT${refresh}H`,
    `X-PUBLISHED-TTL:PT${refresh}H`,
    ...cal.events.flatMap((e) => eventLines(e, stamp)),
    "END:VCALENDAR",
  ];
  return `${lines.flatMap(foldLine).join("\r\n")}\r\n`;
}
