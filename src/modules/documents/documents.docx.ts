// A document version as a Word file (.docx) in the look Japanese companies keep their rules
// in: A4 portrait, 明朝 type, the number and 第N版 at the head of every page, the 承認・確認・作成
// stamp box, the title, the text, the 改訂履歴 table, and 「- N / M -」 at the foot. Written
// with the docx package, which escapes every text it writes (a typed "<script>" stays text).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  type ILevelsOptions,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { TextWatermark } from "docx/watermarks";
import type { BlockNode, InlineNode, ListNode, TableNode } from "../../core/documents/content.ts";
import {
  BULLETS,
  fieldValue,
  HISTORY_HEADERS,
  headerText,
  historyCells,
  japaneseDay,
  type OutputVersion,
  placeholderText,
  stampColumns,
  statusMark,
  tableGrid,
  titleRows,
} from "./documents.output.model.ts";

// 明朝 for Japanese and Century for Latin, the pairing of most printed rules; Word substitutes
// its own 明朝 where these are missing (Mac, LibreOffice map them to their Mincho).
const FONT = { ascii: "Century", hAnsi: "Century", eastAsia: "ＭＳ 明朝", cs: "Century" };
/** Body text 10.5 pt (half-points), Word's Japanese default. */
const BODY_SIZE = 21;
// A4 in twips, 25 mm margins at the sides: 9,072 twips (160 mm) of text width.
const PAGE = { width: 11906, height: 16838, side: 1417, top: 1701, bottom: 1417 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.side;
/** One list level's indent: two full-width characters. */
const INDENT = 420;
const HEADER_FILL = "D9D9D9";
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };

type Marks = { bold?: boolean; italics?: boolean; underline?: object };

function runs(inline: readonly InlineNode[] | undefined, v: OutputVersion): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of inline ?? []) {
    if (node.type === "hardBreak") out.push(new TextRun({ break: 1 }));
    else if (node.type === "field") {
      const value = fieldValue(v, node.attrs.key);
      out.push(
        value === null
          ? new TextRun({ text: placeholderText(node.attrs.key), highlight: "yellow" })
          : new TextRun(value),
      );
    } else {
      const marks: Marks = {};
      for (const m of node.marks ?? []) {
        if (m.type === "bold") marks.bold = true;
        if (m.type === "italic") marks.italics = true;
        if (m.type === "underline") marks.underline = {};
      }
      // A line break typed inside a text node is a break in Word, not a space.
      node.text.split("\n").forEach((line, i) => {
        out.push(new TextRun({ text: line, ...marks, ...(i > 0 ? { break: 1 } : {}) }));
      });
    }
  }
  return out;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

/** Where a block sits: list depth (for the indent) and the counters of list instances. */
type Place = { indent: number; depth: number; lists: { n: number } };

function blocks(list: readonly BlockNode[], v: OutputVersion, at: Place): (Paragraph | Table)[] {
  return list.flatMap((b) => block(b, v, at));
}

function block(b: BlockNode, v: OutputVersion, at: Place): (Paragraph | Table)[] {
  const indent = at.indent ? { indent: { left: at.indent } } : {};
  switch (b.type) {
    case "paragraph": {
      const align = b.attrs?.textAlign;
      return [
        new Paragraph({
          children: runs(b.content, v),
          ...(align ? { alignment: ALIGN[align] } : {}),
          ...indent,
        }),
      ];
    }
    case "heading":
      return [
        new Paragraph({
          heading: HEADINGS[b.attrs.level - 1],
          children: runs(b.content, v),
          ...indent,
        }),
      ];
    case "horizontalRule":
      return [new Paragraph({ border: { bottom: LINE }, ...indent })];
    case "orderedList":
    case "bulletList":
      return listBlocks(b, v, at);
    case "table":
      return [table(b, v, at)];
  }
}

function listBlocks(list: ListNode, v: OutputVersion, at: Place): (Paragraph | Table)[] {
  const ordered = list.type === "orderedList";
  const start = list.attrs?.start ?? 1;
  // Each list of the content is its own Word list (a new instance), counting from its start.
  const reference = ordered ? `ol-${start}` : "ul";
  const instance = ++at.lists.n;
  const level = Math.min(at.depth, 2);
  const inner: Place = { indent: INDENT * (level + 1), depth: at.depth + 1, lists: at.lists };
  return list.content.flatMap((item) => {
    const [first, ...rest] = item.content;
    const head =
      first?.type === "paragraph" || first?.type === "heading"
        ? [
            new Paragraph({
              children: runs(first.content, v),
              numbering: { reference, level, instance },
            }),
          ]
        : [
            new Paragraph({ children: [], numbering: { reference, level, instance } }),
            ...(first ? block(first, v, inner) : []),
          ];
    return [...head, ...blocks(rest, v, inner)];
  });
}

