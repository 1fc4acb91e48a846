import type { Bilingual } from "../i18n-text.ts";
import type { SizeClass } from "./size-class.ts";

/** Size classes that can apply (an ineligible company has no fees). */
export type FeeSizeClass = Exclude<SizeClass, "ineligible">;

type BySize = Readonly<Record<FeeSizeClass, number>>;

/**
 * Privacy Mark fees in yen, consumption tax included. Kept as data so a fee revision is a
 * data change only.
 */
export const PRIVACY_MARK_FEES = {
  source:
    "JIPDEC プライバシーマーク付与に係る料金（docs/domain.md#size-classes-and-fees に記録された値）",
  /** Effective date of the fee table; not recorded yet (docs/domain.md#open-questions). */
  asOf: null as string | null,
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
} as const;

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
