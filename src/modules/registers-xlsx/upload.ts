// The multipart request of an import: the file and the fields mode, sheet, mapping and (the
// register only) createDepartments.
import type { FastifyRequest } from "fastify";
import { AppError } from "../../server/app-error.ts";
import type { UploadLimits } from "../../server/config.ts";
import type { MappingOverride } from "../shared/table-file/column-mapping.ts";
import type { TableFileError } from "../shared/table-file/table-file.ts";
import { type ImportMode, importModes } from "./registers-xlsx.contract.ts";

export type ImportUpload = {
  buffer: Buffer;
  filename: string;
  mode: ImportMode;
  sheet?: string;
  mapping?: MappingOverride;
  /** Register import: create the departments the file names that do not exist yet. */
  createDepartments?: boolean;
  /** The limits the safe reader applies to the file (config.upload). */
  limits: UploadLimits;
};

const invalid = (field: string, key = "invalid") =>
  new AppError("validation", "VALIDATION_FAILED", { [field]: { key } });

function parseMapping(text: string): MappingOverride {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid("mapping");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw invalid("mapping");
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > 500) throw invalid("mapping", "too_many_items");
  for (const [, v] of entries) {
    if (v !== null && (typeof v !== "string" || v.length > 64)) throw invalid("mapping");
  }
  return value as MappingOverride;
}

/**
 * Reads the whole request; a file over the upload limit ends as 413 (see errors.ts). The file
 * itself is read later, by the safe reader (shared/safe-upload), under `limits`.
 */
export async function readImportUpload(
  req: FastifyRequest,
  limits: UploadLimits,
): Promise<ImportUpload> {
  const missing = () =>
    new AppError("validation", "FILE_MISSING", { file: { key: "FILE_MISSING" } });
  if (!req.isMultipart()) throw missing();
  let file: { buffer: Buffer; filename: string } | undefined;
  const fields: Record<string, string> = {};
  for await (const part of req.parts()) {
    if (part.type === "file") {
      const buffer = await part.toBuffer();
      if (part.fieldname === "file" && file === undefined) {
        file = { buffer, filename: part.filename };
      }
    } else if (typeof part.value === "string") {
      fields[part.fieldname] = part.value;
    }
  }
  if (file === undefined) throw missing();
  const mode = (fields.mode ?? "").trim() || "preview";
  if (!(importModes as readonly string[]).includes(mode)) throw invalid("mode", "invalid_value");
  const sheet = fields.sheet?.trim();
  if (sheet !== undefined && sheet.length > 100) throw invalid("sheet", "too_long");
  const mapping = fields.mapping?.trim() ? parseMapping(fields.mapping) : undefined;
  const create = (fields.createDepartments ?? "").trim();
  if (create !== "" && create !== "true" && create !== "false")
    throw invalid("createDepartments", "invalid_value");
  return {
    ...file,
    limits,
    mode: mode as ImportMode,
    ...(sheet ? { sheet } : {}),
    ...(mapping ? { mapping } : {}),
    ...(create === "true" ? { createDepartments: true } : {}),
  };
}

/** A problem of the file as a whole, as the API error (400, field `file`). */
export function tableFileError(e: TableFileError): AppError {
  const params = { ...e.params, ...(e.row ? { row: e.row } : {}) };
  const field = e.code === "SHEET_NOT_FOUND" ? "sheet" : "file";
  return new AppError("validation", e.code, { [field]: { key: e.code, params } }, params);
}
