/**
 * Map the header row of an uploaded spreadsheet to known fields. Companies name their
 * columns in many ways ("保管期限", "保存期間", "保管期限（年）"), so each field lists aliases
 * and matching works on normalised headers (see normalizeHeader).
 */

import { normalizeHeader } from "./normalize.ts";

export interface HeaderField<K extends string = string> {
  key: K;
  /** Header spellings; the first one is the field's own label (what our export writes). */
  aliases: readonly string[];
  required?: boolean;
}

/**
 * How a column was matched:
 * - "exact": the header is the field's key or its first alias (its label);
 * - "alias": the header is one of the other aliases;
 * - "fuzzy": the header contains an alias ("保管期限（年）" ⊃ "保管期限") — worth confirming.
 */
export type MatchConfidence = "exact" | "alias" | "fuzzy";

export interface HeaderMatchResult<K extends string> {
  /** Column index (0-based) per matched field. */
  mapping: Partial<Record<K, number>>;
  confidence: Partial<Record<K, MatchConfidence>>;
  /** Columns with a non-empty header that no field took, ascending. Empty header cells are ignored. */
  unmatched: number[];
  /** Required fields without a column, in field order. */
  missingRequired: K[];
}

const TIER: Record<MatchConfidence, number> = { exact: 0, alias: 1, fuzzy: 2 };

/** Shortest alias used for a "contains" match; ASCII-only aliases need more letters ("no" ⊂ "notes"). */
const MIN_FUZZY_LENGTH = 2;
const MIN_FUZZY_LENGTH_ASCII = 4;

interface Candidate {
  column: number;
  field: number;
  confidence: MatchConfidence;
  /** For fuzzy matches see fuzzyScore; 1 for exact and alias matches. */
  score: number;
}

/**
 * Score of the best alias the header contains: 1 extra point when the header starts with it
 * (notes usually follow the name: "保管期限（年）"; "委託先名称" is about the contractor, not a
 * 名称), plus the share of the header it covers. 0 when no alias fits.
 */
function fuzzyScore(header: string, terms: readonly string[]): number {
  let best = 0;
  for (const t of terms) {
    const min = /^[\x20-\x7e]+$/.test(t) ? MIN_FUZZY_LENGTH_ASCII : MIN_FUZZY_LENGTH;
    if (t.length < min || !header.includes(t)) continue;
    const score = (header.startsWith(t) ? 1 : 0) + t.length / header.length;
    best = Math.max(best, score);
  }
  return best;
}

interface FieldTerms {
  /** The key and the first alias, normalised. */
  labelTerms: string[];
  /** The other aliases, normalised. */
  aliasTerms: string[];
}

function termsOf(f: HeaderField): FieldTerms {
  return {
    labelTerms: [f.key, f.aliases[0] ?? ""].map(normalizeHeader).filter((t) => t !== ""),
    aliasTerms: f.aliases
      .slice(1)
      .map(normalizeHeader)
      .filter((t) => t !== ""),
  };
}

function candidateFor(header: string, { labelTerms, aliasTerms }: FieldTerms): Candidate | null {
  if (labelTerms.includes(header)) return { column: -1, field: -1, confidence: "exact", score: 1 };
  if (aliasTerms.includes(header)) return { column: -1, field: -1, confidence: "alias", score: 1 };
  const score = fuzzyScore(header, [...labelTerms, ...aliasTerms]);
  return score > 0 ? { column: -1, field: -1, confidence: "fuzzy", score } : null;
}

/**
 * Assign header columns to fields. All possible pairs are ranked — exact before alias before
 * fuzzy; among fuzzy matches a header starting with the alias first, then the alias covering
 * more of the header; then the leftmost
 * column; then the field listed first — and taken greedily, so a column never serves two
 * fields and a field never takes two columns. The result depends only on the input.
 * @throws RangeError when two fields share a key.
 */
export function matchHeaders<K extends string>(
  headerCells: readonly (string | null | undefined)[],
  fields: readonly HeaderField<K>[],
): HeaderMatchResult<K> {
  const keys = new Set<string>();
  for (const f of fields) {
    if (keys.has(f.key)) throw new RangeError(`duplicate field key: ${f.key}`);
    keys.add(f.key);
  }

  const terms = fields.map(termsOf);
  const headers = headerCells.map((c) => normalizeHeader(c ?? ""));
  const candidates: Candidate[] = [];
  headers.forEach((header, column) => {
    if (header === "") return;
    terms.forEach((t, field) => {
      const c = candidateFor(header, t);
      if (c !== null) candidates.push({ ...c, column, field });
    });
  });
  candidates.sort(
    (a, b) =>
      TIER[a.confidence] - TIER[b.confidence] ||
      b.score - a.score ||
      a.column - b.column ||
      a.field - b.field,
  );

  const mapping: Partial<Record<K, number>> = {};
  const confidence: Partial<Record<K, MatchConfidence>> = {};
  const takenColumns = new Set<number>();
  for (const c of candidates) {
    const f = fields[c.field];
    if (f === undefined || takenColumns.has(c.column) || mapping[f.key] !== undefined) continue;
    mapping[f.key] = c.column;
    confidence[f.key] = c.confidence;
    takenColumns.add(c.column);
  }

  const unmatched: number[] = [];
  headers.forEach((header, column) => {
    if (header !== "" && !takenColumns.has(column)) unmatched.push(column);
  });
  const missingRequired = fields
    .filter((f) => f.required === true && mapping[f.key] === undefined)
    .map((f) => f.key);
  return { mapping, confidence, unmatched, missingRequired };
}
