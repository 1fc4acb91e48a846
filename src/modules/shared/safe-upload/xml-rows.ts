// Counts the rows of a worksheet's XML that hold a value, on the bytes, without building
// anything: a <row> counts when one of its cells has a <v> with text (a number, a shared string
// index, a formula's cached result) or an inline string's <t> with text. Empty <v></v> (a
// formula whose result is empty), <v/>, style-only cells and empty rows do not count.

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const QUOT = 0x22;
const APOS = 0x27;

const CDATA_OPEN = Buffer.from("<![CDATA[");
const CDATA_CLOSE = Buffer.from("]]>");
const COMMENT_OPEN = Buffer.from("<!--");
const COMMENT_CLOSE = Buffer.from("-->");
const PI_CLOSE = Buffer.from("?>");

const isNameEnd = (b: number | undefined) =>
  b === undefined ||
  b === 0x20 ||
  b === 0x09 ||
  b === 0x0a ||
  b === 0x0d ||
  b === SLASH ||
  b === GT;

type Tag = "row" | "value" | null;

/** The tag whose name starts at `at` (namespace prefix ignored): a row, a <v>/<t>, or other. */
function tagAt(xml: Buffer, at: number): { tag: Tag; nameEnd: number } {
  let end = at;
  let local = at;
  while (!isNameEnd(xml[end])) {
    if (xml[end] === COLON) local = end + 1;
    end++;
  }
  const length = end - local;
  if (length === 3 && xml[local] === 0x72 && xml[local + 1] === 0x6f && xml[local + 2] === 0x77)
    return { tag: "row", nameEnd: end };
  if (length === 1 && (xml[local] === 0x76 || xml[local] === 0x74))
    return { tag: "value", nameEnd: end };
  return { tag: null, nameEnd: end };
}

/** The '>' ending a start tag (quoted attribute values may hold '>'), or -1. */
function tagEnd(xml: Buffer, from: number): number {
  for (let i = from; i < xml.length; i++) {
    const b = xml[i];
    if (b === GT) return i;
    if (b === QUOT || b === APOS) {
      const close = xml.indexOf(b, i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

const startsWith = (xml: Buffer, at: number, s: Buffer) =>
  xml.length >= at + s.length && xml.compare(s, 0, s.length, at, at + s.length) === 0;

/**
 * Rows holding a value. Stops once the count passes `stopAfter` (the caller only needs to know
 * that there are too many). Malformed XML is counted as far as it goes; the parser judges it.
 */
export function countValueRows(xml: Buffer, stopAfter = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let inRow = false;
  let rowHasValue = false;
  /** Inside a <v> or <t> of a row: where its text started, else -1. */
  let textFrom = -1;
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf(LT, at);
    if (lt < 0) break;
    if (textFrom >= 0 && lt > textFrom) rowHasValue = true;
    const next = xml[lt + 1];
    if (next === BANG) {
      if (startsWith(xml, lt, CDATA_OPEN)) {
        const close = xml.indexOf(CDATA_CLOSE, lt + CDATA_OPEN.length);
        if (close < 0) break;
        if (textFrom >= 0 && close > lt + CDATA_OPEN.length) rowHasValue = true;
        at = close + CDATA_CLOSE.length;
      } else if (startsWith(xml, lt, COMMENT_OPEN)) {
        const close = xml.indexOf(COMMENT_CLOSE, lt + COMMENT_OPEN.length);
        if (close < 0) break;
        at = close + COMMENT_CLOSE.length;
      } else at = lt + 2;
      if (textFrom >= 0) textFrom = at;
      continue;
    }
    if (next === QUESTION) {
      const close = xml.indexOf(PI_CLOSE, lt + 2);
      if (close < 0) break;
      at = close + PI_CLOSE.length;
      continue;
    }
    if (next === SLASH) {
      const { tag, nameEnd } = tagAt(xml, lt + 2);
      if (tag === "row" && inRow) {
        if (rowHasValue && ++count > stopAfter) return count;
        inRow = false;
      }
      if (tag === "value") textFrom = -1;
      at = nameEnd;
      continue;
    }
    const { tag, nameEnd } = tagAt(xml, lt + 1);
    textFrom = -1;
    if (tag === null) {
      // Other tags need no end: '<' cannot appear unescaped inside them.
      at = nameEnd;
      continue;
    }
    const gt = tagEnd(xml, nameEnd);
    if (gt < 0) break;
    const selfClosing = xml[gt - 1] === SLASH;
    if (tag === "row" && !selfClosing) {
      // A row left open by malformed XML is not counted; the new one starts afresh.
      inRow = true;
      rowHasValue = false;
    } else if (tag === "value" && !selfClosing && inRow) textFrom = gt + 1;
    at = gt + 1;
  }
  return count;
}
