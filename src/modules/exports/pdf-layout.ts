// The page every printed register shares: A3 landscape, a title with the organization and the
// day of printing, 作成/承認 boxes top right, one table whose header row repeats on every page,
// and "n / N" at the foot of each page.
import type { Column, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { FONT_FAMILY } from "./pdf-font.ts";
import { wrapText } from "./pdf-text.ts";

export type PdfColumn<Row> = {
  header: string;
  /** Share of the table width. */
  weight: number;
  value: (row: Row, index: number) => string;
  align?: "left" | "center";
  /** Background and text colours of a cell (risk levels in their matrix colours). */
  style?: (row: Row) => { fill: string; color: string } | null;
};

export type PdfTable<Row> = {
  title: string;
  organization: string;
  /** YYYY-MM-DD (JST). */
  printedOn: string;
  columns: PdfColumn<Row>[];
  rows: Row[];
  emptyText: string;
};

// A3 landscape (420 × 297 mm): twenty-odd columns side by side at 8 pt. On A4 the same
// table needed 6.5 pt and narrow columns broke dates; A3 prints it at a size people read (at
// least 7 pt), and A4 printers can still shrink it to fit.
const PAGE = { width: 1190.55, height: 841.89 };
const MARGIN = { side: 28, top: 28, bottom: 34 };
/** Text size of the table, in points (headings and cells). */
export const FONT_SIZE = 8;
const HEADER_FILL = "#E6ECF2";
const PAD = 2;
const LINE = 0.5;

/** 2025-04-01 → 2025年4月1日; empty when there is no date. */
export function japaneseDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** ○ yes, × no, blank when not recorded. */
export const mark = (v: boolean | null | undefined) => (v === true ? "○" : v === false ? "×" : "");

/** Column widths in points: the page width shared by weight, less padding and rules. */
export function columnWidths(weights: number[]): number[] {
  const usable = PAGE.width - 2 * MARGIN.side - weights.length * (2 * PAD + LINE) - LINE;
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((usable * w * 100) / total) / 100);
}

function cell(text: string, width: number, extra: Partial<TableCell & object> = {}): TableCell {
  const lines = text ? wrapText(text, width, FONT_SIZE) : [""];
  if (lines.length === 1) return { text: lines[0] ?? "", noWrap: true, ...extra } as TableCell;
  return { stack: lines.map((l) => ({ text: l, noWrap: true })), ...extra } as TableCell;
}

/** 作成 / 承認: two empty boxes for the stamps or signatures of the paper copy. */
function approvalBoxes(): Column {
  const head = (text: string) => ({ text, alignment: "center" as const, fillColor: HEADER_FILL });
  return {
    width: "auto",
    table: {
      widths: [52, 52],
      heights: (row: number) => (row === 1 ? 40 : 10),
      body: [
        [head("作成"), head("承認")],
        ["", ""],
      ],
    },
    fontSize: 8,
  };
}

export function tableDocument<Row>(t: PdfTable<Row>): TDocumentDefinitions {
  const widths = columnWidths(t.columns.map((c) => c.weight));
  const header = t.columns.map((c, i) =>
    cell(c.header, widths[i] ?? 0, { bold: true, fillColor: HEADER_FILL, alignment: "center" }),
  );
  const body: TableCell[][] = [header];
  t.rows.forEach((row, r) => {
    body.push(
      t.columns.map((c, i) => {
        const style = c.style?.(row);
        return cell(c.value(row, r), widths[i] ?? 0, {
          ...(c.align ? { alignment: c.align } : {}),
          ...(style ? { fillColor: style.fill, color: style.color } : {}),
        });
      }),
    );
  });
  if (!t.rows.length) {
    const empty = { text: t.emptyText, colSpan: t.columns.length, alignment: "center" };
    body.push([empty, ...t.columns.slice(1).map(() => ({}))] as TableCell[]);
  }
  const footerText = `${t.title}　${t.organization}`;
  return {
    pageSize: "A3",
    pageOrientation: "landscape",
    pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
    info: { title: `${t.title} ${t.organization}`, creator: "mamori", producer: "mamori" },
    defaultStyle: { font: FONT_FAMILY, fontSize: FONT_SIZE, lineHeight: 1.15 },
    content: [
      {
        columns: [
          {
            width: "*",
            stack: [
              { text: t.title, fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
              { text: t.organization, fontSize: 10 },
              { text: `出力日 ${japaneseDate(t.printedOn)}`, fontSize: 8, margin: [0, 2, 0, 0] },
            ],
          },
          approvalBoxes(),
        ],
        margin: [0, 0, 0, 8],
      },
      {
        // A row stays on one page (cells stop at MAX_CELL_LINES, far less than a page).
        table: { headerRows: 1, dontBreakRows: true, widths, body },
        layout: {
          hLineWidth: () => LINE,
          vLineWidth: () => LINE,
          hLineColor: () => "#8A96A3",
          vLineColor: () => "#8A96A3",
          paddingLeft: () => PAD,
          paddingRight: () => PAD,
          paddingTop: () => 1.5,
          paddingBottom: () => 1.5,
        },
      },
    ],
    footer: (page: number, pages: number) => ({
      columns: [
        { text: footerText, alignment: "left", width: "*" },
        { text: `${page} / ${pages}`, alignment: "right", width: 80 },
      ],
      margin: [MARGIN.side, 10, MARGIN.side, 0],
      fontSize: 7,
    }),
  };
}
