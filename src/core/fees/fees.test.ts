import { describe, expect, it } from "vitest";
import { AMOUNT_UNKNOWN, estimateFees, type FeeSizeClass, PRIVACY_MARK_FEES } from "./fees.ts";

// Figures from docs/domain.md#size-classes-and-fees; totals added up by hand.
describe("estimateFees", () => {
  it("small", () => {
    expect(estimateFees("small")).toEqual({
      // 52,382 + 209,524 + 52,382 = 314,288
      newApplication: {
        application: 52_382,
        examination: 209_524,
        registration: 52_382,
        total: 314_288,
      },
      // 52,382 + 125,714 + 52,382 = 230,478
      renewal: { application: 52_382, examination: 125_714, registration: 52_382, total: 230_478 },
    });
  });

  it("medium", () => {
    expect(estimateFees("medium")).toEqual({
      // 52,382 + 471,429 + 104,762 = 628,573
      newApplication: {
        application: 52_382,
        examination: 471_429,
        registration: 104_762,
        total: 628_573,
      },
      // 52,382 + 314,286 + 104,762 = 471,430
      renewal: { application: 52_382, examination: 314_286, registration: 104_762, total: 471_430 },
    });
  });

  it("large", () => {
    expect(estimateFees("large")).toEqual({
      // 52,382 + 995,238 + 209,524 = 1,257,144
      newApplication: {
        application: 52_382,
        examination: 995_238,
        registration: 209_524,
        total: 1_257_144,
      },
      // 52,382 + 680,952 + 209,524 = 942,858
      renewal: { application: 52_382, examination: 680_952, registration: 209_524, total: 942_858 },
    });
  });

  it("refuses a size class that cannot apply", () => {
    expect(() => estimateFees("ineligible" as FeeSizeClass)).toThrow(RangeError);
    expect(() => estimateFees("toString" as FeeSizeClass)).toThrow(RangeError);
  });
});

describe("PRIVACY_MARK_FEES as data", () => {
  it("records the day the table took effect", () => {
    expect(PRIVACY_MARK_FEES.asOf).toBe("2019-10-01");
    expect(PRIVACY_MARK_FEES.verified).toBe(true);
  });

  it("lists the extra-hour and re-audit fees without inventing their amounts", () => {
    expect(
      PRIVACY_MARK_FEES.extras.map((e) => [e.key, e.label.ja, e.amountYen, e.verified]),
    ).toEqual([
      ["onsite_extra_hour", "現地審査の時間延長料（1時間ごと）", null, false],
      ["reaudit", "再審査料", null, false],
    ]);
    expect(AMOUNT_UNKNOWN.ja).toBe("金額は審査機関の案内で確認");
  });
});
