// The traditional layout of a printed register: a title block with the organization and the
// output date, 作成/承認 stamp boxes at the top right, a bold header row repeated on every
// printed page, one bordered row per record, frozen header, filters, and a print setup that
// keeps the text readable on paper (printScale below).
//
// Written with exceljs's streaming writer, and every data cell of a column shares one style
// object: exceljs then resolves each style once instead of once per cell (50,000 risk rows
// take about a second instead of ten).
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";

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

/** Days print as 2024年4月1日, as everywhere in mamori (the cell holds a real date). */
export const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

/**
 * Printing. A sheet of 30 columns fitted onto one A4 landscape page printed its 10 pt text at
 * about 3 pt. Instead: A3 landscape, and a scale chosen so the text prints at 7.5 pt or larger.
 * A sheet that fits one page wide at that scale (the risk analysis) is fitted to the width; a
 * wider one (the register) prints at 75 % in column blocks, each repeating the first two
 * columns (名称, 管理部門) and the header row, the blocks of the same rows one after the other.
 */
export const PRINT = {
  /** OOXML paper size 8 = A3 (297 × 420 mm); landscape: 420 mm = 1190.55 pt wide. */
  paperSize: 8,
  pageWidthPt: 1190.55,
  /** Left and right margins, in inches (72 pt each inch). */
  sideMarginIn: 0.4,
  /** 75 % of 10 pt prints 7.5 pt. */
  minScale: 75,
} as const;
/** Excel's column width unit: the widest digit of the default font (Calibri 11: 7 px = 5.25 pt). */
export const COLUMN_UNIT_PT = 5.25;
/**
 * exceljs leaves out of the file a column whose width is exactly its default, 9, and the
 * application then draws it at its own default (8.43): widths here are never 9.
 */
export const EXCELJS_DEFAULT_WIDTH = 9;
/** Columns repeated at the left of every printed column block. */
export const TITLE_COLUMNS = "A:B";

/** The print scale in percent for columns of these widths (in Excel's width units). */
export function printScale(widths: readonly number[]): number {
  const printable = PRINT.pageWidthPt - 2 * 72 * PRINT.sideMarginIn;
  const sheet = widths.reduce((a, b) => a + b, 0) * COLUMN_UNIT_PT;
  return Math.min(100, Math.max(PRINT.minScale, Math.floor((printable * 100) / sheet)));
}

export type CellValue = string | number | Date | null;
export type SheetColumn = {
  header: string;
  width: number;
  /** date: a real date cell shown yyyy/m/d; center: short marks like ○ × or levels. */
  kind?: "date" | "center";
};

const DATA_STYLE = {
  text: { font: FONT, border: BOX, alignment: { vertical: "top", wrapText: true } },
  center: {
    font: FONT,
    border: BOX,
    alignment: { vertical: "top", horizontal: "center", wrapText: true },
  },
  date: {
    font: FONT,
    border: BOX,
    numFmt: DATE_FORMAT,
    alignment: { vertical: "top", horizontal: "center" },
  },
} satisfies Record<string, Partial<ExcelJS.Style>>;
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { ...FONT, bold: true },
  fill: HEADER_FILL,
  border: BOX,
  alignment: { horizontal: "center", vertical: "middle", wrapText: true },
};
const STAMP_LABEL: Partial<ExcelJS.Style> = {
  ...HEADER_STYLE,
  font: FONT,
};
const STAMP_BOX: Partial<ExcelJS.Style> = { font: FONT, border: BOX };
const PLAIN: Partial<ExcelJS.Style> = { font: FONT };
const TITLE: Partial<ExcelJS.Style> = {
  font: { ...FONT, size: 16, bold: true },
  alignment: { vertical: "middle" },
};

/** 2024年4月1日 from 2024-04-01. */
export function japaneseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

export type SheetSpec = {
  sheetName: string;
  title: string;
  orgName: string;
  /** ISO day of the output (today in Japan). */
  today: string;
  columns: readonly SheetColumn[];
  rows: Iterable<CellValue[]>;
};

type Sheet = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter["addWorksheet"]>;

function writeTitleBlock(ws: Sheet, spec: SheetSpec, n: number) {
  const title = ws.getCell(1, 1);
  title.value = spec.title;
  title.style = TITLE;
  ws.mergeCells(1, 1, 1, Math.max(1, n - 3));
  ws.getCell(2, 1).value = spec.orgName;
  ws.getCell(3, 1).value = `出力日：${japaneseDate(spec.today)}`;
  ws.getCell(2, 1).style = PLAIN;
  ws.getCell(3, 1).style = PLAIN;
  // Stamp boxes over the last two columns: a label row, then an empty box two rows high.
  for (const [i, label] of ["作成", "承認"].entries()) {
    const col = n - 1 + i;
    ws.getCell(1, col).value = label;
    ws.getCell(1, col).style = STAMP_LABEL;
    ws.getCell(2, col).style = STAMP_BOX;
    ws.getCell(3, col).style = STAMP_BOX;
    ws.mergeCells(2, col, 3, col);
  }
  ws.getRow(1).height = 26;
  ws.getRow(2).height = 22;
  ws.getRow(3).height = 22;
  for (const r of [1, 2, 3]) ws.getRow(r).commit();
}

/** One worksheet in the layout above, as an .xlsx file. */
export async function writeSheetXlsx(spec: SheetSpec): Promise<Buffer> {
  const stream = new PassThrough();
  const parts: Buffer[] = [];
  stream.on("data", (c: Buffer) => parts.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
  });
  wb.creator = "mamori";
  wb.created = new Date();
  const n = spec.columns.length;
  const side = PRINT.sideMarginIn;
  const ws = wb.addWorksheet(spec.sheetName, {
    views: [{ state: "frozen", xSplit: 1, ySplit: HEADER_ROW }],
    pageSetup: {
      // exceljs's type lists only some paper sizes; 8 is A3 in the OOXML list.
      paperSize: PRINT.paperSize as unknown as ExcelJS.PageSetup["paperSize"],
      orientation: "landscape",
      fitToPage: false,
      scale: printScale(spec.columns.map((c) => c.width)),
      pageOrder: "overThenDown",
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      printTitlesColumn: TITLE_COLUMNS,
      horizontalCentered: true,
      margins: { left: side, right: side, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&P / &N" },
  });
  if (spec.columns.some((c) => c.width === EXCELJS_DEFAULT_WIDTH))
    throw new Error("a sheet column of width 9 would be dropped by exceljs");
  ws.columns = spec.columns.map((c) => ({ width: c.width }));
  writeTitleBlock(ws, spec, n);

  const header = ws.getRow(HEADER_ROW);
  // Three lines of 10 pt: long headings in narrow columns (外国にある第三者への提供) wrap.
  header.height = 48;
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.style = HEADER_STYLE;
  });
  header.commit();

  const styles = spec.columns.map((c) => DATA_STYLE[c.kind ?? "text"]);
  let line = HEADER_ROW;
  for (const values of spec.rows) {
    const row = ws.getRow(++line);
    for (let c = 0; c < n; c++) {
      const cell = row.getCell(c + 1);
      cell.value = values[c] ?? null;
      cell.style = styles[c] as Partial<ExcelJS.Style>;
    }
    row.commit();
  }
  ws.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: Math.max(line, HEADER_ROW + 1), column: n },
  };
  ws.commit();
  await wb.commit();
  await done;
  return Buffer.concat(parts);
}
