// What may appear in any text the product stores: no NUL or other control characters (they
// break PostgreSQL, CSV and Excel, and hide text from reviewers), and no half of a UTF-16
// pair without the other (it cannot be stored as UTF-8). Tab and line breaks only where a
// field holds several lines.

export type TextProblem = "control_chars_not_allowed" | "invalid_characters" | "html_not_allowed";

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** The problem with `value`, or null when it is clean. */
export function textProblem(value: string, allowLineBreaks: boolean): TextProblem | null {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) {
      if (allowLineBreaks && (c === TAB || c === LF || c === CR)) continue;
      return "control_chars_not_allowed";
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return "invalid_characters";
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return "invalid_characters";
  }
  return null;
}

const htmlTag = /<\s*\/?\s*[a-zA-Z!?]/;

/**
 * The policy for text a person types into a form: clean characters (above) and never markup,
 * since it ends up in Excel, PDFs and pages.
 */
export function freeTextProblem(value: string, allowLineBreaks = true): TextProblem | null {
  return textProblem(value, allowLineBreaks) ?? (htmlTag.test(value) ? "html_not_allowed" : null);
}
