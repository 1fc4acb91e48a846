// One spreadsheet cell as the text an importer parses. exceljs hands out many shapes (rich
// text, formulas with a cached result, hyperlinks, dates, errors); all become one string.

/** A calendar day from a Date exceljs built from an Excel date cell (UTC midnight). */
export function isoDay(d: Date): string {
  // Rounding to the second absorbs the float noise of serials like 45383.99999999.
  const t = Math.round(d.getTime() / 1000) * 1000;
  if (!Number.isFinite(t)) return "";
  const x = new Date(t);
  const y = x.getUTCFullYear();
  if (y < 1 || y > 9999) return "";
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(y, 4)}-${pad(x.getUTCMonth() + 1)}-${pad(x.getUTCDate())}`;
}

/** Integers as written; fractions without binary noise (0.1 + 0.2 → "0.3"). */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return "";
  if (Number.isInteger(n)) return String(n);
  return String(Number.parseFloat(n.toPrecision(15)));
}

/** Line breaks unified to \n, no-break spaces to spaces, the ends trimmed. */
export function cleanText(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .trim();
}

/**
 * The text of an exceljs cell value: strings trimmed, numbers without float noise, dates as
 * ISO days (YYYY-MM-DD), booleans TRUE/FALSE, rich text joined, formulas by their cached
 * result, hyperlinks by their text, error values as shown ("#N/A"). Never throws.
 */
export function cellText(v: unknown, depth = 0): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return cleanText(v);
  if (typeof v === "number") return numberText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return isoDay(v);
  if (typeof v !== "object" || depth > 3) return "";
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    const parts = o.richText as Array<{ text?: unknown } | null>;
    return cleanText(parts.map((r) => (typeof r?.text === "string" ? r.text : "")).join(""));
  }
  if ("formula" in o || "sharedFormula" in o || "result" in o) return cellText(o.result, depth + 1);
  if ("text" in o || "hyperlink" in o) {
    const text = cellText(o.text, depth + 1);
    if (text !== "" || typeof o.hyperlink !== "string") return text;
    return cleanText(o.hyperlink.replace(/^mailto:/i, ""));
  }
  return typeof o.error === "string" ? o.error : "";
}
