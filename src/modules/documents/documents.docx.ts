// A document version as a Word file (.docx) in the look Japanese companies keep their rules
// in: A4 portrait, 明朝 type, the number and 第N版 at the head of every page, the 承認・確認・作成
// stamp box, the title, the text, the 改訂履歴 table, and 「- N / M -」 at the foot. Written
// with the docx package, which escapes every text it writes (a typed "<script>" stays text).
import {
  AlignmentType,
  Document,
  HeadingLevel,
  type ILevelsOptions,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { BlockNode, InlineNode, ListNode, TableNode } from "../../core/documents/content.ts";
import {
  BODY_SIZE,
  BORDERS,
  FONT,
  HEADER_FILL,
  historyTable,
  INDENT,
  LINE,
  PAGE,
  pageFooter,
  pageHeader,
  TEXT_WIDTH,
  titleBlock,
} from "./documents.docx.frame.ts";
import {
  BULLETS,
  fieldValue,
  headerText,
  type OutputVersion,
  placeholderText,
  tableGrid,
} from "./documents.output.model.ts";

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
