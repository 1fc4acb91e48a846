// Reads a people list (xlsx, or csv in UTF-8 / Shift_JIS) into validated rows. Pure (no DB)
// and never throws: every problem becomes an error naming the row and the column.
import ExcelJS from "exceljs";
import { ERAS } from "../../core/wareki.ts";
import { issueToFieldError } from "../../server/errors.ts";
import { guessDelimiter, parseCsv } from "../shared/table-file/csv-text.ts";
import { hasForeignName, sniffUpload } from "../shared/table-file/open-file.ts";
import { type EmploymentType, type PersonInput, personInput } from "./people.contract.ts";

export const MAX_IMPORT_ROWS = 5000;

/** The upload worker runs readPeopleTable (exported below as readUpload) off the main thread. */
export const peopleUploadReader = {
  module: new URL("./people.parse.ts", import.meta.url).href,
  maxRows: MAX_IMPORT_ROWS,
};
const HEADER_SCAN_ROWS = 20;
const MAX_COLUMNS = 100;

export type PersonField = Exclude<keyof PersonInput, "userId">;
export type ParseError = {
  row: number;
  column: string;
  value: string | null;
  key: string;
  params?: Record<string, string | number>;
};
export type ParsedRow = { line: number; value: PersonInput };
/** `fields`: the columns the file has; re-import only updates those. */
export type ParseResult = { rows: ParsedRow[]; errors: ParseError[]; fields: PersonField[] };
export type DepartmentRef = { id: string; name: string };

/** Column headers of the import template and of the export, in sheet order. */
export const PEOPLE_HEADERS: Record<PersonField, string> = {
  name: "氏名",
  kana: "フリガナ",
  email: "メールアドレス",
  departmentId: "部門",
  employmentType: "雇用区分",
  joinedOn: "入社日",
  leftOn: "退職日",
  employeeNumber: "社員番号",
};

export const EMPLOYMENT_LABELS: Record<EmploymentType, string> = {
  officer: "役員",
  regular: "正社員",
  contract: "契約社員",
  part_time: "パート・アルバイト",
  dispatched: "派遣社員",
};

const headerAliases: Record<PersonField, string[]> = {
  employeeNumber: [
    "社員番号",
    "従業員番号",
    "従業者番号",
    "社員コード",
    "社員no",
    "社員no.",
    "職員番号",
    "employeenumber",
    "employeeno",
    "employeeid",
    "staffid",
  ],
  name: ["氏名", "名前", "name", "fullname"],
  kana: ["フリガナ", "ふりがな", "カナ", "氏名カナ", "kana", "furigana"],
  email: ["メールアドレス", "メール", "e-mail", "email", "mail", "emailaddress", "e-mailaddress"],
  departmentId: ["部門", "部署", "所属", "所属部門", "所属部署", "department", "dept"],
  employmentType: ["雇用区分", "雇用形態", "employmenttype", "employment"],
  joinedOn: ["入社日", "joinedon", "joined", "joindate", "hiredate", "startdate"],
  leftOn: ["退職日", "lefton", "left", "leavedate", "enddate"],
};
const requiredFields: PersonField[] = ["name", "employmentType"];

/** Full-width/half-width folded, spaces and required-markers removed, lower case. */
const normHeader = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_*※]|\((必須|任意)\)/g, "");
const fieldByHeader = new Map<string, PersonField>(
  Object.entries(headerAliases).flatMap(([f, names]) =>
    names.map((n) => [normHeader(n), f as PersonField] as const),
  ),
);

const normLabel = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s・/]/g, "");
const employmentByLabel = new Map<string, EmploymentType>([
  ...Object.entries(EMPLOYMENT_LABELS).map(([code, label]) => [normLabel(label), code] as const),
  ...Object.keys(EMPLOYMENT_LABELS).map((code) => [code, code] as const),
  ["パート", "part_time"],
  ["アルバイト", "part_time"],
  ["派遣", "dispatched"],
] as Array<[string, EmploymentType]>);

type Cell = string | number | Date;
type TableRow = { line: number; cells: Cell[] };
/** The file's rows (typed cells), or the message key of why it cannot be read. Plain data. */
export type PeopleTable = TableRow[] | string;

export async function parsePeopleFile(
  buffer: Buffer,
  filename: string,
  departments: DepartmentRef[] = [],
): Promise<ParseResult> {
  return peopleFromTable(await readPeopleTable(buffer, filename), departments);
}

/** The reading half of parsePeopleFile (the part the upload worker runs). Never throws. */
export async function readPeopleTable(buffer: Buffer, filename: string): Promise<PeopleTable> {
  try {
    return await readTable(buffer, filename);
  } catch {
    return "FILE_UNREADABLE";
  }
}

/** The validating half of parsePeopleFile. Never throws. */
export function peopleFromTable(
  table: PeopleTable,
  departments: DepartmentRef[] = [],
): ParseResult {
  try {
    return typeof table === "string" ? fileError(table) : toPeople(table, departments);
  } catch {
    return fileError("FILE_UNREADABLE");
  }
}

