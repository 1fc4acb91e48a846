import type { Bilingual } from "../i18n-text.ts";

/**
 * Privacy Mark size class (事業者規模), which decides the examination and registration fees.
 * Thresholds: docs/domain.md#size-classes-and-fees. "Staff" (従業者) includes officers and
 * dispatched workers.
 */

export const INDUSTRIES = ["manufacturing_other", "wholesale", "retail", "service"] as const;
export type Industry = (typeof INDUSTRIES)[number];

export type SizeClass = "small" | "medium" | "large" | "ineligible";

/**
 * Capital (資本金): an amount in yen; "none" for an entity with no registered capital
 * (合名・合資会社, 一般社団・財団法人, 個人事業), which is classed by staff alone; null when
 * not entered yet.
 */
export type CapitalInput = number | "none" | null;

export interface SizeClassInput {
  industry: Industry;
  capitalYen: CapitalInput;
  employeeCount: number;
}

export interface SizeClassResult {
  sizeClass: SizeClass;
  /** Which threshold decided the class, in our own words. */
  rule: Bilingual;
}

interface IndustryThresholds {
  label: Bilingual;
  /** small = 2..smallMaxStaff staff. */
  smallMaxStaff: number;
  /** medium staff band = smallMaxStaff+1..mediumMaxStaff; large needs at least mediumMaxStaff+1. */
  mediumMaxStaff: number;
  /** medium when capital is at or below this; large needs capital strictly above it. */
  capitalThresholdYen: number;
  capitalLabel: Bilingual;
}

export const SIZE_CLASS_THRESHOLDS: Readonly<Record<Industry, IndustryThresholds>> = {
  manufacturing_other: {
    label: { ja: "製造業・その他", en: "Manufacturing and other industries" },
    smallMaxStaff: 20,
    mediumMaxStaff: 300,
    capitalThresholdYen: 300_000_000,
    capitalLabel: { ja: "3億円", en: "JPY 300 million" },
  },
  wholesale: {
    label: { ja: "卸売業", en: "Wholesale" },
    smallMaxStaff: 5,
    mediumMaxStaff: 100,
    capitalThresholdYen: 100_000_000,
    capitalLabel: { ja: "1億円", en: "JPY 100 million" },
  },
  retail: {
    label: { ja: "小売業", en: "Retail" },
    smallMaxStaff: 5,
    mediumMaxStaff: 50,
    capitalThresholdYen: 50_000_000,
    capitalLabel: { ja: "5,000万円", en: "JPY 50 million" },
  },
  service: {
    label: { ja: "サービス業", en: "Services" },
    smallMaxStaff: 5,
    mediumMaxStaff: 100,
    capitalThresholdYen: 50_000_000,
    capitalLabel: { ja: "5,000万円", en: "JPY 50 million" },
  },
};

/** The PMS manager and the audit lead must be different people, so one person cannot apply. */
export const MIN_ELIGIBLE_STAFF = 2;

/**
 * Decide the size class.
 *
 * Reading of the rules (docs/domain.md#size-classes-and-fees):
 * - fewer than 2 staff → ineligible;
 * - 2..smallMax staff → small, whatever the capital;
 * - otherwise medium when capital ≤ threshold OR staff is within the medium band; so a company
 *   above the staff band but with capital ≤ threshold is medium, and a company with capital
 *   above the threshold but staff within the band is medium too;
 * - large only when capital > threshold AND staff ≥ mediumMax+1;
 * - an entity with no registered capital ("none") is classed by staff alone, so it is large
 *   from mediumMax+1 staff ([FEES], docs/domain.md#size-classes-and-fees).
 * Capital not entered (null) is treated as "not above the threshold", and the rule text says so.
 *
 * @throws RangeError when employeeCount is not a non-negative integer or capital is negative/NaN.
 */
export function classifySize(input: SizeClassInput): SizeClassResult {
  const { industry, capitalYen, employeeCount } = input;
  if (!Number.isInteger(employeeCount) || employeeCount < 0) {
    throw new RangeError(`employeeCount must be a non-negative integer: ${employeeCount}`);
  }
  if (
    capitalYen !== null &&
    capitalYen !== "none" &&
    !(typeof capitalYen === "number" && Number.isFinite(capitalYen) && capitalYen >= 0)
  ) {
    throw new RangeError(`capitalYen must be a non-negative number or null: ${capitalYen}`);
  }
  const t = SIZE_CLASS_THRESHOLDS[industry];
  if (t === undefined) throw new RangeError(`unknown industry: ${String(industry)}`);

  const bandMin = t.smallMaxStaff + 1;
  const bandMax = t.mediumMaxStaff;
  const { label, capitalLabel: cap } = t;

  if (employeeCount < MIN_ELIGIBLE_STAFF) {
    return {
      sizeClass: "ineligible",
      rule: {
        ja: "従業者が2名未満のため申請できません（個人情報保護管理者と個人情報保護監査責任者は別の人が務める必要があります）",
        en: "Fewer than 2 staff: not eligible (the PMS manager and the audit lead must be different people)",
      },
    };
  }

  if (employeeCount <= t.smallMaxStaff) {
    return {
      sizeClass: "small",
      rule: {
        ja: `${label.ja}：従業者数が2〜${t.smallMaxStaff}名のため小規模（資本金は問いません）`,
        en: `${label.en}: 2–${t.smallMaxStaff} staff, so small regardless of capital`,
      },
    };
  }

  if (employeeCount <= bandMax) {
    return {
      sizeClass: "medium",
      rule: {
        ja: `${label.ja}：従業者数が${bandMin}〜${bandMax}名のため中規模（資本金は問いません）`,
        en: `${label.en}: ${bandMin}–${bandMax} staff, so medium regardless of capital`,
      },
    };
  }

  // Staff is above the medium band: the capital decides, or staff alone without capital.
  if (capitalYen === "none") {
    return {
      sizeClass: "large",
      rule: {
        ja: `${label.ja}：資本金のない事業者は従業者数だけで判定し、${bandMax + 1}名以上のため大規模`,
        en: `${label.en}: an entity without capital is classed by staff alone; ${bandMax + 1} or more staff, so large`,
      },
    };
  }
  if (capitalYen === null) {
    return {
      sizeClass: "medium",
      rule: {
        ja: `${label.ja}：従業者数は${bandMax}名を超えますが、資本金が未入力のため${cap.ja}以下とみなして中規模（資本金が${cap.ja}を超える場合は大規模になります）`,
        en: `${label.en}: more than ${bandMax} staff, but capital is unknown and treated as not above ${cap.en}, so medium (it becomes large if capital exceeds ${cap.en})`,
      },
    };
  }
  if (capitalYen <= t.capitalThresholdYen) {
    return {
      sizeClass: "medium",
      rule: {
        ja: `${label.ja}：従業者数は${bandMax}名を超えますが、資本金が${cap.ja}以下のため中規模`,
        en: `${label.en}: more than ${bandMax} staff, but capital is at most ${cap.en}, so medium`,
      },
    };
  }
  return {
    sizeClass: "large",
    rule: {
      ja: `${label.ja}：資本金が${cap.ja}を超え、かつ従業者数が${bandMax + 1}名以上のため大規模`,
      en: `${label.en}: capital above ${cap.en} and ${bandMax + 1} or more staff, so large`,
    },
  };
}
