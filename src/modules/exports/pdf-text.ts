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

function wrapParagraph(text: string, width: number, size: number, out: string[]) {
  const chars = [...text];
  let line: string[] = [];
  let w = 0;
  /** Index in `line` just after the last space: where a Latin word may move down whole. */
  let lastSpace = -1;
  for (const ch of chars) {
    const cw = charWidth(ch, size);
    if (w + cw > width && line.length && !NO_LINE_START.has(ch)) {
      let carry: string[] = [];
      if (/[\x21-\x7e]/.test(ch) && lastSpace > 0) {
        carry = line.slice(lastSpace);
        line = line.slice(0, lastSpace);
      }
      out.push(line.join("").trimEnd());
      line = carry;
      w = carry.reduce((sum, c) => sum + charWidth(c, size), 0);
      lastSpace = -1;
    }
    if (ch === " " && !line.length) continue;
    line.push(ch);
    w += cw;
    if (ch === " ") lastSpace = line.length;
  }
  out.push(line.join("").trimEnd());
}
