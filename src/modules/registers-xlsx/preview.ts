// The parts of an import that do not depend on the register kind: the uploaded table read with
// its columns resolved, the preview's columns with their mapping and sample values, and the
// list of bad cells in the person's language.
import type { HeaderField } from "../../core/text/header-match.ts";
import type { Lang } from "../../i18n/messages.ts";
import { AppError } from "../../server/app-error.ts";
import { readUploadedTable } from "../shared/safe-upload/safe-upload.ts";
import { applyMapping, type MappingOverride } from "../shared/table-file/column-mapping.ts";
import type { TableFile } from "../shared/table-file/table-file.ts";
import { type CellError, translateErrors } from "./import-common.ts";
import { MAX_LISTED_ERRORS } from "./registers-xlsx.contract.ts";
import { type ImportUpload, tableFileError } from "./upload.ts";

const SAMPLES = 3;
const SAMPLE_LENGTH = 100;

/** The guess corrected by the person's mapping; refuses a mapping without the required keys. */
export function resolveColumns<K extends string>(
  table: TableFile<K>,
  fields: readonly HeaderField<K>[],
  override: MappingOverride | undefined,
  mustHave: K,
): Partial<Record<K, number>> {
  const mapped = applyMapping(
    table.match,
    override,
    fields.map((f) => f.key),
  );
  if (!mapped.ok) throw new AppError("validation", "MAPPING_INVALID", mapped.fields);
  if (mapped.columns[mustHave] === undefined) {
    const column = fields.find((f) => f.key === mustHave)?.aliases[0] ?? mustHave;
    throw new AppError(
      "validation",
      "HEADER_MISSING",
      { mapping: { key: "HEADER_MISSING", params: { column } } },
      { column },
    );
  }
  return mapped.columns;
}

/**
 * Reads the uploaded table (through the safe reader, off the main thread) and its columns (the
 * guess corrected by the person's mapping, which must map `mustHave`); refuses a file without
 * data rows.
 */
export async function readImportTable<K extends string>(
  upload: ImportUpload,
  fields: readonly HeaderField<K>[],
  maxRows: number,
  mustHave: K,
) {
  const read = await readUploadedTable(
    upload,
    { fields, maxRows, ...(upload.sheet ? { sheet: upload.sheet } : {}) },
    upload.limits,
  );
  if (!read.ok) throw tableFileError(read.error);
  const columns = resolveColumns(read.table, fields, upload.mapping, mustHave);
  if (read.table.rows.length === 0) throw tableFileError({ code: "FILE_EMPTY" });
  const missingRequired = fields
    .filter((f) => f.required && columns[f.key] === undefined)
    .map((f) => f.key);
  return { table: read.table, columns, missingRequired };
}
export type ImportTable<K extends string> = Awaited<ReturnType<typeof readImportTable<K>>>;

/** What a preview says about the file itself: its sheets, header row and columns. */
export function previewFile<K extends string>(read: ImportTable<K>) {
  return {
    mode: "preview" as const,
    sheets: read.table.sheets,
    sheet: read.table.sheet,
    headerRow: read.table.headerRow,
    columns: previewColumns(read.table, read.columns),
    missingRequired: read.missingRequired,
  };
}

export function previewColumns<K extends string>(
  table: TableFile<K>,
  columns: Partial<Record<K, number>>,
) {
  const fieldAt = new Map<number, K>();
  for (const [key, index] of Object.entries(columns) as [K, number][]) fieldAt.set(index, key);
  let width = table.headers.length;
  for (const index of fieldAt.keys()) width = Math.max(width, index + 1);
  const out = [];
  for (let index = 0; index < width; index++) {
    const field = fieldAt.get(index) ?? null;
    const header = table.headers[index] ?? "";
    const samples: string[] = [];
    for (const row of table.rows) {
      if (samples.length >= SAMPLES) break;
      const v = row.cells[index] ?? "";
      if (v !== "" && !samples.includes(v)) samples.push(v.slice(0, SAMPLE_LENGTH));
    }
    if (header === "" && field === null && samples.length === 0) continue;
    const guessed = field !== null && table.match.mapping[field] === index;
    out.push({
      index,
      header,
      field,
      confidence: guessed ? (table.match.confidence[field] ?? null) : null,
      samples,
    });
  }
  return out;
}

export function listErrors(errors: readonly CellError[], lang: Lang) {
  return {
    errors: translateErrors(errors.slice(0, MAX_LISTED_ERRORS), lang),
    errorCount: errors.length,
  };
}

/** Commit refused: every bad cell (up to the listing cap), nothing written. */
export function importInvalid(errors: readonly CellError[], lang: Lang): AppError {
  return new AppError(
    "validation",
    "IMPORT_INVALID",
    { file: { key: "IMPORT_INVALID" } },
    {},
    listErrors(errors, lang),
  );
}