function levelIndent(level: number) {
  return { paragraph: { indent: { left: INDENT * (level + 1), hanging: INDENT } } };
}

/** 1. → (1) → ①, each list starting at `start`. */
function orderedLevels(start: number): ILevelsOptions[] {
  const formats = [
    { format: LevelFormat.DECIMAL, text: "%1." },
    { format: LevelFormat.DECIMAL, text: "(%2)" },
    { format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: "%3" },
  ];
  return formats.map((f, level) => ({
    level,
    ...f,
    start,
    alignment: AlignmentType.LEFT,
    style: levelIndent(level),
  }));
}

function bulletLevels(): ILevelsOptions[] {
  return BULLETS.map((text, level) => ({
    level,
    format: LevelFormat.BULLET,
    text,
    alignment: AlignmentType.LEFT,
    style: levelIndent(level),
  }));
}

/** Word wants every cell to end with a paragraph (an empty cell, or one ending in a table). */
function cellContent(content: (Paragraph | Table)[]): (Paragraph | Table)[] {
  return content.at(-1) instanceof Paragraph ? content : [...content, new Paragraph({})];
}

function table(t: TableNode, v: OutputVersion, at: Place): Table {
  const { cells, columns } = tableGrid(t);
  const width = TEXT_WIDTH - at.indent;
  const colWidth = Math.floor(width / Math.max(columns, 1));
  const inner: Place = { indent: 0, depth: 0, lists: at.lists };
  const rows = t.content.map(
    (_, r) =>
      new TableRow({
        tableHeader: r === 0 && cells.some((c) => c.row === 0 && c.header),
        children: cells
          .filter((c) => c.row === r)
          .map(
            (c) =>
              new TableCell({
                children: cellContent(blocks(c.content, v, inner)),
                columnSpan: c.colspan,
                rowSpan: c.rowspan,
                borders: BORDERS,
                width: { size: colWidth * c.colspan, type: WidthType.DXA },
                ...(c.header
                  ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL } }
                  : {}),
              }),
          ),
      }),
  );
  return new Table({
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => colWidth),
    ...(at.indent ? { indent: { size: at.indent, type: WidthType.DXA } } : {}),
  });
}

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

function titleBlock(v: OutputVersion): (Paragraph | Table)[] {
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

function historyTable(v: OutputVersion): (Paragraph | Table)[] {
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

function pageHeader(v: OutputVersion): Header {
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

function pageFooter(): Footer {
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

function headingStyle(size: number) {
  return {
    run: { font: FONT, size, bold: true, color: "000000" },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
  };
}

/** The starts the content's ordered lists use: each needs its numbering definition. */
function listStarts(content: readonly BlockNode[], out = new Set<number>([1])): Set<number> {
  for (const b of content) {
    if (b.type === "orderedList") out.add(b.attrs?.start ?? 1);
    if (b.type === "orderedList" || b.type === "bulletList")
      for (const item of b.content) listStarts(item.content, out);
    if (b.type === "table")
      for (const row of b.content) for (const cell of row.content) listStarts(cell.content, out);
  }
  return out;
}

export function buildDocx(v: OutputVersion): Document {
  const at: Place = { indent: 0, depth: 0, lists: { n: 0 } };
  return new Document({
    creator: v.organization,
    title: `${v.number} ${v.title}`,
    description: headerText(v),
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE } },
        title: { run: { font: FONT, size: 36, bold: true, color: "000000" } },
        heading1: headingStyle(28),
        heading2: headingStyle(24),
        heading3: headingStyle(BODY_SIZE),
      },
    },
    numbering: {
      config: [
        ...[...listStarts(v.content.content)].map((start) => ({
          reference: `ol-${start}`,
          levels: orderedLevels(start),
        })),
        { reference: "ul", levels: bulletLevels() },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.side,
              right: PAGE.side,
              header: 851,
              footer: 850,
            },
          },
        },
        headers: { default: pageHeader(v) },
        footers: { default: pageFooter() },
        children: [...titleBlock(v), ...blocks(v.content.content, v, at), ...historyTable(v)],
      },
    ],
  });
}

export async function renderDocx(v: OutputVersion): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(v));
}
