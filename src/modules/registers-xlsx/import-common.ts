// What the register and the risk import share: bad cells reported by Excel row and column
// header, department names resolved within the organization, the matching key 名称 + 管理部門,
// the audit events of the rows they create.
import type { z } from "zod";
import { toHalfWidth } from "../../core/text/normalize.ts";
import { type Lang, translate } from "../../i18n/messages.ts";
import type { FieldError } from "../../server/app-error.ts";
import { issueToFieldError } from "../../server/errors.ts";
import type { GridRow } from "../shared/table-file/table-file.ts";

/** One bad cell: the Excel row, the column header as written, the field it was read as. */
export type CellError = {
  row: number;
  column: string;
  field: string | null;
  value: string | null;
  error: FieldError;
};

export type CellErrorOut = {
  row: number;
  column: string;
  field: string | null;
  value: string | null;
  message: string;
};

export const translateErrors = (errors: readonly CellError[], lang: Lang): CellErrorOut[] =>
  errors.map(({ error, ...e }) => ({ ...e, message: translate(error.key, lang, error.params) }));

/** Reads the cells of one row by field, and collects the row's errors one per field. */
export class RowReader<K extends string> {
  readonly errors = new Map<K, CellError>();
  constructor(
    private readonly row: GridRow,
    private readonly columns: Partial<Record<K, number>>,
    private readonly headerOf: (key: K) => string,
  ) {}

  has(key: K): boolean {
    return this.columns[key] !== undefined;
  }

  cell(key: K): string {
    const col = this.columns[key];
    return col === undefined ? "" : (this.row.cells[col] ?? "");
  }

  fail(key: K, error: FieldError): void {
    if (this.errors.has(key)) return;
    const value = this.cell(key);
    this.errors.set(key, {
      row: this.row.line,
      column: this.headerOf(key),
      field: key,
      value: value === "" ? null : value,
      error,
    });
  }

  /** zod issues of the row's input, each on the column of its top-level field. */
  failIssues(issues: readonly z.core.$ZodIssue[], fallback: K): void {
    for (const issue of issues) {
      const top = issue.path[0];
      const key = typeof top === "string" && this.has(top as K) ? (top as K) : fallback;
      this.fail(key, issueToFieldError(issue));
    }
  }

  /** Errors left to right, as the person reads the sheet. */
  sorted(): CellError[] {
    const at = (e: CellError) => this.columns[e.field as K] ?? -1;
    return [...this.errors.values()].sort((a, b) => at(a) - at(b));
  }

  /** true when none of the mapped columns has text of the row's own (a numbered empty line). */
  isBlank(): boolean {
    const inherited = new Set(this.row.inherited ?? []);
    return Object.values<number | undefined>(this.columns).every(
      (c) => c === undefined || inherited.has(c) || (this.row.cells[c] ?? "") === "",
    );
  }
}

export type DepartmentRef = { id: string; name: string };
export type DepartmentLookup = (
  name: string,
) => { ok: true; id: string | null } | { ok: false; error: FieldError };

const deptKey = (s: string) => s.normalize("NFKC").replace(/\s+/g, " ").trim();

/** Department by name as written (width and spacing folded); blank is "no department". */
export function departmentLookup(departments: readonly DepartmentRef[]): DepartmentLookup {
  const byName = new Map<string, string[]>();
  for (const d of departments) {
    const k = deptKey(d.name);
    byName.set(k, [...(byName.get(k) ?? []), d.id]);
  }
  return (name) => {
    const k = deptKey(name);
    if (k === "") return { ok: true, id: null };
    const ids = byName.get(k) ?? [];
    if (ids.length === 1) return { ok: true, id: ids[0] ?? null };
    const key = ids.length === 0 ? "unknown_department" : "ambiguous_department";
    return { ok: false, error: { key, params: { value: k } } };
  };
}

/** How rows are matched with stored register items: 名称 (width/case/spacing folded) + 管理部門. */
export const itemKey = (name: string, departmentId: string | null) =>
  `${toHalfWidth(name).replace(/\s+/g, "").toLowerCase()}\u0000${departmentId ?? ""}`;
