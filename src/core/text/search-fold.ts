/**
 * Folds text for substring search the way the database function mamori_fold does (migration
 * 0003): NFKC (full-width Ａ１ → A1, half-width ｶﾅ → カナ), lower case, hiragana → katakana.
 * So "ぶらうざ", "ブラウザ" and "ﾌﾞﾗｳｻﾞ" find the same rows.
 */
export function foldForSearch(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFKC").toLowerCase()) {
    const code = ch.codePointAt(0) ?? 0;
    // ぁ (U+3041) … ゖ (U+3096) sit 0x60 below ァ … ヶ.
    out += code >= 0x3041 && code <= 0x3096 ? String.fromCodePoint(code + 0x60) : ch;
  }
  return out;
}
