/**
 * 件数 of a register row: the text as the person typed it, read as a whole number with an
 * optional qualifier so the register can sort, filter and add it up. Full-width digits and
 * commas, the units 件・名・人 and 万 (×10,000) are folded; what cannot be read as one number
 * (a range, 「不明」) stays text only. The migration that filled the numbers of existing rows
 * (drizzle/…_inventory_count_number.sql, SQL function inventory_count_parse) reads the same
 * way; record-count.test.ts and the inventory route test hold the two to the same cases.
 */

import type { Bilingual } from "../i18n-text.ts";

/** 約 (an estimate), 以上 (at least), 未満 (fewer than). */
export const COUNT_QUALIFIERS = ["about", "at_least", "less_than"] as const;
export type CountQualifier = (typeof COUNT_QUALIFIERS)[number];

export const COUNT_QUALIFIER_LABELS: Readonly<Record<CountQualifier, Bilingual>> = {
  about: { ja: "約", en: "about" },
  at_least: { ja: "以上", en: "or more" },
  less_than: { ja: "未満", en: "fewer than" },
};

export interface RecordCount {
  value: number;
  qualifier: CountQualifier | null;
}

/** Larger figures are not a count of records anyone keeps (and stay exact in a double). */
export const MAX_RECORD_COUNT = 1_000_000_000_000;

const SHAPE =
  /^(約|およそ|概ね|おおよそ)?([0-9]+(?:\.[0-9]+)?)(万)?(件|名|人)?(以上|未満|程度|前後)?(件|名|人)?$/;

/**
 * Read 件数 text. 「約1,200件」 → 1200 about; 「１２００」 → 1200; 「1万人以上」 → 10000
 * at_least; 「100未満」 → 100 less_than; 「不明」, 「100〜200」, "" → null.
 */
export function parseRecordCount(text: string | null | undefined): RecordCount | null {
  if (text == null) return null;
  // NFKC folds full-width digits, commas and spaces; separators and spaces are then dropped.
  const folded = text.normalize("NFKC").replace(/[\s,、]/g, "");
  const m = SHAPE.exec(folded);
  if (m === null) return null;
  const [, prefix, digits, man, unit1, suffix, unit2] = m;
  if (unit1 !== undefined && unit2 !== undefined) return null;
  const value = wholeNumber(digits as string, man !== undefined);
  if (value === null || value > MAX_RECORD_COUNT) return null;
  if (prefix !== undefined && (suffix === "以上" || suffix === "未満")) return null;
  const qualifier: CountQualifier | null =
    suffix === "以上"
      ? "at_least"
      : suffix === "未満"
        ? "less_than"
        : prefix !== undefined || suffix !== undefined
          ? "about"
          : null;
  return { value, qualifier };
}

/** "1200" → 1200; "1.15" with 万 → 11500 (digit by digit: 1.15 × 10,000 is not exact in binary). */
function wholeNumber(digits: string, man: boolean): number | null {
  const [whole = "", fraction = ""] = digits.split(".");
  if (!man) return fraction === "" ? safe(Number(whole)) : null;
  if (fraction.length > 4) return null;
  return safe(Number(whole) * 10_000 + Number(fraction.padEnd(4, "0")));
}

const safe = (n: number) => (Number.isSafeInteger(n) ? n : null);

/** 件数 as the register shows it: 「約1,200」, 「10,000以上」; in English "about 1,200". */
export function formatRecordCount(count: RecordCount, lang: "ja" | "en"): string {
  const n = count.value.toLocaleString("en-US");
  if (count.qualifier === null) return n;
  const label = COUNT_QUALIFIER_LABELS[count.qualifier][lang];
  if (lang === "en") return count.qualifier === "at_least" ? `${n} ${label}` : `${label} ${n}`;
  return count.qualifier === "about" ? `${label}${n}` : `${n}${label}`;
}
