import { describe, expect, it } from "vitest";
import { reviewCutoff } from "../review-cycle.ts";
import { addDays, daysBetween, nextDue } from "./dates.ts";

describe("nextDue (month arithmetic with month-end rules)", () => {
  it.each([
    // plain cases
    ["2025-04-15", 12, "2026-04-15"],
    ["2025-04-15", 1, "2025-05-15"],
    ["2025-11-10", 3, "2026-02-10"],
    ["2025-12-01", 1, "2026-01-01"],
    // a shorter target month: its last day
    ["2025-01-31", 1, "2025-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2025-01-30", 1, "2025-02-28"],
    ["2025-03-31", 6, "2025-09-30"],
    // leap day: the next year has no 29 February
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    // done on a month's last day: due on the target month's last day
    ["2023-02-28", 12, "2024-02-29"],
    ["2025-02-28", 1, "2025-03-31"],
    ["2025-04-30", 1, "2025-05-31"],
    ["2025-06-30", 12, "2026-06-30"],
    // 28 February of a leap year is not a month end
    ["2024-02-28", 12, "2025-02-28"],
    ["2024-02-28", 1, "2024-03-28"],
  ])("%s + %i months → %s", (from, months, due) => {
    expect(nextDue(from, months)).toBe(due);
  });

  it("refuses a bad date or rhythm", () => {
    expect(() => nextDue("2025-02-30", 12)).toThrow(RangeError);
    expect(() => nextDue("2025/01/01", 12)).toThrow(RangeError);
    expect(() => nextDue("2025-01-01", 0)).toThrow(RangeError);
    expect(() => nextDue("2025-01-01", 1.5)).toThrow(RangeError);
  });

  it("agrees with the readiness rules' 12-month cutoff on every day of 2023–2025", () => {
    // A review done on `done` is in time on `today` exactly when today ≤ nextDue(done, 12).
    for (let done = "2023-01-01"; done <= "2025-12-31"; done = addDays(done, 1)) {
      const due = nextDue(done, 12);
      expect(reviewCutoff(due) <= done, `${done}: on ${due}`).toBe(true);
      expect(reviewCutoff(addDays(due, 1)) > done, `${done}: after ${due}`).toBe(true);
    }
  });
});

describe("daysBetween and addDays", () => {
  it.each([
    ["2025-01-01", "2025-01-01", 0],
    ["2025-01-01", "2025-03-02", 60],
    ["2024-02-28", "2024-03-01", 2],
    ["2025-02-28", "2025-03-01", 1],
    ["2025-03-01", "2025-02-28", -1],
    ["2024-12-31", "2025-12-31", 365],
    ["2026-05-10", "2026-06-09", 30],
    ["2026-12-20", "2027-01-19", 30],
    ["2028-02-28", "2028-02-29", 1],
  ])("%s → %s: %i days", (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
    expect(addDays(a, n)).toBe(b);
  });
});
