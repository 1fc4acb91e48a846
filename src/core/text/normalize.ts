/**
 * Width and spelling normalisation for text typed into spreadsheets and forms.
 *
 * Meant for matching and parsing (headers, dates, yes/no words, enum values), not for
 * rewriting what a person entered: NFKC also folds compatibility characters, so
 * "①" becomes "1", "㈱" becomes "(株)" and "㍻" becomes "平成".
 */

const SPACING_SOUND_MARKS = /([\u309B\u309C])/;
const LONE_COMBINING_MARKS = /[\u3099\u309A]/g;

/**
 * Full-width ASCII letters, digits and punctuation become half-width and the ideographic
 * space (U+3000) becomes a normal space; half-width katakana become full-width
 * ("ｶﾞｲﾄﾞ" → "ガイド"). Based on NFKC, with two fixes for Japanese text:
 * - the spacing sound marks ゛ ゜ are kept as they are (NFKC would turn them into a space
 *   plus a combining mark);
 * - a half-width sound mark that cannot be composed with the kana before it ("ﾅﾞ") is kept
 *   as the spacing mark ゛ / ゜ instead of a lone combining mark.
 */
export function toHalfWidth(s: string): string {
  return s
    .split(SPACING_SOUND_MARKS)
    .map((part) => (part === "\u309B" || part === "\u309C" ? part : part.normalize("NFKC")))
    .join("")
    .replace(LONE_COMBINING_MARKS, (c) => (c === "\u3099" ? "\u309B" : "\u309C"));
}

/** Whitespace of every kind (incl. U+3000, line breaks inside a cell) and zero-width characters. */
const SPACES = /[\s\u200B-\u200D\u2060]/g;
/** Note and emphasis markers companies put on headers: ※, *, ★, ●, ◎, ■, ◆, ▲, ▼ … */
const MARKERS = /[※*†‡★☆◎●◆◇■□▲△▼▽]/g;
/** Opening and closing brackets of every style, unified to "(" and ")". */
const OPEN_BRACKETS = /[[{「『【〔〈《<｢]/g;
const CLOSE_BRACKETS = /[\]}」』】〕〉》>｣]/g;

/**
 * A spreadsheet header cell reduced to a comparable key: half-width (see toHalfWidth), all
 * spaces removed, marker characters such as ※ and ★ removed, brackets of every style
 * unified to "(…)" (their content is kept; empty brackets are dropped), trailing colons
 * removed and Latin letters lower-cased.
 * "　※保管期限【年】：" → "保管期限(年)"; "Retention Period" → "retentionperiod".
 */
export function normalizeHeader(s: string): string {
  let h = toHalfWidth(s)
    .replace(SPACES, "")
    .replace(MARKERS, "")
    .replace(OPEN_BRACKETS, "(")
    .replace(CLOSE_BRACKETS, ")");
  let previous: string;
  do {
    previous = h;
    h = h.replace(/\(\)/g, "").replace(/:+$/, "");
  } while (h !== previous);
  return h.toLowerCase();
}
