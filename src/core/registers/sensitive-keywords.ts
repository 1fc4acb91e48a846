/**
 * Suggest whether a register row holds 要配慮個人情報 (special-care data) from its data items.
 * Only a suggestion: the person confirms the "sensitive" column. Categories follow
 * docs/domain.md#special-care-data (APPI Art.2(3), the items its Cabinet Order adds, and the
 * three the 2023 rules treat the same way); the keywords under each are our own matching aids
 * and can be extended without code changes. My Number data (特定個人情報) is a separate flag,
 * not special-care data: see findMyNumberItems.
 */

import type { Bilingual } from "../i18n-text.ts";
import { toHalfWidth } from "../text/normalize.ts";

export interface SensitiveCategory {
  key: string;
  label: Bilingual;
  /** Where the category comes from. */
  source: "appi_art2_3" | "appi_cabinet_order" | "jis_2023_rules";
  /** false: the category's source is not confirmed against the published text. */
  verified: boolean;
  toVerify?: string;
  /** Words that, found inside a data item, suggest this category. */
  keywords: readonly string[];
}

export const SENSITIVE_CATEGORIES: readonly SensitiveCategory[] = [
  {
    key: "race",
    label: { ja: "人種", en: "Race" },
    source: "appi_art2_3",
    verified: true,
    keywords: ["人種"],
  },
  {
    key: "creed",
    label: { ja: "信条", en: "Creed" },
    source: "appi_art2_3",
    verified: true,
    keywords: ["信条", "宗教", "信仰", "思想"],
  },
  {
    key: "social_status",
    label: { ja: "社会的身分", en: "Social status" },
    source: "appi_art2_3",
    verified: true,
    keywords: ["社会的身分"],
  },
  {
    key: "medical_history",
    label: { ja: "病歴", en: "Medical history" },
    source: "appi_art2_3",
    verified: true,
    keywords: [
      "病歴",
      "既往歴",
      "病名",
      "傷病",
      "診断書",
      "診断名",
      "診療",
      "通院",
      "服薬",
      "処方",
      "調剤",
      "保健指導",
    ],
  },
  {
    key: "criminal_record",
    label: { ja: "犯罪の経歴", en: "Criminal record" },
    source: "appi_art2_3",
    verified: true,
    keywords: ["犯罪歴", "犯罪の経歴", "前科", "逮捕歴"],
  },
  {
    key: "crime_victim",
    label: { ja: "犯罪被害の事実", en: "Having been a crime victim" },
    source: "appi_art2_3",
    verified: true,
    keywords: ["犯罪被害", "被害の事実", "被害歴"],
  },
  {
    key: "disability",
    label: { ja: "障害", en: "Disability" },
    source: "appi_art2_3",
    verified: true,
    keywords: ["障害", "障がい", "障碍"],
  },
  {
    key: "health_check",
    label: { ja: "健康診断等の結果", en: "Health check results" },
    source: "appi_art2_3",
    verified: true,
    keywords: ["健康診断", "健診", "検診", "ストレスチェック", "人間ドック"],
  },
  {
    key: "genome",
    label: { ja: "ゲノム・遺伝子情報", en: "Genome and genetic data" },
    source: "appi_cabinet_order",
    verified: false,
    toVerify: "which item of the Cabinet Order (施行令第2条) covers it",
    keywords: ["ゲノム", "遺伝子", "遺伝情報", "DNA"],
  },
  {
    key: "criminal_procedure",
    label: { ja: "刑事事件の手続", en: "Criminal proceedings against the person" },
    source: "appi_cabinet_order",
    verified: false,
    toVerify: "item number in the Cabinet Order (施行令第2条)",
    keywords: ["刑事事件", "被疑者", "被告人", "起訴", "逮捕"],
  },
  {
    key: "juvenile_protection",
    label: { ja: "少年の保護事件の手続", en: "Juvenile protection proceedings" },
    source: "appi_cabinet_order",
    verified: false,
    toVerify: "item number in the Cabinet Order (施行令第2条)",
    keywords: ["少年の保護事件", "保護事件", "少年審判", "保護処分"],
  },
  {
    key: "sex_life",
    label: { ja: "性生活", en: "Sex life" },
    source: "jis_2023_rules",
    verified: false,
    toVerify: "the guideline item that treats it like special-care data",
    keywords: ["性生活"],
  },
  {
    key: "sexual_orientation",
    label: { ja: "性的指向", en: "Sexual orientation" },
    source: "jis_2023_rules",
    verified: false,
    toVerify: "the guideline item that treats it like special-care data",
    keywords: ["性的指向"],
  },
  {
    key: "trade_union",
    label: { ja: "労働組合への加盟", en: "Trade union membership" },
    source: "jis_2023_rules",
    verified: false,
    toVerify: "the guideline item that treats it like special-care data",
    keywords: ["労働組合"],
  },
];

export interface SensitiveMatch {
  item: string;
  keyword: string;
  category: string;
}

/** Data items that look like special-care data, with the keyword and category that matched. */
export function findSensitiveItems(dataItems: readonly string[]): SensitiveMatch[] {
  const matches: SensitiveMatch[] = [];
  for (const item of dataItems) {
    const text = toHalfWidth(item).replace(/\s/g, "");
    for (const c of SENSITIVE_CATEGORIES) {
      const keyword = c.keywords.find((k) => text.includes(k));
      if (keyword !== undefined) matches.push({ item, keyword, category: c.key });
    }
  }
  return matches;
}

/** Suggested value of the "sensitive" column: true when any data item matches a keyword. */
export function suggestSensitive(dataItems: readonly string[]): boolean {
  return findSensitiveItems(dataItems).length > 0;
}

/**
 * Words naming My Number data (個人番号, 特定個人情報 under the 番号法). Such items get their own
 * flag (DataItem.myNumber), not the 要配慮 flag: the 番号法 and its guideline set the rules.
 */
export const MY_NUMBER_KEYWORDS: readonly string[] = ["マイナンバー", "個人番号", "特定個人情報"];

/** Data items that look like My Number data, with the keyword that matched. */
export function findMyNumberItems(
  dataItems: readonly string[],
): { item: string; keyword: string }[] {
  const matches: { item: string; keyword: string }[] = [];
  for (const item of dataItems) {
    const text = toHalfWidth(item).replace(/\s/g, "");
    const keyword = MY_NUMBER_KEYWORDS.find((k) => text.includes(k));
    if (keyword !== undefined) matches.push({ item, keyword });
  }
  return matches;
}
