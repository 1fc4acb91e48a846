// The frame around a document's text in its Word file (documents.docx.ts): the page and type
// the file is set in, the 承認・確認・作成 stamp box and the title block above the text, the
// 改訂履歴 table below it, and the running head (number, 第N版, 下書き) and foot (- N / M -).
import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { TextWatermark } from "docx/watermarks";
import {
  HISTORY_HEADERS,
  headerText,
  historyCells,
  japaneseDay,
  type OutputVersion,
  stampColumns,
  statusMark,
  titleRows,
} from "./documents.output.model.ts";

// 明朝 for Japanese and Century for Latin, the pairing of most printed rules; Word substitutes
// its own 明朝 where these are missing (Mac, LibreOffice map them to their Mincho).
export const FONT = { ascii: "Century", hAnsi: "Century", eastAsia: "ＭＳ 明朝", cs: "Century" };
/** Body text 10.5 pt (half-points), Word's Japanese default. */
export const BODY_SIZE = 21;
// A4 in twips, 25 mm margins at the sides: 9,072 twips (160 mm) of text width.
export const PAGE = { width: 11906, height: 16838, side: 1417, top: 1701, bottom: 1417 };
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.side;
/** One list level's indent: two full-width characters. */
export const INDENT = 420;
export const HEADER_FILL = "D9D9D9";
export const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
export const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };

const small = (text: string, extra: object = {}) => new TextRun({ text, size: 18, ...extra });

function shaded(text: string, width: number): TableCell {
  return new TableCell({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [small(text)] })],
    shading: { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL },
    borders: BORDERS,
    width: { size: width, type: WidthType.DXA },
  });
}

/** 承認 / 確認 / 作成: a label row, the stamp (name) row and the date row. */
function stampBox(v: OutputVersion): Table {
  const w = 1500;
  const stamps = stampColumns(v);
  const plain = (text: string, middle = false, size = 18) =>
    new TableCell({
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [small(text, { size })] }),
      ],
      borders: BORDERS,
      width: { size: w, type: WidthType.DXA },
      verticalAlign: middle ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    });
  return new Table({
    alignment: AlignmentType.RIGHT,
    width: { size: w * 3, type: WidthType.DXA },
    columnWidths: [w, w, w],
    rows: [
      new TableRow({ children: stamps.map((s) => shaded(s.label, w)) }),
      new TableRow({
        height: { value: 850, rule: "atLeast" },
        children: stamps.map((s) => plain(s.stamp.name ?? "", true)),
      }),
      new TableRow({ children: stamps.map((s) => plain(japaneseDay(s.stamp.on), false, 16)) }),
    ],
  });
}

export function titleBlock(v: OutputVersion): (Paragraph | Table)[] {
  const mark = statusMark(v.status);
  return [
    stampBox(v),
    ...(mark
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 240 },
            children: [new TextRun({ text: `【${mark}】`, bold: true, color: "C00000" })],
          }),
        ]
      : []),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 240 },
      children: [new TextRun({ text: v.title })],
    }),
    ...titleRows(v).map(
      ([label, value]) =>
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [small(`${label}　`), small(value || "―")],
        }),
    ),
    new Paragraph({ border: { bottom: LINE }, spacing: { after: 240 } }),
  ];
}

export function historyTable(v: OutputVersion): (Paragraph | Table)[] {
  const widths = [1100, 2000, 4172, 1800];
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map((text, i) =>
        header
          ? shaded(text, widths[i] ?? 0)
          : new TableCell({
              children: [new Paragraph({ children: [small(text)] })],
              borders: BORDERS,
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
            }),
      ),
    });
  return [
    new Paragraph({
      spacing: { before: 480, after: 120 },
      keepNext: true,
      children: [new TextRun({ text: "改訂履歴", bold: true })],
    }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [row(HISTORY_HEADERS, true), ...v.history.map((h) => row(historyCells(h), false))],
    }),
  ];
}

export function pageHeader(v: OutputVersion): Header {
  const mark = statusMark(v.status);
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          small(headerText(v)),
          // Word's own watermark (Design → Watermark can remove it), behind every page.
          ...(mark === "下書き"
            ? [new TextWatermark({ text: mark, font: FONT.eastAsia, color: "D0D0D0" })]
            : []),
        ],
      }),
    ],
  });
}

export function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          small("- "),
          new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
          small(" / "),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
          small(" -"),
        ],
      }),
    ],
  });
}
