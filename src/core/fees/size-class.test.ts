import { describe, expect, it } from "vitest";
import { classifySize, type Industry, type SizeClass } from "./size-class.ts";

// Expected classes written by hand from docs/domain.md#size-classes-and-fees.
// Columns: staff, capital = threshold, capital = threshold + 1 yen, capital not entered (null),
// no registered capital ("none": classed by staff alone).
type Row = [
  staff: number,
  atThreshold: SizeClass,
  aboveThreshold: SizeClass,
  unknown: SizeClass,
  noCapital: SizeClass,
];

const I = "ineligible";
const S = "small";
const M = "medium";
const L = "large";

const cases: Record<Industry, { threshold: number; rows: Row[] }> = {
  // small 2–20, medium band 21–300, capital threshold 300,000,000
  manufacturing_other: {
    threshold: 300_000_000,
    rows: [
      [1, I, I, I, I],
      [2, S, S, S, S],
      [5, S, S, S, S],
      [6, S, S, S, S],
      [20, S, S, S, S],
      [21, M, M, M, M],
      [50, M, M, M, M],
      [51, M, M, M, M],
      [100, M, M, M, M],
      [101, M, M, M, M],
      [300, M, M, M, M],
      [301, M, L, M, L],
    ],
  },
  // small 2–5, medium band 6–100, capital threshold 100,000,000
  wholesale: {
    threshold: 100_000_000,
    rows: [
      [1, I, I, I, I],
      [2, S, S, S, S],
      [5, S, S, S, S],
      [6, M, M, M, M],
      [20, M, M, M, M],
      [21, M, M, M, M],
      [50, M, M, M, M],
      [51, M, M, M, M],
      [100, M, M, M, M],
      [101, M, L, M, L],
      [300, M, L, M, L],
      [301, M, L, M, L],
    ],
  },
  // small 2–5, medium band 6–50, capital threshold 50,000,000
  retail: {
    threshold: 50_000_000,
    rows: [
      [1, I, I, I, I],
      [2, S, S, S, S],
      [5, S, S, S, S],
      [6, M, M, M, M],
      [20, M, M, M, M],
      [21, M, M, M, M],
      [50, M, M, M, M],
      [51, M, L, M, L],
      [100, M, L, M, L],
      [101, M, L, M, L],
      [300, M, L, M, L],
      [301, M, L, M, L],
    ],
  },
  // small 2–5, medium band 6–100, capital threshold 50,000,000
  service: {
    threshold: 50_000_000,
    rows: [
      [1, I, I, I, I],
      [2, S, S, S, S],
      [5, S, S, S, S],
      [6, M, M, M, M],
      [20, M, M, M, M],
      [21, M, M, M, M],
      [50, M, M, M, M],
      [51, M, M, M, M],
      [100, M, M, M, M],
      [101, M, L, M, L],
      [300, M, L, M, L],
      [301, M, L, M, L],
    ],
  },
};

describe("classifySize boundaries", () => {
  for (const [industry, { threshold, rows }] of Object.entries(cases) as [
    Industry,
    (typeof cases)[Industry],
  ][]) {
    describe(industry, () => {
      for (const [staff, atThreshold, above, unknown, noCapital] of rows) {
        it(`${staff} staff`, () => {
          const at = classifySize({ industry, capitalYen: threshold, employeeCount: staff });
          const over = classifySize({ industry, capitalYen: threshold + 1, employeeCount: staff });
          const notEntered = classifySize({ industry, capitalYen: null, employeeCount: staff });
          const none = classifySize({ industry, capitalYen: "none", employeeCount: staff });
          expect([at.sizeClass, over.sizeClass, notEntered.sizeClass, none.sizeClass]).toEqual([
            atThreshold,
            above,
            unknown,
            noCapital,
          ]);
        });
      }
    });
  }

  it("0 staff is ineligible", () => {
    expect(classifySize({ industry: "service", capitalYen: 0, employeeCount: 0 }).sizeClass).toBe(
      "ineligible",
    );
  });

  it("small is decided by staff only, even with a very large capital", () => {
    expect(
      classifySize({
        industry: "manufacturing_other",
        capitalYen: 10_000_000_000,
        employeeCount: 20,
      }).sizeClass,
    ).toBe("small");
  });
});

