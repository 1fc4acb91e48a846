// A tiny builder for template texts: short calls instead of the editor's JSON, so each template
// file reads like the document it makes. Everything it builds is valid under
// documentContentSchema (templates.test.ts checks every template with checkContent).
import type {
  BlockNode,
  DocumentContent,
  InlineNode,
  ListItemNode,
  TableCellNode,
} from "../content.ts";
import type { DocumentFieldKey } from "../fields.ts";

/** Text, a field, or a mix of both. */
export type Inline = string | InlineNode | readonly (string | InlineNode)[];

function inline(value: Inline): InlineNode[] {
  const parts = typeof value === "string" || !Array.isArray(value) ? [value] : value;
  return (parts as (string | InlineNode)[]).flatMap((part): InlineNode[] =>
    typeof part === "string" ? (part === "" ? [] : [{ type: "text", text: part }]) : [part],
  );
}

/** A field filled from the organization's data (core/documents/fields.ts). */
export const f = (key: DocumentFieldKey): InlineNode => ({ type: "field", attrs: { key } });

/** Bold text. */
export const b = (text: string): InlineNode => ({ type: "text", text, marks: [{ type: "bold" }] });

/** A line break inside a paragraph. */
export const br: InlineNode = { type: "hardBreak" };

/** A heading; `refs` are the J items its clause answers (the coverage table reads them). */
export function h(level: 1 | 2 | 3, text: Inline, refs?: readonly string[]): BlockNode {
  const content = inline(text);
  return {
    type: "heading",
    attrs: { level, refs: refs?.length ? [...refs] : null },
    ...(content.length ? { content } : {}),
  };
}

/** A paragraph; `align` for a title or a signature line. */
export function p(text: Inline = "", align?: "left" | "center" | "right"): BlockNode {
  const content = inline(text);
  return {
    type: "paragraph",
    ...(align ? { attrs: { textAlign: align } } : {}),
    ...(content.length ? { content } : {}),
  };
}

/** A list item: one line of text, or blocks (a line followed by a nested list). */
type Item = Inline | readonly BlockNode[];

const isBlocks = (item: Item): item is readonly BlockNode[] =>
  Array.isArray(item) &&
  item.length > 0 &&
  typeof item[0] === "object" &&
  item[0] !== null &&
  ["paragraph", "heading", "orderedList", "bulletList", "table", "horizontalRule"].includes(
    (item[0] as { type: string }).type,
  );

function listItem(item: Item): ListItemNode {
  return { type: "listItem", content: isBlocks(item) ? [...item] : [p(item as Inline)] };
}

/** A numbered list (1. 2. 3.). */
export const ol = (items: readonly Item[]): BlockNode => ({
  type: "orderedList",
  content: items.map(listItem),
});

/** A bulleted list. */
export const ul = (items: readonly Item[]): BlockNode => ({
  type: "bulletList",
  content: items.map(listItem),
});

const cell = (type: "tableCell" | "tableHeader", value: Inline): TableCellNode => ({
  type,
  content: [p(value)],
});

/**
 * A table whose first row is the header. `blank` empty rows are added below for a form to be
 * filled in by hand (each as wide as the header).
 */
export function table(rows: readonly (readonly Inline[])[], blank = 0): BlockNode {
  const [head, ...body] = rows;
  const width = head?.length ?? 1;
  const empty = Array.from({ length: blank }, () => Array.from({ length: width }, () => ""));
  return {
    type: "table",
    content: [
      { type: "tableRow", content: (head ?? [""]).map((v) => cell("tableHeader", v)) },
      ...[...body, ...empty].map((row) => ({
        type: "tableRow" as const,
        content: row.map((v) => cell("tableCell", v)),
      })),
    ],
  };
}

/** A two-column table of labels (header cells) and values to fill in: a form's upper part. */
export function fieldsTable(rows: readonly (readonly [string, Inline?])[]): BlockNode {
  return {
    type: "table",
    content: rows.map(([label, value]) => ({
      type: "tableRow" as const,
      content: [cell("tableHeader", label), cell("tableCell", value ?? "")],
    })),
  };
}

export const hr: BlockNode = { type: "horizontalRule" };

/** A whole document. */
export const doc = (...blocks: readonly (BlockNode | readonly BlockNode[])[]): DocumentContent => ({
  type: "doc",
  content: blocks.flat() as BlockNode[],
});

/**
 * Numbered articles 第1条（目的）, 第2条 … counted across a rule's chapters: each call gives the
 * article's heading (with the J items it answers) and its body. Level 3 under chapters (level
 * 2), level 2 in a short rule without chapters.
 */
export function articles(level: 2 | 3 = 3) {
  let n = 0;
  return (title: string, refs: readonly string[] | null, ...body: BlockNode[]): BlockNode[] => [
    h(level, `第${++n}条（${title}）`, refs ?? undefined),
    ...body,
  ];
}

/** Chapter headings 第1章, 第2章 … (level 2: level 1 is the document's title). */
export function chapters() {
  let n = 0;
  return (title: string): BlockNode => h(2, `第${++n}章　${title}`);
}

/** The usual head of a rule: title, then 文書番号・版・制定日・施行日 as fields. */
export function ruleHead(title: string): BlockNode[] {
  return [
    h(1, title),
    p([f("org.name")], "right"),
    p(["文書番号：", f("doc.number"), "　", f("doc.version")], "right"),
    p(["制定：", f("doc.establishedOn"), "　施行：", f("doc.effectiveOn")], "right"),
  ];
}

/** The usual head of a form: title and the organization's name. */
export function formHead(title: string, note?: string): BlockNode[] {
  return [
    h(1, title),
    p([f("org.name"), "　", f("doc.number")], "right"),
    ...(note ? [p(note)] : []),
  ];
}

/** The closing provision of a rule: when it takes effect (the version's 施行日). */
export const annex = (): BlockNode =>
  p(["附則　この規程は、", f("doc.effectiveOn"), "から施行する。"]);

/** Boxes for stamps or signatures under their labels (承認, 作成 …). */
export const stamps = (...labels: string[]): BlockNode => table([labels, labels.map(() => "")]);
