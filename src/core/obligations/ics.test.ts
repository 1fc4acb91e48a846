import { describe, expect, it } from "vitest";
import { escapeText, foldLine, utcStamp, writeIcs } from "./ics.ts";

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and line breaks, in that order", () => {
    expect(escapeText("a,b;c\\d")).toBe("a\\,b\\;c\\\\d");
    expect(escapeText("1行目\n2行目\r\n3行目\r4行目")).toBe("1行目\\n2行目\\n3行目\\n4行目");
    expect(escapeText("\\n")).toBe("\\\\n");
  });

  it("drops control characters but keeps tabs and Japanese text", () => {
    expect(escapeText("教育\u0000\u0007\u007f実施\t済")).toBe("教育実施\t済");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone", () => {
    const line = `DESCRIPTION:${"a".repeat(63)}`;
    expect(foldLine(line)).toEqual([line]);
  });

  it("folds ASCII at 75 octets; continuation lines start with one space", () => {
    expect(foldLine(`DESCRIPTION:${"a".repeat(100)}`)).toEqual([
      `DESCRIPTION:${"a".repeat(63)}`,
      ` ${"a".repeat(37)}`,
    ]);
  });

  it("folds Japanese text between characters, never inside one", () => {
    // 8 octets + 22 × 3 = 74; a 23rd character would make 77.
    const lines = foldLine(`SUMMARY:${"保".repeat(50)}`);
    expect(lines).toEqual([
      `SUMMARY:${"保".repeat(22)}`,
      ` ${"保".repeat(24)}`, // 1 + 72 = 73; a 25th would make 76
      ` ${"保".repeat(4)}`,
    ]);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
  });

  it("moves a multi-byte character that would cross the limit to the next line", () => {
    expect(foldLine(`SUMMARY:${"a".repeat(66)}漢字`)).toEqual([
      `SUMMARY:${"a".repeat(66)}`,
      " 漢字",
    ]);
    // A 4-octet character (a surrogate pair in JavaScript) stays whole.
    expect(foldLine(`SUMMARY:${"a".repeat(65)}😀b`)).toEqual([`SUMMARY:${"a".repeat(65)}`, " 😀b"]);
  });
});

describe("writeIcs", () => {
  const now = new Date("2025-06-01T03:04:05.678Z");

  it("writes the calendar and its all-day events line by line, with CRLF", () => {
    const out = writeIcs({
      name: "株式会社テスト PMS予定",
      now,
      events: [
        {
          uid: "obligation-education.org-1@mamori",
          date: "2025-07-15",
          summary: "全従業者への教育",
          description: "前回: 2024-07-15, 担当; 総務\\人事\n次回も同じ",
          url: "https://pms.example.jp/orgs/org-1/obligations",
          categories: ["PDCA", "教育,研修"],
        },
        { uid: "task-t1.org-1@mamori", date: "2025-12-31", summary: "規程の読み合わせ" },
      ],
    });
    expect(out.endsWith("\r\n")).toBe(true);
    expect(out.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    expect(out.split("\r\n")).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//mamori//PMS calendar//JA",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "NAME:株式会社テスト PMS予定",
      "X-WR-CALNAME:株式会社テスト PMS予定",
      "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
      "X-PUBLISHED-TTL:PT12H",
      "BEGIN:VEVENT",
      "UID:obligation-education.org-1@mamori",
      "DTSTAMP:20250601T030405Z",
      "DTSTART;VALUE=DATE:20250715",
      "DTEND;VALUE=DATE:20250716",
      "SUMMARY:全従業者への教育",
      "DESCRIPTION:前回: 2024-07-15\\, 担当\\; 総務\\\\人事\\n次回も同じ",
      "URL:https://pms.example.jp/orgs/org-1/obligations",
      "CATEGORIES:PDCA,教育\\,研修",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:task-t1.org-1@mamori",
      "DTSTAMP:20250601T030405Z",
      "DTSTART;VALUE=DATE:20251231",
      "DTEND;VALUE=DATE:20260101",
      "SUMMARY:規程の読み合わせ",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });

  it("folds long Japanese summaries and keeps them UTF-8", () => {
    const summary = "個人情報保護方針を全従業者に周知し、理解度を確認するための説明会を開催する";
    const out = writeIcs({
      name: "予定",
      now,
      events: [{ uid: "u1", date: "2025-01-31", summary }],
    });
    const lines = out.split("\r\n");
    const start = lines.findIndex((l) => l.startsWith("SUMMARY:"));
    // 8 + 22 × 3 = 74 octets (the comma "、" is 3 octets too), the rest on the next line.
    expect(lines.slice(start, start + 2)).toEqual([
      "SUMMARY:個人情報保護方針を全従業者に周知し、理解度を",
      " 確認するための説明会を開催する",
    ]);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    // Unfolding (drop CRLF + space) gives the value back.
    expect(out.replaceAll("\r\n ", "")).toContain(`SUMMARY:${summary}\r\n`);
    expect(lines).toContain("DTEND;VALUE=DATE:20250201");
  });

  it("has no events when there is nothing to show", () => {
    const lines = writeIcs({ name: "空", now, events: [], refreshHours: 6 }).split("\r\n");
    expect(lines).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT6H");
    expect(lines).not.toContain("BEGIN:VEVENT");
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  it("refuses a URL with a line break (it would inject properties)", () => {
    expect(() =>
      writeIcs({
        name: "x",
        now,
        events: [{ uid: "u", date: "2025-01-01", summary: "s", url: "https://a.jp/\r\nX:1" }],
      }),
    ).toThrow(RangeError);
  });

  it("stamps in UTC basic format", () => {
    expect(utcStamp(new Date("2024-02-29T23:59:59.999Z"))).toBe("20240229T235959Z");
  });
});
