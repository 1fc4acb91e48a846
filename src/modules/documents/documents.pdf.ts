// A document version as a PDF, laid out like its Word file (documents.docx.ts): A4 portrait,
// the number and 第N版 at the head of every page, the 承認・確認・作成 box, the title, the text,
// the 改訂履歴 table, 「- N / M -」 at the foot, and 下書き across a draft. Runs on the PDF
// worker thread (exports' renderOnWorker, kind "document"), which embeds the Japanese font;
// every text is pdfmake text, never markup.
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import type { BlockNode, InlineNode, ListNode, TableNode } from "../../core/documents/content.ts";
import {
  bulletMarker,
  fieldValue,
  HISTORY_HEADERS,
  headerText,
  historyCells,
  japaneseDay,
  type OutputVersion,
  orderedMarker,
  placeholderText,
  stampColumns,
  statusMark,
  tableGrid,
  titleRows,
} from "./documents.output.model.ts";

/** The module file the worker imports (pdf-job.ts, kind "document"). */
export const DOCUMENT_PDF_MODULE = import.meta.url;

// A4 portrait (595 × 842 pt), 20 mm at the sides.
const PAGE_WIDTH = 595.28;
const MARGIN = { side: 57, top: 62, bottom: 54 };
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN.side;
const BODY_SIZE = 10.5;
const HEADER_FILL = "#D9D9D9";
const HIGHLIGHT = "#FFFF00";
/** One list level's indent: two characters, as in the Word file. */
const INDENT = 2 * BODY_SIZE;
const HEADING_SIZES = [14, 12, BODY_SIZE] as const;

const thinLines = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

type Inline = { text: string; [style: string]: unknown };

/**
 * pdfmake never breaks a Latin word (a URL, an e-mail address) that is wider than its line:
 * it runs off the page or across the next table cell. Such a word is cut here into pieces
 * that fit whatever the letters: no letter of the font is wider than 1 em (measured: "%" at
 * 1 em, the mean 0.66 em), so `width / size` letters always fit.
 */
export function breakLongWords(text: string, width: number, size: number): string {
  const most = Math.max(4, Math.floor(width / size));
  return text.replace(/[\x21-\x7e]+/g, (word) => {
    if (word.length <= most) return word;
    const pieces: string[] = [];
    for (let i = 0; i < word.length; i += most) pieces.push(word.slice(i, i + most));
    return pieces.join("\n");
  });
}

function inlines(
  nodes: readonly InlineNode[] | undefined,
  v: OutputVersion,
  width: number,
  size = BODY_SIZE,
): Inline[] {
  const fitted = (text: string) => breakLongWords(text, width, size);
  const out: Inline[] = [];
  for (const node of nodes ?? []) {
    if (node.type === "hardBreak") out.push({ text: "\n" });
    else if (node.type === "field") {
      const value = fieldValue(v, node.attrs.key);
      out.push(
        value === null
          ? { text: placeholderText(node.attrs.key), background: HIGHLIGHT }
          : { text: fitted(value) },
      );
    } else {
      const run: Inline = { text: fitted(node.text) };
      for (const m of node.marks ?? []) {
        if (m.type === "bold") run.bold = true;
        // The embedded font has no italic face: pdfkit slants nothing, so italic shows as
        // upright text (the Word file keeps it).
        if (m.type === "italic") run.italics = true;
        if (m.type === "underline") run.decoration = "underline";
      }
      out.push(run);
    }
  }
  // An empty paragraph still takes a line, as in the editor.
  return out.length ? out : [{ text: " " }];
}

/** Where a block sits: the width it has (tables and rules fill it). */
type Place = { width: number; depth: number };

function blocks(list: readonly BlockNode[], v: OutputVersion, at: Place): Content[] {
  const out: Content[] = [];
  for (let i = 0; i < list.length; i++) {
    const b = list[i] as BlockNode;
    const next = list[i + 1];
    // A heading never ends a page alone: it goes with the paragraph after it.
    if (b.type === "heading" && next?.type === "paragraph") {
      out.push({ stack: [block(b, v, at), block(next, v, at)], unbreakable: true });
      i++;
    } else out.push(block(b, v, at));
  }
  return out;
}

function block(b: BlockNode, v: OutputVersion, at: Place): Content {
  switch (b.type) {
    case "paragraph":
      return {
        text: inlines(b.content, v, at.width),
        alignment: b.attrs?.textAlign ?? "left",
        margin: [0, 0, 0, 4],
      };
    case "heading":
      return {
        text: inlines(b.content, v, at.width, HEADING_SIZES[b.attrs.level - 1]),
        fontSize: HEADING_SIZES[b.attrs.level - 1],
        bold: true,
        margin: [0, b.attrs.level === 1 ? 10 : 6, 0, 4],
      };
    case "horizontalRule":
      return {
        canvas: [{ type: "line", x1: 0, y1: 0, x2: at.width, y2: 0, lineWidth: 0.5 }],
        margin: [0, 4, 0, 8],
      };
    case "orderedList":
    case "bulletList":
      return list(b, v, at);
    case "table":
      return table(b, v, at);
  }
}

