import type { Bilingual } from "../i18n-text.ts";
import type { SizeClass } from "./size-class.ts";

/** Size classes that can apply (an ineligible company has no fees). */
export type FeeSizeClass = Exclude<SizeClass, "ineligible">;

type BySize = Readonly<Record<FeeSizeClass, number>>;

/**
 * A fee charged only in some cases, whose amount mamori does not hold yet: shown with its name
 * and a pointer to the examination body's notice instead of a figure.
 */
export interface ExtraFee {
  key: "onsite_extra_hour" | "reaudit";
  label: Bilingual;
  /** Yen, tax included; null while no confirmed figure is on record. */
  amountYen: number | null;
  /** false: the item or its amount is not confirmed against the published fee table. */
  verified: boolean;
  toVerify?: string;
}

/**
 * Privacy Mark fees in yen, consumption tax included. Kept as data so a fee revision is a
 * data change only.
 */
export const PRIVACY_MARK_FEES = {
  source: "JIPDEC プライバシーマーク付与に係る料金（docs/domain.md#size-classes-and-fees）",
  /** The day the fee table took effect (the 10 % consumption-tax revision). */
  asOf: "2019-10-01",
  /** The figures below (application, examination, 付与登録料) are on record. */
  verified: true,
  taxIncluded: true,
  note: {
    ja: "現地審査に伴う審査員の旅費等は含みません。",
    en: "Travel costs of the on-site audit are not included.",
  } satisfies Bilingual,
  /** 申請料: the same for every size class. */
  application: { small: 52_382, medium: 52_382, large: 52_382 } satisfies BySize,
  /** 審査料 */
  examination: {
    newApplication: { small: 209_524, medium: 471_429, large: 995_238 } satisfies BySize,
    renewal: { small: 125_714, medium: 314_286, large: 680_952 } satisfies BySize,
  },
  /** 付与登録料: charged on a new grant and on each renewal. */
  registration: { small: 52_382, medium: 104_762, large: 209_524 } satisfies BySize,
  /** Charged only when the case arises; amounts not on record (docs/domain.md#open-questions). */
  extras: [
    {
      key: "onsite_extra_hour",
      label: { ja: "現地審査の時間延長料（1時間ごと）", en: "On-site audit, each extra hour" },
      amountYen: null,
      verified: false,
      toVerify: "amount per hour and whether it depends on the size class",
    },
    {
      key: "reaudit",
      label: { ja: "再審査料", en: "Re-audit fee" },
      amountYen: null,
      verified: false,
      toVerify: "amount, and when a re-audit is charged",
    },
  ] satisfies readonly ExtraFee[] as readonly ExtraFee[],
} as const;

/** What the product shows in place of an amount that is not on record. */
export const AMOUNT_UNKNOWN: Bilingual = {
  ja: "金額は審査機関の案内で確認",
  en: "Ask the examination body for the amount",
};

export interface FeeBreakdown {
  application: number;
  examination: number;
  registration: number;
  total: number;
}

export interface FeeEstimate {
  newApplication: FeeBreakdown;
  renewal: FeeBreakdown;
}

function breakdown(application: number, examination: number, registration: number): FeeBreakdown {
  return {
    application,
    examination,
    registration,
    total: application + examination + registration,
  };
}

/**
 * Fees for a new application and for a renewal, in yen (tax included, travel costs excluded).
 * @throws RangeError for a size class that cannot apply (e.g. "ineligible" passed at runtime).
 */
export function estimateFees(sizeClass: FeeSizeClass): FeeEstimate {
  const f = PRIVACY_MARK_FEES;
  if (!Object.hasOwn(f.registration, sizeClass)) {
    throw new RangeError(`no fees for size class: ${String(sizeClass)}`);
  }
  return {
    newApplication: breakdown(
      f.application[sizeClass],
      f.examination.newApplication[sizeClass],
      f.registration[sizeClass],
    ),
    renewal: breakdown(
      f.application[sizeClass],
      f.examination.renewal[sizeClass],
      f.registration[sizeClass],
    ),
  };
}