describe("classifySize rule text", () => {
  it("explains the ineligible case", () => {
    expect(classifySize({ industry: "retail", capitalYen: null, employeeCount: 1 }).rule).toEqual({
      ja: "従業者が2名未満のため申請できません（個人情報保護管理者と個人情報保護監査責任者は別の人が務める必要があります）",
      en: "Fewer than 2 staff: not eligible (the PMS manager and the audit lead must be different people)",
    });
  });

  it("explains small", () => {
    expect(
      classifySize({ industry: "manufacturing_other", capitalYen: 1, employeeCount: 20 }).rule,
    ).toEqual({
      ja: "製造業・その他：従業者数が2〜20名のため小規模（資本金は問いません）",
      en: "Manufacturing and other industries: 2–20 staff, so small regardless of capital",
    });
  });

  it("explains medium by staff band, with capital above the threshold", () => {
    expect(
      classifySize({ industry: "service", capitalYen: 50_000_001, employeeCount: 100 }).rule,
    ).toEqual({
      ja: "サービス業：従業者数が6〜100名のため中規模（資本金は問いません）",
      en: "Services: 6–100 staff, so medium regardless of capital",
    });
  });

  it("explains medium by capital when staff is above the band", () => {
    expect(
      classifySize({ industry: "wholesale", capitalYen: 100_000_000, employeeCount: 101 }).rule,
    ).toEqual({
      ja: "卸売業：従業者数は100名を超えますが、資本金が1億円以下のため中規模",
      en: "Wholesale: more than 100 staff, but capital is at most JPY 100 million, so medium",
    });
  });

  it("says that unknown capital was treated as not above the threshold", () => {
    expect(classifySize({ industry: "retail", capitalYen: null, employeeCount: 51 }).rule).toEqual({
      ja: "小売業：従業者数は50名を超えますが、資本金が未入力のため5,000万円以下とみなして中規模（資本金が5,000万円を超える場合は大規模になります）",
      en: "Retail: more than 50 staff, but capital is unknown and treated as not above JPY 50 million, so medium (it becomes large if capital exceeds JPY 50 million)",
    });
  });

  it("explains large without registered capital: staff alone", () => {
    expect(
      classifySize({ industry: "manufacturing_other", capitalYen: "none", employeeCount: 301 })
        .rule,
    ).toEqual({
      ja: "製造業・その他：資本金のない事業者は従業者数だけで判定し、301名以上のため大規模",
      en: "Manufacturing and other industries: an entity without capital is classed by staff alone; 301 or more staff, so large",
    });
  });

  it("explains large", () => {
    expect(
      classifySize({ industry: "manufacturing_other", capitalYen: 300_000_001, employeeCount: 301 })
        .rule,
    ).toEqual({
      ja: "製造業・その他：資本金が3億円を超え、かつ従業者数が301名以上のため大規模",
      en: "Manufacturing and other industries: capital above JPY 300 million and 301 or more staff, so large",
    });
  });
});

describe("classifySize input checks", () => {
  it("rejects a negative or fractional staff count", () => {
    expect(() => classifySize({ industry: "service", capitalYen: 0, employeeCount: -1 })).toThrow(
      RangeError,
    );
    expect(() => classifySize({ industry: "service", capitalYen: 0, employeeCount: 2.5 })).toThrow(
      RangeError,
    );
  });

  it("rejects a negative or NaN capital", () => {
    expect(() => classifySize({ industry: "service", capitalYen: -1, employeeCount: 10 })).toThrow(
      RangeError,
    );
    expect(() =>
      classifySize({ industry: "service", capitalYen: Number.NaN, employeeCount: 10 }),
    ).toThrow(RangeError);
  });

  it("rejects an unknown industry", () => {
    expect(() =>
      classifySize({ industry: "mining" as Industry, capitalYen: 0, employeeCount: 10 }),
    ).toThrow(RangeError);
  });
});
