// Import (preview, then commit) and export of the register and the risk analysis as xlsx.
// The import is one multipart request: `file`, and the optional fields `mode` (preview |
// commit, default preview), `sheet` (a sheet name) and `mapping` (JSON
// {"<column index>": "<field key>" | null}: corrections to the guessed column mapping).
import { z } from "zod";

export const importModes = ["preview", "commit"] as const;
export type ImportMode = (typeof importModes)[number];

export const cellErrorOut = z.object({
  /** Row number as Excel shows it. */
  row: z.number().int(),
  /** The column header as written in the file. */
  column: z.string(),
  field: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
});

export const importColumnOut = z.object({
  /** 0 = column A. */
  index: z.number().int(),
  header: z.string(),
  /** The field the column is read as (guessed, or as the mapping said); null: ignored. */
  field: z.string().nullable(),
  /** How the header matched when guessed: exact, alias, fuzzy (confirm it); null when set by hand. */
  confidence: z.enum(["exact", "alias", "fuzzy"]).nullable(),
  /** Up to three values from the first rows, for the person to check the mapping. */
  samples: z.array(z.string()),
});

const previewCommon = {
  mode: z.literal("preview"),
  sheets: z.array(z.string()),
  sheet: z.string(),
  headerRow: z.number().int(),
  columns: z.array(importColumnOut),
  /** Fields the register or analysis should have (docs/domain.md, the import) with no column. */
  missingRequired: z.array(z.string()),
  /** Data rows read (blank rows not counted). */
  rows: z.number().int(),
  errors: z.array(cellErrorOut),
  /** Every bad cell counted; `errors` lists at most the first 10,000. */
  errorCount: z.number().int(),
};

export const registerPreviewOut = z.object({
  ...previewCommon,
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  /**
   * Departments the file names that the organization does not have, with the rows naming each.
   * Sent with createDepartments=true, the import creates them in the same commit (and the
   * preview counts the rows as if they existed).
   */
  unknownDepartments: z.array(z.object({ name: z.string(), rows: z.number().int() })),
  createDepartments: z.boolean(),
});
export const registerCommitOut = z.object({
  mode: z.literal("commit"),
  /** Departments created by this import (createDepartments=true). */
  departmentsCreated: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  total: z.number().int(),
});
export const registerImportOut = z.discriminatedUnion("mode", [
  registerPreviewOut,
  registerCommitOut,
]);
export type RegisterImportOut = z.infer<typeof registerImportOut>;

/** Risk rows: the rows of the items in the file replace their stored rows (see risk-import.ts). */
const riskCounts = {
  /** Register items whose risk rows the file replaces. */
  items: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  delete: z.number().int(),
};
export const riskPreviewOut = z.object({ ...previewCommon, ...riskCounts });
export const riskCommitOut = z.object({
  mode: z.literal("commit"),
  ...riskCounts,
  total: z.number().int(),
});
export const riskImportOut = z.discriminatedUnion("mode", [riskPreviewOut, riskCommitOut]);
export type RiskImportOut = z.infer<typeof riskImportOut>;

/** Most bad cells listed in one answer; errorCount still counts them all. */
export const MAX_LISTED_ERRORS = 10_000;
