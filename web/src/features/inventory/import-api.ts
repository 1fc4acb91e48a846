// The register import endpoint: a multipart upload with mode=preview (nothing written) or
// mode=commit (with the column mapping the user confirmed). Answers are read tolerantly so
// small differences in the response shape do not break the wizard.
import { ApiError, type ApiErrorBody, orgPath } from "../../api/client.ts";
import i18n from "../../i18n/index.ts";

export type ImportColumn = {
  index: number;
  header: string;
  field: string | null;
  /** How the header matched when guessed; fuzzy ones deserve a look. */
  confidence: string | null;
  samples: string[];
};
export type ImportCellError = {
  row: number | null;
  column: string;
  field: string | null;
  value: string | null;
  message: string;
};
export type ImportPreview = {
  sheets: string[];
  sheet: string | null;
  headerRow: number | null;
  columns: ImportColumn[];
  missingRequired: string[];
  rowCount: number | null;
  toCreate: number | null;
  toUpdate: number | null;
  unchanged: number | null;
  errors: ImportCellError[];
  /** All bad cells, when the server lists only the first ones. */
  errorCount: number;
  /** 管理部門 names the organization does not have, with the rows naming each. */
  unknownDepartments: { name: string; rows: number }[];
};
export type ImportResult = {
  created: number;
  updated: number;
  unchanged: number;
  departmentsCreated: number;
};
/** Column index → field key, or null to ignore the column. */
export type Mapping = Record<string, string | null>;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" ? (v as Obj) : {});
const str = (v: unknown): string | null =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : null;
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function readCellErrors(v: unknown): ImportCellError[] {
  return list(v).map((e) => {
    const o = obj(e);
    return {
      row: num(o.row),
      column: str(o.column) ?? str(o.header) ?? "",
      field: str(o.field),
      value: str(o.value),
      message: str(o.message) ?? str(o.reason) ?? str(o.code) ?? "",
    };
  });
}

export function readPreview(body: unknown): ImportPreview {
  const b = obj(body);
  const counts = obj(b.counts);
  const errors = readCellErrors(b.errors);
  return {
    sheets: list(b.sheets)
      .map(str)
      .filter((s): s is string => s !== null),
    sheet: str(b.sheet),
    headerRow: num(b.headerRow),
    columns: list(b.columns).map((c, i) => {
      const o = obj(c);
      return {
        index: num(o.index) ?? i,
        header: str(o.header) ?? "",
        field: str(o.field),
        confidence: str(o.confidence),
        samples: list(o.samples).map((s) => str(s) ?? ""),
      };
    }),
    missingRequired: list(b.missingRequired)
      .map(str)
      .filter((s): s is string => s !== null),
    rowCount: num(b.rowCount) ?? num(b.rows) ?? num(b.total),
    toCreate: num(b.create) ?? num(b.toCreate) ?? num(counts.create),
    toUpdate: num(b.update) ?? num(b.toUpdate) ?? num(counts.update),
    unchanged: num(b.unchanged),
    errors,
    errorCount: Math.max(num(b.errorCount) ?? 0, errors.length),
    unknownDepartments: list(b.unknownDepartments).map((d) => ({
      name: str(obj(d).name) ?? "",
      rows: num(obj(d).rows) ?? 0,
    })),
  };
}

export function readResult(body: unknown): ImportResult {
  const b = obj(body);
  return {
    created: num(b.created) ?? 0,
    updated: num(b.updated) ?? 0,
    unchanged: num(b.unchanged) ?? 0,
    departmentsCreated: num(b.departmentsCreated) ?? 0,
  };
}

/** Cell errors of a refused import (`error.details.errors`), and how many there are. */
export function refusedCells(err: unknown): { errors: ImportCellError[]; count: number } {
  if (!(err instanceof ApiError)) return { errors: [], count: 0 };
  const details = obj(err.details);
  const errors = readCellErrors(details.errors);
  return { errors, count: Math.max(num(details.errorCount) ?? 0, errors.length) };
}

function toError(status: number, body: unknown): ApiError {
  const b = obj(body);
  const e = obj(b.error);
  if (typeof e.code === "string") return new ApiError(status, e as unknown as ApiErrorBody);
  return new ApiError(status, {
    code: str(b.code) ?? `HTTP_${status}`,
    message: str(b.message) ?? i18n.t("common.failed"),
  });
}

/** Posts the file with the fields mode, sheet and mapping (registers-xlsx/upload.ts). */
export async function postImport(
  orgId: string,
  file: File,
  options: {
    mode: "preview" | "commit";
    sheet?: string | null;
    mapping?: Mapping;
    /** Create the departments the file names that do not exist (in the same commit). */
    createDepartments?: boolean;
  },
): Promise<unknown> {
  const form = new FormData();
  form.append("mode", options.mode);
  if (options.createDepartments) form.append("createDepartments", "true");
  if (options.sheet) form.append("sheet", options.sheet);
  if (options.mapping) form.append("mapping", JSON.stringify(options.mapping));
  form.append("file", file);
  let res: Response;
  try {
    res = await fetch(orgPath(orgId, "/inventory-items/import"), {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json", "Accept-Language": i18n.language || "ja" },
      body: form,
    });
  } catch {
    throw new ApiError(0, { code: "NETWORK", message: i18n.t("common.networkError") });
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = { message: text };
  }
  if (!res.ok) throw toError(res.status, body);
  return body;
}