function list(l: ListNode, v: OutputVersion, at: Place): Content {
  const start = l.attrs?.start ?? 1;
  const inner: Place = { width: at.width - INDENT, depth: at.depth + 1 };
  return {
    stack: l.content.map(
      (item, i): Content => ({
        columns: [
          {
            width: INDENT,
            text:
              l.type === "orderedList"
                ? orderedMarker(at.depth, start + i)
                : bulletMarker(at.depth),
          },
          { width: "*", stack: blocks(item.content, v, inner) },
        ],
        columnGap: 0,
      }),
    ),
    margin: [0, 0, 0, 2],
  };
}

function table(t: TableNode, v: OutputVersion, at: Place): Content {
  const { cells, columns } = tableGrid(t);
  // pdfmake wants every grid position filled: spanned positions hold empty cells.
  const body: TableCell[][] = t.content.map(() => Array.from({ length: columns }, () => ({})));
  // Equal columns ("*"), less each cell's padding and rule.
  const cellWidth = at.width / Math.max(columns, 1) - 7;
  for (const c of cells) {
    const row = body[c.row];
    if (!row) continue;
    row[c.col] = {
      stack: blocks(c.content, v, { width: (cellWidth + 7) * c.colspan - 7, depth: 0 }),
      ...(c.colspan > 1 ? { colSpan: c.colspan } : {}),
      ...(c.rowspan > 1 ? { rowSpan: c.rowspan } : {}),
      ...(c.header ? { fillColor: HEADER_FILL, bold: true } : {}),
    } as TableCell;
  }
  const headerRow = cells.some((c) => c.row === 0) && cells.every((c) => c.row !== 0 || c.header);
  return {
    table: {
      widths: Array.from({ length: columns }, () => "*"),
      headerRows: headerRow && t.content.length > 1 ? 1 : 0,
      body,
    },
    layout: thinLines,
    margin: [0, 2, 0, 8],
  };
}

/** 承認 / 確認 / 作成: label row, the stamp (name) row and the date row. */
function stampBox(v: OutputVersion): Content {
  const stamps = stampColumns(v);
  return {
    columns: [
      { width: "*", text: "" },
      {
        width: "auto",
        table: {
          widths: [70, 70, 70],
          heights: (row: number) => (row === 1 ? 40 : 12),
          body: [
            stamps.map((s) => ({ text: s.label, alignment: "center", fillColor: HEADER_FILL })),
            stamps.map((s) => ({
              text: s.stamp.name ?? "",
              alignment: "center",
              margin: [0, 12, 0, 0],
            })),
            stamps.map((s) => ({ text: japaneseDay(s.stamp.on), alignment: "center" })),
          ],
        },
        layout: thinLines,
        fontSize: 8,
      },
    ],
  };
}

function titleBlock(v: OutputVersion): Content[] {
  const mark = statusMark(v.status);
  return [
    stampBox(v),
    ...(mark
      ? [
          {
            text: `【${mark}】`,
            alignment: "center",
            bold: true,
            color: "#C00000",
            margin: [0, 12, 0, 0],
          } as Content,
        ]
      : []),
    { text: v.title, fontSize: 18, bold: true, alignment: "center", margin: [0, 18, 0, 12] },
    ...titleRows(v).map(
      ([label, value]): Content => ({
        text: `${label}　${value || "―"}`,
        alignment: "right",
        fontSize: 9,
      }),
    ),
    {
      canvas: [{ type: "line", x1: 0, y1: 0, x2: TEXT_WIDTH, y2: 0, lineWidth: 0.5 }],
      margin: [0, 6, 0, 12],
    },
  ];
}

function historyTable(v: OutputVersion): Content[] {
  const open = { text: "", border: [false, false, false, true] };
  const title = { ...open, text: "改訂履歴", bold: true, colSpan: 4 };
  return [
    {
      // The title is a header row: it repeats over a page break and never ends a page alone.
      table: {
        headerRows: 2,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: [40, 80, "*", 90],
        body: [
          [title, open, open, open],
          HISTORY_HEADERS.map((h) => ({ text: h, fillColor: HEADER_FILL, alignment: "center" })),
          ...v.history.map((row) => historyCells(row)),
        ],
      },
      // No rule above the title row.
      layout: { ...thinLines, hLineWidth: (i: number) => (i === 0 ? 0 : 0.5) },
      fontSize: 9,
      margin: [0, 18, 0, 0],
    } as Content,
  ];
}

export function pdfDocument(input: unknown): TDocumentDefinitions {
  const v = input as OutputVersion;
  const mark = statusMark(v.status);
  return {
    pageSize: "A4",
    pageOrientation: "portrait",
    pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
    info: { title: `${v.number} ${v.title}`, creator: "mamori", producer: "mamori" },
    defaultStyle: { fontSize: BODY_SIZE, lineHeight: 1.35 },
    ...(mark === "下書き"
      ? { watermark: { text: mark, opacity: 0.1, bold: true, angle: -45, fontSize: 120 } }
      : {}),
    header: () => ({
      text: headerText(v),
      alignment: "right",
      fontSize: 8,
      margin: [MARGIN.side, 28, MARGIN.side, 0],
    }),
    footer: (page: number, pages: number) => ({
      text: `- ${page} / ${pages} -`,
      alignment: "center",
      fontSize: 9,
      margin: [0, 18, 0, 0],
    }),
    content: [
      ...titleBlock(v),
      ...blocks(v.content.content, v, { width: TEXT_WIDTH, depth: 0 }),
      ...historyTable(v),
    ],
  };
}
