import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatPeriod, formatYen, isoDay, today } from "./format.ts";

describe("format (Japanese, the default language)", () => {
  it("formatDate shows a day as 西暦 年月日, a timestamp by its day in Japan", () => {
    expect(formatDate("2024-04-01")).toBe("2024年4月1日");
    expect(formatDate("2025-12-31")).toBe("2025年12月31日");
    // 15:30 UTC on 31 March is already 1 April in Japan.
    expect(formatDate("2024-03-31T15:30:00Z")).toBe("2024年4月1日");
    expect(formatDate(null)).toBe("—");
    expect(formatDate("")).toBe("—");
    expect(formatDate("someday")).toBe("someday");
  });

  it("formatDateTime shows the Japan time of a moment", () => {
    expect(formatDateTime("2024-03-31T15:05:00Z")).toBe("2024年4月1日 00:05");
    expect(formatDateTime("2024-07-10T03:00:00Z")).toBe("2024年7月10日 12:00");
    expect(formatDateTime(undefined)).toBe("—");
    expect(formatDateTime("not a time")).toBe("not a time");
  });

  it("formatYen groups digits and leaves a missing amount as a dash", () => {
    expect(formatYen(1234567)).toBe("¥1,234,567");
    expect(formatYen(0)).toBe("¥0");
    expect(formatYen(null)).toBe("—");
  });

  it("formatPeriod shows an open end as 〜", () => {
    expect(formatPeriod("2024-04-01", null)).toBe("2024年4月1日 〜");
    expect(formatPeriod("2024-04-01", "2025-03-31")).toBe("2024年4月1日 〜 2025年3月31日");
  });

  it("isoDay and today are days in Japan", () => {
    expect(isoDay(new Date("2024-12-31T16:00:00Z"))).toBe("2025-01-01");
    expect(isoDay(new Date("2024-12-31T14:59:00Z"))).toBe("2024-12-31");
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
