import { describe, expect, it } from "vitest";
import { formatSeireki, formatWareki, isIsoDate, parseIsoDate, toWareki } from "./wareki.ts";

describe("parseIsoDate", () => {
  it("parses real dates", () => {
    expect(parseIsoDate("2024-04-01")).toEqual({ year: 2024, month: 4, day: 1 });
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate("2024-12-31")).toEqual({ year: 2024, month: 12, day: 31 });
  });

  it("rejects nonexistent dates", () => {
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("1900-02-29")).toBeNull(); // divisible by 100, not by 400
    expect(parseIsoDate("2024-13-01")).toBeNull();
    expect(parseIsoDate("2024-00-10")).toBeNull();
    expect(parseIsoDate("2024-04-31")).toBeNull();
    expect(parseIsoDate("2024-04-00")).toBeNull();
    expect(parseIsoDate("0000-01-01")).toBeNull();
  });

  it("rejects other shapes", () => {
    expect(parseIsoDate("2024-4-1")).toBeNull();
    expect(parseIsoDate("2024/04/01")).toBeNull();
    expect(parseIsoDate("2024-04-01T00:00:00Z")).toBeNull();
    expect(parseIsoDate(" 2024-04-01")).toBeNull();
    expect(parseIsoDate("２０２４-04-01")).toBeNull();
    expect(parseIsoDate("")).toBeNull();
  });

  it("isIsoDate agrees", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
  });
});

describe("formatSeireki", () => {
  it("drops leading zeros", () => {
    expect(formatSeireki("2024-04-01")).toBe("2024年4月1日");
    expect(formatSeireki("2024-12-31")).toBe("2024年12月31日");
  });

  it("throws on an invalid date", () => {
    expect(() => formatSeireki("2023-02-29")).toThrow(RangeError);
  });
});

describe("formatWareki", () => {
  it.each([
    ["2024-04-01", "令和6年4月1日"],
    ["2024-02-29", "令和6年2月29日"],
    ["2020-01-01", "令和2年1月1日"],
    ["2019-04-30", "平成31年4月30日"],
    ["2019-05-01", "令和元年5月1日"],
    ["2019-12-31", "令和元年12月31日"],
    ["1989-01-07", "昭和64年1月7日"],
    ["1989-01-08", "平成元年1月8日"],
    ["1926-12-24", "大正15年12月24日"],
    ["1926-12-25", "昭和元年12月25日"],
    ["1912-07-29", "明治45年7月29日"],
    ["1912-07-30", "大正元年7月30日"],
    ["1868-10-23", "明治元年10月23日"],
  ])("%s → %s", (iso, expected) => {
    expect(formatWareki(iso)).toBe(expected);
  });

  it("throws before 明治 and on invalid dates", () => {
    expect(() => formatWareki("1868-10-22")).toThrow(RangeError);
    expect(() => formatWareki("2024-13-01")).toThrow(RangeError);
  });
});

describe("toWareki", () => {
  it("returns the era and era year", () => {
    const w = toWareki("2019-05-01");
    expect(w?.era.key).toBe("reiwa");
    expect(w?.era.en).toBe("Reiwa");
    expect(w?.eraYear).toBe(1);
    expect(w?.month).toBe(5);
    expect(w?.day).toBe(1);
  });

  it("returns null before 明治", () => {
    expect(toWareki("1868-10-22")).toBeNull();
  });
});
