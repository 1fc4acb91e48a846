// 規程類対照表 as an .xlsx workbook, in the printed-register layout of the other exports (title
// block, 作成/承認 boxes, repeated header, A3 landscape; registers-xlsx). One row per J item and
// answering clause: an item answered in three places has three rows, each repeating the item,
// so the sheet filters and sorts cleanly; an item with no answer has one row marked 未対応.
import { type CellValue, type SheetColumn, writeSheetXlsx } from "../registers-xlsx/index.ts";
import type { CoverageRowOut } from "./documents.templates.contract.ts";

export const COVERAGE_TITLE = "規程類対照表";

const COLUMNS: readonly SheetColumn[] = [
  { header: "J項番", width: 10 },
  { header: "要求事項", width: 30 },
  { header: "必要な文書", width: 12, kind: "center" },
  { header: "文書番号", width: 11, kind: "center" },
  { header: "文書名", width: 30 },
  { header: "条項", width: 34 },
  { header: "状態", width: 10, kind: "center" },
  { header: "システム内の記録", width: 24 },
  { header: "対応状況", width: 16, kind: "center" },
];

const NEED = { rule: "規程", record: "記録" } as const;

/**
 * 対応済み; 対応済み（未施行） when a need is answered only by a version not yet in force; 未対応;
 * or 未対応（記録） when only one of the needs lacks a document.
 */
export function coverageStatus(
  row: Pick<CoverageRowOut, "needs" | "missing" | "draftOnly">,
): string {
  if (row.missing.length === row.needs.length) return "未対応";
  if (row.missing.length) return `未対応（${row.missing.map((n) => NEED[n]).join("・")}）`;
  return row.draftOnly.length ? "対応済み（未施行）" : "対応済み";
}

function* sheetRows(rows: readonly CoverageRowOut[]): Generator<CellValue[]> {
  for (const r of rows) {
    const head = [r.ref, r.title.ja, r.needs.map((n) => NEED[n]).join("・")];
    const tail = [r.keptIn.map((k) => k.label.ja).join("、") || null, coverageStatus(r)];
    if (!r.answers.length) yield [...head, null, null, null, null, ...tail];
    for (const a of r.answers)
      yield [
        ...head,
        a.number,
        a.title,
        a.clause ?? "（文書全体）",
        a.draft ? "未施行" : "施行中",
        ...tail,
      ];
  }
}

/** The workbook of the given coverage rows (getCoverage order). Pure, for the route and tests. */
export function coverageXlsx(
  rows: readonly CoverageRowOut[],
  meta: { orgName: string; today: string },
): Promise<Buffer> {
  return writeSheetXlsx({
    sheetName: COVERAGE_TITLE,
    title: COVERAGE_TITLE,
    orgName: meta.orgName,
    today: meta.today,
    columns: COLUMNS,
    rows: sheetRows(rows),
  });
}
