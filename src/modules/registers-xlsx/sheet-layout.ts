// The traditional layout of a printed register: a title block with the organization and the
// output date, 作成/承認 stamp boxes at the top right, a bold header row repeated on every
// printed page, one bordered row per record, frozen header, filters, A4 landscape.
import type ExcelJS from "exceljs";

export const HEADER_ROW = 5;
/** Renders well in Japanese Excel (Office 2016 and later); older versions fall back. */
export const FONT: Partial<ExcelJS.Font> = {
  name: "游ゴシック",
  family: 3,
  charset: 128,
  size: 10,
};
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDDEBF7" },
};

export type CellValue = string | number | Date | null;
export type SheetColumn = {
  header: string;
  width: number;
  /** date: a real date cell shown yyyy/m/d; center: short marks like ○ × or levels. */
  kind?: "date" | "center" | "number";
};

/** 2024年4月1日 from 2024-04-01. */
export function japaneseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

export function writeSheet(
  wb: ExcelJS.Workbook,
  opts: {
    sheetName: string;
    title: string;
    orgName: string;
    /** ISO day of the output (today in Japan). */
    today: string;
    columns: readonly SheetColumn[];
    rows: readonly CellValue[][];
  },
): ExcelJS.Worksheet {
  const n = opts.columns.length;
  const lastRow = HEADER_ROW + Math.max(opts.rows.length, 1);
  const ws = wb.addWorksheet(opts.sheetName, {
    views: [{ state: "frozen", xSplit: 1, ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&P / &N" },
  });
  ws.columns = opts.columns.map((c) => ({
    width: c.width,
    style: {
      font: FONT,
      alignment: {
        vertical: "top",
        wrapText: true,
        ...(c.kind === "center" ? { horizontal: "center" as const } : {}),
      },
      ...(c.kind === "date" ? { numFmt: "yyyy/m/d" } : {}),
    },
  }));

  const title = ws.getCell(1, 1);
  title.value = opts.title;
  title.font = { ...FONT, size: 16, bold: true };
  title.alignment = { vertical: "middle" };
  ws.mergeCells(1, 1, 1, Math.max(1, n - 3));
  ws.getCell(2, 1).value = opts.orgName;
  ws.getCell(3, 1).value = `出力日：${japaneseDate(opts.today)}`;
  ws.getRow(1).height = 26;

  // Stamp boxes over the last two columns: a label row, then an empty box two rows high.
  for (const [i, label] of ["作成", "承認"].entries()) {
    const col = n - 1 + i;
    const head = ws.getCell(1, col);
    head.value = label;
    head.alignment = { horizontal: "center", vertical: "middle" };
    head.border = BOX;
    head.fill = HEADER_FILL;
    ws.mergeCells(2, col, 3, col);
    ws.getCell(2, col).border = BOX;
    ws.getCell(3, col).border = BOX;
  }
  ws.getRow(2).height = 22;
  ws.getRow(3).height = 22;

  const header = ws.getRow(HEADER_ROW);
  header.values = opts.columns.map((c) => c.header);
  header.height = 32;
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BOX;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });

  opts.rows.forEach((values, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    row.values = values as ExcelJS.CellValue[];
    for (let c = 1; c <= n; c++) row.getCell(c).border = BOX;
  });
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: lastRow, column: n } };
  return ws;
}
