/**
 * Yes/no answers as companies write them in register columns (有/無, ○/×, 要/不要 …).
 * Matching ignores letter case, character width and surrounding spaces.
 */

import { toHalfWidth } from "./normalize.ts";

/** Words and marks read as "yes", in their normalised form (half-width, lower-case). */
export const YES_WORDS: readonly string[] = [
  "○", // U+25CB white circle
  "〇", // U+3007 ideographic number zero, often typed for ○
  "◯", // U+25EF large circle
  "◎",
  "⭕",
  "✓",
  "✔",
  "✅",
  "☑",
  "有",
  "有り",
  "あり",
  "アリ",
  "はい",
  "要",
  "必要",
  "済",
  "該当",
  "対象",
  "yes",
  "y",
  "true",
  "1",
];

/** Words and marks read as "no", in their normalised form (half-width, lower-case). */
export const NO_WORDS: readonly string[] = [
  "×", // U+00D7 multiplication sign
  "✕",
  "✖",
  "✗",
  "✘",
  "❌",
  "無",
  "無し",
  "なし",
  "ナシ",
  "いいえ",
  "不要",
  "未",
  "非該当",
  "該当なし",
  "対象外",
  "no",
  "n",
  "false",
  "0",
];

/**
 * Placeholders read as "not answered" (null), like an empty cell: a lone dash of any kind,
 * a slash, "n/a". Decision: in Japanese spreadsheets a dash usually means "nothing entered /
 * not applicable". Reading it as "no" would record a fact (e.g. "no consent needed", "not
 * special-care data") that nobody may have checked; as null the row shows up as unanswered
 * and is reviewed instead.
 */
export const BLANK_WORDS: readonly string[] = [
  "-",
  "\u2010", // hyphen
  "\u2012", // figure dash
  "\u2013", // en dash
  "\u2014", // em dash
  "\u2015", // horizontal bar
  "\u2212", // minus sign
  "\u30FC", // katakana prolonged sound mark ー
  "\u2500", // box drawing ─
  "/",
  "n/a",
];

const YES = new Set(YES_WORDS);
const NO = new Set(NO_WORDS);
const BLANK = new Set(BLANK_WORDS);

/**
 * true for a yes word, false for a no word, null for an empty cell or a placeholder dash
 * (see BLANK_WORDS), "invalid" for anything else. Booleans pass through; the numbers 1 and 0
 * are yes and no (other numbers are invalid). undefined and null are null.
 */
export function parseYesNo(input: unknown): boolean | null | "invalid" {
  if (input === undefined || input === null) return null;
  if (typeof input === "boolean") return input;
  if (typeof input === "number") {
    if (input === 1) return true;
    if (input === 0) return false;
    return "invalid";
  }
  if (typeof input !== "string") return "invalid";
  const word = toHalfWidth(input).trim().toLowerCase();
  if (word === "" || BLANK.has(word)) return null;
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return "invalid";
}
