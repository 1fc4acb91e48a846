// The person's corrections to the guessed column mapping, as sent from the import preview:
// { "<column index>": "<field key>" | null }. Columns not mentioned keep the guess.
import type { HeaderMatchResult } from "../../../core/text/header-match.ts";
import type { FieldError } from "../../../server/app-error.ts";
import { MAX_COLUMNS } from "./sheet-rows.ts";

export type MappingOverride = Record<string, string | null>;

export type MappingResult<K extends string> =
  | { ok: true; columns: Partial<Record<K, number>> }
  | { ok: false; fields: Record<string, FieldError> };

/**
 * Applies the override to the guess. A field given to a column explicitly leaves the column it
 * was guessed for; null unmaps a column. Refused: an unknown field key, a column index outside
 * 0–199, and one field given to two columns.
 */
export function applyMapping<K extends string>(
  guess: HeaderMatchResult<K>,
  override: MappingOverride | undefined,
  keys: readonly K[],
): MappingResult<K> {
  const byColumn = new Map<number, K>();
  for (const [key, column] of Object.entries(guess.mapping) as [K, number][]) {
    byColumn.set(column, key);
  }
  const fields: Record<string, FieldError> = {};
  const explicit = new Map<K, number>();
  for (const [column, key] of Object.entries(override ?? {})) {
    const index = Number(column);
    const where = `mapping.${column}`;
    if (!/^\d+$/.test(column) || index >= MAX_COLUMNS) {
      fields[where] = { key: "column_out_of_range", params: { max: MAX_COLUMNS } };
      continue;
    }
    if (key === null) {
      byColumn.delete(index);
      continue;
    }
    if (!(keys as readonly string[]).includes(key)) {
      fields[where] = { key: "unknown_import_field", params: { value: String(key) } };
      continue;
    }
    const other = explicit.get(key as K);
    if (other !== undefined && other !== index) {
      fields[where] = { key: "duplicate_mapping", params: { column: other + 1 } };
      continue;
    }
    explicit.set(key as K, index);
  }
  if (Object.keys(fields).length) return { ok: false, fields };
  for (const [key, index] of explicit) {
    for (const [column, k] of byColumn) if (k === key) byColumn.delete(column);
    byColumn.set(index, key);
  }
  const columns: Partial<Record<K, number>> = {};
  for (const [column, key] of byColumn) columns[key] = column;
  return { ok: true, columns };
}
