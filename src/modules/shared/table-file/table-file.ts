// Reads an uploaded register as companies keep it: title and notes rows above the header, the
// header found by how well it matches the known column names, blank rows skipped. Generic over
// the fields, so any import (register, risk analysis, people) can use it.
import {
  type HeaderField,
  type HeaderMatchResult,
  type MatchConfidence,
  matchHeaders,
} from "../../../core/text/header-match.ts";
import { normalizeHeader } from "../../../core/text/normalize.ts";
import { type FileProblem, openTableFile } from "./open-file.ts";
import type { GridRow, RowSource } from "./sheet-rows.ts";

export type { GridRow } from "./sheet-rows.ts";

/** Rows searched for the header, counting non-blank rows from the top. */
export const HEADER_SCAN_ROWS = 30;

export interface ReadTableOptions<K extends string> {
  fields: readonly HeaderField<K>[];
  /** A sheet name; default: the visible sheet whose header matches best (the first on a tie). */
  sheet?: string;
  /** Most data rows accepted below the header. */
  maxRows: number;
}

export interface TableFile<K extends string> {
  /** Every sheet of the file, in workbook order. */
  sheets: string[];
  sheet: string;
  /** Excel row number of the header row. */
  headerRow: number;
  /** Header texts by column (0 = column A). */
  headers: string[];
  /** How the header matched the fields (the guessed column mapping). */
  match: HeaderMatchResult<K>;
  /** Non-blank rows below the header. */
  rows: GridRow[];
}

export type TableFileError = {
  code: FileProblem | "SHEET_NOT_FOUND" | "HEADER_MISSING" | "TOO_MANY_ROWS";
  params?: Record<string, string | number>;
  /** The Excel row the problem is on, when there is one. */
  row?: number;
};

export type TableFileResult<K extends string> =
  | { ok: true; table: TableFile<K> }
  | { ok: false; error: TableFileError };

const WEIGHT: Record<MatchConfidence, number> = { exact: 3, alias: 2, fuzzy: 1 };

/** Sum of the matched columns' weights: a real header row scores far above a title or a note. */
export function headerScore<K extends string>(m: HeaderMatchResult<K>): number {
  return Object.values<MatchConfidence | undefined>(m.confidence).reduce(
    (sum, c) => sum + (c ? WEIGHT[c] : 0),
    0,
  );
}

/** A header needs more than one fuzzy hit: a notes line often contains a column name. */
const MIN_HEADER_SCORE = 2;

export interface HeaderGuess<K extends string> {
  index: number;
  score: number;
  match: HeaderMatchResult<K>;
}

/** The best-matching row among `rows` (earliest on a tie), or null when none looks like a header. */
export function findHeaderRow<K extends string>(
  rows: readonly GridRow[],
  fields: readonly HeaderField<K>[],
): HeaderGuess<K> | null {
  let best: HeaderGuess<K> | null = null;
  rows.slice(0, HEADER_SCAN_ROWS).forEach((row, index) => {
    const match = matchHeaders(row.cells, fields);
    const score = headerScore(match);
    if (score >= MIN_HEADER_SCORE && (best === null || score > best.score)) {
      best = { index, score, match };
    }
  });
  return best;
}

function pickSheet<K extends string>(
  sources: RowSource[],
  options: ReadTableOptions<K>,
): { source: RowSource; guess: HeaderGuess<K> | null; head: GridRow[] } | TableFileError {
  if (options.sheet !== undefined) {
    const wanted = normalizeHeader(options.sheet);
    const source =
      sources.find((s) => s.name === options.sheet) ??
      sources.find((s) => normalizeHeader(s.name) === wanted);
    if (!source) return { code: "SHEET_NOT_FOUND", params: { sheet: options.sheet } };
    const head = source.rows(HEADER_SCAN_ROWS);
    return { source, guess: findHeaderRow(head, options.fields), head };
  }
  let chosen: { source: RowSource; guess: HeaderGuess<K> | null; head: GridRow[] } | null = null;
  for (const source of sources) {
    if (source.hidden) continue;
    const head = source.rows(HEADER_SCAN_ROWS);
    const guess = findHeaderRow(head, options.fields);
    const score = guess?.score ?? -1;
    if (chosen === null || score > (chosen.guess?.score ?? -1)) chosen = { source, guess, head };
  }
  const first = sources[0];
  if (chosen === null && first) {
    const head = first.rows(HEADER_SCAN_ROWS);
    chosen = { source: first, guess: findHeaderRow(head, options.fields), head };
  }
  return chosen ?? { code: "FILE_EMPTY" };
}

/**
 * Opens the file, picks the sheet and its header row, and returns the rows below it. Problems
 * of the file as a whole (unreadable, no header, too many rows) come back as an error; the
 * cells themselves are for the caller to judge. Never throws.
 */
export async function readTableFile<K extends string>(
  buffer: Buffer,
  filename: string,
  options: ReadTableOptions<K>,
): Promise<TableFileResult<K>> {
  const sources = await openTableFile(buffer, filename);
  if (typeof sources === "string") return { ok: false, error: { code: sources } };
  const picked = pickSheet(sources, options);
  if ("code" in picked) return { ok: false, error: picked };
  const { source, guess, head } = picked;
  if (head.length === 0) return { ok: false, error: { code: "FILE_EMPTY" } };
  const headerLine = head[guess?.index ?? -1];
  if (guess === null || headerLine === undefined) {
    const label = options.fields.find((f) => f.required)?.aliases[0] ?? "";
    return { ok: false, error: { code: "HEADER_MISSING", params: { column: label } } };
  }
  // Everything up to the header, plus one row more than allowed: enough to say "too many".
  const all = source.rows(guess.index + 1 + options.maxRows + 1);
  const rows = all.slice(guess.index + 1);
  if (rows.length > options.maxRows) {
    const row = rows[options.maxRows]?.line;
    return {
      ok: false,
      error: { code: "TOO_MANY_ROWS", params: { max: options.maxRows }, ...(row ? { row } : {}) },
    };
  }
  return {
    ok: true,
    table: {
      sheets: sources.map((s) => s.name),
      sheet: source.name,
      headerRow: headerLine.line,
      headers: headerLine.cells,
      match: guess.match,
      rows,
    },
  };
}