const fileError = (key: string, row = 0, params?: ParseError["params"]): ParseResult => ({
  rows: [],
  errors: [{ row, column: "", value: null, key, ...(params ? { params } : {}) }],
  fields: [],
});

// ---- file type, decoding, tables (shared with the register imports) ----

/** A table of rows, or the message key of why the file cannot be read. */
async function readTable(buffer: Buffer, filename: string): Promise<TableRow[] | string> {
  const sniffed = sniffUpload(buffer, filename);
  if (typeof sniffed === "string") return sniffed;
  if (sniffed.kind === "zip")
    return (await readXlsx(buffer)) ?? (hasForeignName(filename) ? "FILE_TYPE" : "FILE_UNREADABLE");
  return parseCsv(sniffed.text, guessDelimiter(sniffed.text)).map((cells, i) => ({
    line: i + 1,
    cells,
  }));
}

// Typed cells (numbers, dates) rather than the shared reader's texts: join and leave dates
// arrive as Excel serial numbers or Date cells, and are read as such.
async function readXlsx(buffer: Buffer): Promise<TableRow[] | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return null;
  }
  const ws = wb.worksheets[0];
  if (!ws) return null;
  const rows: TableRow[] = [];
  ws.eachRow((row, line) => {
    const cells: Cell[] = [];
    const width = Math.min(row.cellCount, MAX_COLUMNS);
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    rows.push({ line, cells });
  });
  return rows;
}

/** exceljs values: rich text, formulas (their result), hyperlinks (their text), errors. */
function cellValue(v: unknown, depth = 0): Cell {
  if (v === null || v === undefined) return "";
  if (typeof v === "string" || typeof v === "number" || v instanceof Date) return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v !== "object" || depth > 3) return "";
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText))
    return o.richText.map((r) => (typeof r?.text === "string" ? r.text : "")).join("");
  if ("formula" in o || "sharedFormula" in o || "result" in o)
    return cellValue(o.result, depth + 1);
  if ("hyperlink" in o || "text" in o) {
    const text = cellValue(o.text, depth + 1);
    if (text !== "" || typeof o.hyperlink !== "string") return text;
    return o.hyperlink.replace(/^mailto:/i, "");
  }
  return typeof o.error === "string" ? o.error : "";
}

// ---- cell values ----

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const ymd = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const textOf = (c: Cell): string => (c instanceof Date ? dateOf(c) : String(c).trim());

/** exceljs gives date cells as UTC midnight; rounding to the second absorbs float noise. */
function dateOf(d: Date): string {
  const t = Math.round(d.getTime() / 1000) * 1000;
  if (!Number.isFinite(t)) return "Invalid Date";
  const x = new Date(t);
  return ymd(x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate());
}

/** Excel serial day (1900 system); only the range that can be a join or leave date. */
function serialDate(n: number): string | null {
  if (!(n >= 10_000 && n <= 2_958_465)) return null;
  return dateOf(new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000));
}

const eraYearBase = new Map(
  ERAS.flatMap((e) => {
    const base = Number(e.start.slice(0, 4)) - 1;
    return [[e.ja, base] as const, [e.en.charAt(0), base] as const];
  }),
);

/** Dates as people type them; anything else is passed on as typed so zod names it invalid. */
function dateValue(c: Cell): string {
  if (c instanceof Date) return dateOf(c);
  if (typeof c === "number") return serialDate(c) ?? String(c);
  const t = c
    .normalize("NFKC")
    .trim()
    .replace(/(\s+|T)\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, "");
  let m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m =
    /^(令和|平成|昭和|大正|明治|[RHSTM])\s*(\d{1,2}|元)[年.\-/](\d{1,2})[月.\-/](\d{1,2})日?$/i.exec(
      t,
    );
  const base = m ? eraYearBase.get(m[1]?.toUpperCase() ?? "") : undefined;
  if (m && base !== undefined) {
    const year = m[2] === "元" ? 1 : Number(m[2]);
    return ymd(base + year, Number(m[3]), Number(m[4]));
  }
  if (/^\d{5}(\.\d+)?$/.test(t)) return serialDate(Number(t)) ?? t;
  return t;
}

// ---- header and rows ----

type Columns = Map<PersonField, { index: number; title: string }>;
const isBlank = (cells: Cell[]) => cells.every((c) => textOf(c) === "");

