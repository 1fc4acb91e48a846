import dayjs from "dayjs";
import "dayjs/locale/ja";
import { describe, expect, it } from "vitest";
import { monthColumnLabel, pickerLabelFormats } from "./date-labels.ts";

describe("date picker headers", () => {
  it("read 2026年12月 in Japanese, as the calendar formats them with dayjs", () => {
    const { monthLabelFormat, yearLabelFormat, monthsListFormat } = pickerLabelFormats("ja");
    const december = dayjs("2026-12-06").locale("ja");
    expect(december.format(monthLabelFormat)).toBe("2026年12月");
    expect(december.format(yearLabelFormat)).toBe("2026年");
    expect(december.format(monthsListFormat)).toBe("12月");
    // What Mantine's default would have shown.
    expect(december.format("MMMM YYYY")).toBe("12月 2026");
  });

  it("read December 2026 in English", () => {
    const { monthLabelFormat } = pickerLabelFormats("en");
    expect(dayjs("2026-12-06").locale("en").format(monthLabelFormat)).toBe("December 2026");
  });
});

describe("month columns of the work plan", () => {
  it("show the year before the month in Japanese", () => {
    expect(monthColumnLabel("2026-11-01", true, "ja")).toBe("2026年11月");
    expect(monthColumnLabel("2026-12-01", false, "ja")).toBe("12月");
    expect(monthColumnLabel("2027-01-01", true, "ja")).toBe("2027年1月");
  });

  it("name the month in English", () => {
    expect(monthColumnLabel("2026-11-01", true, "en")).toBe("Nov 2026");
    expect(monthColumnLabel("2026-12-01", false, "en")).toBe("Dec");
  });
});
