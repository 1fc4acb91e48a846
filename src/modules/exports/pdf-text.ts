// Line breaking for table cells, done here rather than by pdfmake: pdfmake breaks Japanese
// text after every character and lays out each character as its own piece, which makes a
// 10,000-row register several times slower. Each cell becomes a few whole lines instead.
import { charWidth } from "./pdf-font.ts";

/** Characters that must not begin a line (行頭禁則): they stay at the end of the line before. */
const NO_LINE_START = new Set([
  ..."、。，．,.)）」』】〕〉》]｝}・：；:;!?！？ゝゞーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〜～",
]);

/** The most lines one cell prints; longer text ends in "…" (the xlsx export has it whole). */
export const MAX_CELL_LINES = 30;

/**
 * Splits `text` into lines no wider than `width` points at `size` points, keeping explicit
 * line breaks, breaking Latin words at spaces where it can and anywhere otherwise.
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, "\n").split("\n")) {
    wrapParagraph(paragraph, width, size, lines);
    if (lines.length > MAX_CELL_LINES) break;
  }
  if (lines.length > MAX_CELL_LINES) {
    lines.length = MAX_CELL_LINES;
    lines[MAX_CELL_LINES - 1] = `${lines[MAX_CELL_LINES - 1]?.slice(0, -1) ?? ""}…`;
  }
  return lines;
}

/** Dates never break inside (「2026-08-0」 / 「6」 read as another day). */
const DATE = /(?:令和|平成|昭和)?\d{1,4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/g;
const LATIN = /[\x21-\x7e]/;

/** For each character: may a line begin with it? */
function lineStarts(chars: string[]): boolean[] {
  const ok = chars.map(
    (ch, i) => !NO_LINE_START.has(ch) && !(LATIN.test(ch) && LATIN.test(chars[i - 1] ?? " ")),
  );
  // Indices below count code points, as `chars` does (dates are all in the BMP).
  for (const m of chars.join("").matchAll(DATE))
    for (let i = m.index + 1; i < m.index + m[0].length; i++) ok[i] = false;
  return ok;
}

/**
 * Fills lines greedily. When the next character does not fit, the line ends before the
 * nearest character a line may begin with (moving 「お」 down with 「っ」, a Latin word or a
 * date down whole), so no line runs past the cell; only text with no such place is cut
 * anywhere.
 */
function wrapParagraph(text: string, width: number, size: number, out: string[]) {
  const chars = [...text];
  const starts = lineStarts(chars);
  /** Indices into `chars` of the current line. */
  let line: number[] = [];
  let w = 0;
  const widthOf = (ids: number[]) =>
    ids.reduce((sum, i) => sum + charWidth(chars[i] ?? "", size), 0);
  chars.forEach((ch, i) => {
    const cw = charWidth(ch, size);
    if (w + cw > width && line.length) {
      let cut = line.length;
      if (!starts[i]) {
        cut = 0;
        for (let k = line.length - 1; k > 0 && cut === 0; k--) if (starts[line[k] ?? 0]) cut = k;
        if (cut === 0) cut = line.length;
      }
      out.push(
        line
          .slice(0, cut)
          .map((k) => chars[k])
          .join("")
          .trimEnd(),
      );
      line = line.slice(cut);
      while (line.length && chars[line[0] ?? 0] === " ") line.shift();
      w = widthOf(line);
    }
    if (ch === " " && !line.length) return;
    line.push(i);
    w += cw;
  });
  out.push(
    line
      .map((k) => chars[k])
      .join("")
      .trimEnd(),
  );
}