function toPeople(table: TableRow[], departments: DepartmentRef[]): ParseResult {
  const rows = table.filter((r) => !isBlank(r.cells));
  if (rows.length === 0) return fileError("FILE_EMPTY");
  const headerAt = rows
    .slice(0, HEADER_SCAN_ROWS)
    .findIndex((r) => r.cells.some((c) => fieldByHeader.get(normHeader(textOf(c))) === "name"));
  const header = rows[headerAt];
  if (!header) return missingHeader(rows[0]?.line ?? 1, "name");
  const columns: Columns = new Map();
  header.cells.forEach((c, index) => {
    const field = fieldByHeader.get(normHeader(textOf(c)));
    if (field && !columns.has(field)) columns.set(field, { index, title: textOf(c) });
  });
  const missing = requiredFields.find((f) => !columns.has(f));
  if (missing) return missingHeader(header.line, missing);
  // Only our columns count: a template's pre-numbered "No." column alone is an empty row.
  const indexes = [...columns.values()].map((c) => c.index);
  const data = rows
    .slice(headerAt + 1)
    .filter((r) => !isBlank(indexes.map((i) => r.cells[i] ?? "")));
  if (data.length === 0) return fileError("FILE_EMPTY", header.line);
  if (data.length > MAX_IMPORT_ROWS) {
    const line = data[MAX_IMPORT_ROWS]?.line ?? 0;
    return fileError("TOO_MANY_ROWS", line, { max: MAX_IMPORT_ROWS });
  }

  const deptKey = (s: string) => s.normalize("NFKC").trim();
  const deptIds = new Map<string, string[]>();
  for (const d of departments)
    deptIds.set(deptKey(d.name), [...(deptIds.get(deptKey(d.name)) ?? []), d.id]);
  const result: ParseResult = { rows: [], errors: [], fields: [...columns.keys()] };
  const emailLines = new Map<string, number>();
  const numberLines = new Map<string, number>();

  for (const { line, cells } of data) {
    const raw = (f: PersonField): Cell => {
      const col = columns.get(f);
      return col ? (cells[col.index] ?? "") : "";
    };
    const rowErrors = new Map<PersonField, ParseError>();
    const fail = (f: PersonField, key: string, params?: ParseError["params"]) => {
      if (rowErrors.has(f)) return;
      const column = columns.get(f)?.title ?? PEOPLE_HEADERS[f];
      const value = textOf(raw(f)) || null;
      rowErrors.set(f, { row: line, column, value, key, ...(params ? { params } : {}) });
    };
    const email = textOf(raw("email")).normalize("NFKC").trim();
    const deptName = deptKey(textOf(raw("departmentId")));
    const deptMatches = deptName ? (deptIds.get(deptName) ?? []) : [];
    if (deptName && deptMatches.length === 0)
      fail("departmentId", "unknown_department", { value: deptName });
    if (deptMatches.length > 1) fail("departmentId", "ambiguous_department", { value: deptName });
    const typeText = textOf(raw("employmentType"));
    const parsed = personInput.safeParse({
      // Only a file with the column gives a number (a re-import without it keeps the stored one).
      ...(columns.has("employeeNumber")
        ? { employeeNumber: textOf(raw("employeeNumber")) || null }
        : {}),
      name: textOf(raw("name")),
      kana: textOf(raw("kana")),
      email: email || null,
      departmentId: deptMatches.length === 1 ? deptMatches[0] : null,
      employmentType: employmentByLabel.get(normLabel(typeText)) ?? (typeText || undefined),
      joinedOn: dateValue(raw("joinedOn")) || null,
      leftOn: dateValue(raw("leftOn")) || null,
    });
    for (const issue of parsed.error?.issues ?? []) {
      const f = (issue.path[0] ?? "name") as PersonField;
      const fe = issueToFieldError(issue);
      if (f !== "employmentType") fail(f, fe.key, fe.params);
      else fail(f, typeText ? "invalid_employment_type" : "required");
    }
    if (email) {
      const first = emailLines.get(email.toLowerCase());
      if (first !== undefined) fail("email", "duplicate_in_file", { line: first });
      else emailLines.set(email.toLowerCase(), line);
    }
    const number = parsed.data?.employeeNumber;
    if (number) {
      const first = numberLines.get(number);
      if (first !== undefined) fail("employeeNumber", "duplicate_number_in_file", { line: first });
      else numberLines.set(number, line);
    }
    // Left to right, as the user reads the sheet.
    const order = (f: PersonField) => columns.get(f)?.index ?? -1;
    const sorted = [...rowErrors].sort(([a], [b]) => order(a) - order(b));
    result.errors.push(...sorted.map(([, e]) => e));
    if (parsed.success && rowErrors.size === 0) {
      // Without the column the row says nothing about the number (not "no number").
      const { employeeNumber: _none, ...rest } = parsed.data;
      const value = columns.has("employeeNumber") ? parsed.data : (rest as PersonInput);
      result.rows.push({ line, value });
    }
  }
  return result;
}

function missingHeader(row: number, field: PersonField): ParseResult {
  const column = PEOPLE_HEADERS[field];
  const errors = [{ row, column, value: null, key: "HEADER_MISSING", params: { column } }];
  return { rows: [], errors, fields: [] };
}

/** The upload worker's entry (see peopleUploadReader). */
export const readUpload = readPeopleTable;
