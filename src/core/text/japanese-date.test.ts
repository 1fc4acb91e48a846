import { describe, expect, it } from "vitest";
import { excelSerialToIso, parseJapaneseDate } from "./japanese-date.ts";

describe("parseJapaneseDate — western calendar text", () => {
  it.each([
    ["2024-04-01", "2024-04-01"],
    ["2024/4/1", "2024-04-01"],
    ["2024/04/01", "2024-04-01"],
    ["2024.4.1", "2024-04-01"],
    ["2024年4月1日", "2024-04-01"],
    ["2024年 4月 1日", "2024-04-01"],
    ["２０２４年４月１日", "2024-04-01"],
    ["２０２４／０４／０１", "2024-04-01"],
    ["  2024-12-31  ", "2024-12-31"],
    ["2024-02-29", "2024-02-29"],
    ["2000-02-29", "2000-02-29"],
  ])("%s → %s", (input, expected) => {
    expect(parseJapaneseDate(input)).toBe(expected);
  });

  it.each([
    "2023-02-29",
    "1900-02-29",
    "2024-04-31",
    "2024-13-01",
    "2024-00-10",
    "2024/4/0",
    "2024/4-1", // mixed separators
    "24/4/1", // two-digit year
    "2024年4月",
    "2024-04",
    "20240401",
    "45383",
    "",
    "   ",
    "明日",
    "2024/4/1 extra",
  ])("rejects %j", (input) => {
    expect(parseJapaneseDate(input)).toBeNull();
  });
});

describe("parseJapaneseDate — 和暦", () => {
  it.each([
    ["令和6年4月1日", "2024-04-01"],
    ["令和元年5月1日", "2019-05-01"],
    ["令和1年5月1日", "2019-05-01"],
    ["令和 6 年 4 月 1 日", "2024-04-01"],
    ["R6.4.1", "2024-04-01"],
    ["R6/4/1", "2024-04-01"],
    ["R06.04.01", "2024-04-01"],
    ["r6.4.1", "2024-04-01"],
    ["R6年4月1日", "2024-04-01"],
    ["令和6.4.1", "2024-04-01"],
    ["Ｒ６．４．１", "2024-04-01"],
    ["ｒ６．４．１", "2024-04-01"],
    ["R元.5.1", "2019-05-01"],
    ["㋿6年4月1日", "2024-04-01"],
    ["H31.4.30", "2019-04-30"],
    ["h31.4.30", "2019-04-30"],
    ["平成31年4月30日", "2019-04-30"],
    ["平成元年1月8日", "1989-01-08"],
    ["S64.1.7", "1989-01-07"],
    ["昭和64年1月7日", "1989-01-07"],
    ["昭和元年12月25日", "1926-12-25"],
    ["T15.12.24", "1926-12-24"],
    ["大正元年7月30日", "1912-07-30"],
    ["M45.7.29", "1912-07-29"],
    ["明治45年7月29日", "1912-07-29"],
    ["令和2年2月29日", "2020-02-29"],
  ])("%s → %s", (input, expected) => {
    expect(parseJapaneseDate(input)).toBe(expected);
  });

  it.each([
    ["平成31年5月1日", "平成 ended on 2019-04-30"],
    ["H31.5.1", "平成 ended on 2019-04-30"],
    ["令和1年4月30日", "令和 began on 2019-05-01"],
    ["令和元年4月30日", "令和 began on 2019-05-01"],
    ["昭和64年1月8日", "昭和 ended on 1989-01-07"],
    ["平成元年1月7日", "平成 began on 1989-01-08"],
    ["平成40年1月1日", "far past the end of 平成"],
    ["令和0年5月1日", "no year 0"],
    ["令和5年2月29日", "2023 is not a leap year"],
    ["R6.4.31", "April has 30 days"],
    ["X6.4.1", "unknown era initial"],
    ["令和6年4月", "no day"],
    ["令和6.4-1", "mixed separators"],
  ])("rejects %s (%s)", (input) => {
    expect(parseJapaneseDate(input)).toBeNull();
  });
});

