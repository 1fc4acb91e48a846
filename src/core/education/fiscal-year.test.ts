// 年度 by hand: which fiscal year a day falls in, the period of a year (April start, and
// others), and the same day one year later for copying a plan.
import { describe, expect, it } from "vitest";
import { fiscalYearOf, fiscalYearPeriod, sameDayNextYear } from "./fiscal-year.ts";

describe("fiscalYearOf", () => {
  it("puts 31 March in the year before and 1 April in the new one", () => {
    expect(fiscalYearOf("2027-03-31")).toBe(2026);
    expect(fiscalYearOf("2027-04-01")).toBe(2027);
    expect(fiscalYearOf("2027-01-01")).toBe(2026);
    expect(fiscalYearOf("2026-12-31")).toBe(2026);
  });

  it("follows another start month", () => {
    expect(fiscalYearOf("2027-01-01", 1)).toBe(2027);
    expect(fiscalYearOf("2026-12-31", 1)).toBe(2026);
    expect(fiscalYearOf("2027-09-30", 10)).toBe(2026);
    expect(fiscalYearOf("2027-10-01", 10)).toBe(2027);
  });
});

describe("fiscalYearPeriod", () => {
  it("runs from 1 April to 31 March by default", () => {
    expect(fiscalYearPeriod(2026)).toEqual({ start: "2026-04-01", end: "2027-03-31" });
  });

  it("ends on the last day of the month before the start month", () => {
    expect(fiscalYearPeriod(2027, 1)).toEqual({ start: "2027-01-01", end: "2027-12-31" });
    expect(fiscalYearPeriod(2027, 3)).toEqual({ start: "2027-03-01", end: "2028-02-29" });
    expect(fiscalYearPeriod(2026, 3)).toEqual({ start: "2026-03-01", end: "2027-02-28" });
    expect(fiscalYearPeriod(2026, 10)).toEqual({ start: "2026-10-01", end: "2027-09-30" });
  });
});

describe("sameDayNextYear", () => {
  it("moves a day one year on", () => {
    expect(sameDayNextYear("2026-04-01")).toBe("2027-04-01");
    expect(sameDayNextYear("2026-12-31")).toBe("2027-12-31");
    expect(sameDayNextYear("2027-02-28")).toBe("2028-02-28");
  });

  it("turns a leap day into 28 February", () => {
    expect(sameDayNextYear("2028-02-29")).toBe("2029-02-28");
  });
});
