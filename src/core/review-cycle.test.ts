import { describe, expect, it } from "vitest";
import { isReviewOverdue, reviewCutoff } from "./review-cycle.ts";

describe("reviewCutoff (same calendar day 12 months earlier)", () => {
  it.each([
    ["2025-03-15", "2024-03-15"],
    ["2025-01-01", "2024-01-01"],
    ["2024-02-29", "2023-02-28"],
    ["2025-02-28", "2024-02-28"],
    ["2025-03-01", "2024-03-01"],
    ["2025-12-31", "2024-12-31"],
  ])("%s → %s", (today, cutoff) => {
    expect(reviewCutoff(today)).toBe(cutoff);
  });
});

describe("isReviewOverdue", () => {
  it("is in time exactly 12 months back and overdue one day before", () => {
    expect(isReviewOverdue("2025-11-24", "2026-11-24")).toBe(false);
    expect(isReviewOverdue("2025-11-23", "2026-11-24")).toBe(true);
  });

  it("treats a leap day: on 2024-02-29 a review of 2023-02-28 is in time, 02-27 is not", () => {
    expect(isReviewOverdue("2023-02-28", "2024-02-29")).toBe(false);
    expect(isReviewOverdue("2023-02-27", "2024-02-29")).toBe(true);
  });

  it("counts a review never done as overdue", () => {
    expect(isReviewOverdue(null, "2026-11-24")).toBe(true);
  });
});