describe("parseJapaneseDate — weekday and time parts", () => {
  it("accepts a trailing time and drops it", () => {
    expect(parseJapaneseDate("2024/4/1 9:00")).toBe("2024-04-01");
    expect(parseJapaneseDate("2024/4/1 09:00:59")).toBe("2024-04-01");
    expect(parseJapaneseDate("2024-04-01T23:59:00Z")).toBe("2024-04-01");
    expect(parseJapaneseDate("2024-04-01T00:30:00.000+09:00")).toBe("2024-04-01");
    expect(parseJapaneseDate("2024/4/1 9:00 PM")).toBe("2024-04-01");
    expect(parseJapaneseDate("2024年4月1日 9:00")).toBe("2024-04-01");
    expect(parseJapaneseDate("2024年4月1日9時30分")).toBe("2024-04-01");
    expect(parseJapaneseDate("令和6年4月1日 午後3時")).toBe("2024-04-01");
    expect(parseJapaneseDate("R6.4.1 10:15")).toBe("2024-04-01");
    expect(parseJapaneseDate("２０２４/４/１　９：００")).toBe("2024-04-01");
  });

  it("rejects impossible or glued-on times", () => {
    expect(parseJapaneseDate("2024/4/1 24:00")).toBeNull();
    expect(parseJapaneseDate("2024/4/1 9:60")).toBeNull();
    expect(parseJapaneseDate("2024/4/19:00")).toBeNull();
    expect(parseJapaneseDate("2024/4/1 9")).toBeNull();
  });

  it("accepts a weekday that matches the date (2024-04-01 was a Monday)", () => {
    expect(parseJapaneseDate("2024年4月1日(月)")).toBe("2024-04-01");
    expect(parseJapaneseDate("2024年4月1日（月曜日）")).toBe("2024-04-01");
    expect(parseJapaneseDate("2024/4/1(月) 9:00")).toBe("2024-04-01");
    expect(parseJapaneseDate("令和6年4月1日（月）")).toBe("2024-04-01");
  });

  it("rejects a weekday that contradicts the date", () => {
    expect(parseJapaneseDate("2024年4月1日(火)")).toBeNull();
  });
});

describe("parseJapaneseDate — Excel serial numbers", () => {
  it.each([
    [45383, "2024-04-01"],
    [45383.75, "2024-04-01"], // 18:00 on that day
    [43831, "2020-01-01"],
    [36526, "2000-01-01"],
    [25569, "1970-01-01"],
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [2958465, "9999-12-31"],
  ])("%d → %s", (serial, expected) => {
    expect(parseJapaneseDate(serial)).toBe(expected);
    expect(excelSerialToIso(serial)).toBe(expected);
  });

  it.each([
    [60, "Excel's fake 1900-02-29"],
    [0, "serial 0"],
    [0.5, "a time without a date"],
    [-1, "negative"],
    [2958466, "after 9999-12-31"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
  ])("%d → null (%s)", (serial) => {
    expect(parseJapaneseDate(serial)).toBeNull();
  });
});

describe("parseJapaneseDate — Date objects", () => {
  it("uses the UTC calendar day", () => {
    expect(parseJapaneseDate(new Date(Date.UTC(2024, 3, 1)))).toBe("2024-04-01");
    expect(parseJapaneseDate(new Date("2024-04-01T23:59:59.999Z"))).toBe("2024-04-01");
    expect(parseJapaneseDate(new Date("2024-03-31T15:00:00Z"))).toBe("2024-03-31");
  });

  it("rejects invalid dates", () => {
    expect(parseJapaneseDate(new Date(Number.NaN))).toBeNull();
  });

  it("returns null for other runtime types", () => {
    expect(parseJapaneseDate(null as unknown as string)).toBeNull();
    expect(parseJapaneseDate({} as unknown as string)).toBeNull();
  });
});
