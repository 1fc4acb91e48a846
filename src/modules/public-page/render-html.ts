// A document's content (core/documents/content.ts) as HTML for the public page. Every text —
// the document's own, a field's value, a placeholder — is escaped, so nothing typed into a
// document or the profile can become markup; only the tags written here are produced. The
// document's headings go one level down (its 1 becomes h2): the page has its own h1.
import type {
  BlockNode,
  DocumentContent,
  FieldValues,
  InlineNode,
  TableCellNode,
} from "../../core/documents/content.ts";
import { fieldPlaceholder } from "../../core/documents/fields.ts";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text safe inside an element or a quoted attribute. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const MARK_TAGS = { bold: "strong", italic: "em", underline: "u" } as const;

function inlineHtml(node: InlineNode, values: FieldValues): string {
  if (node.type === "hardBreak") return "<br>";
  if (node.type === "field") {
    const value = values[node.attrs.key];
    // A field left without data shows its label as a highlighted placeholder, never a blank.
    return value
      ? escapeHtml(value).replace(/\n/g, "<br>")
      : `<span class="ph">${escapeHtml(fieldPlaceholder(node.attrs.key, "ja"))}</span>`;
  }
  let html = escapeHtml(node.text).replace(/\n/g, "<br>");
  for (const mark of node.marks ?? []) {
    const tag = MARK_TAGS[mark.type];
    html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

const inlines = (nodes: readonly InlineNode[] | undefined, values: FieldValues) =>
  (nodes ?? []).map((n) => inlineHtml(n, values)).join("");

const ALIGN = { left: "", center: ' class="c"', right: ' class="r"' } as const;

/** A positive whole number for a span attribute, else nothing. */
const span = (name: string, value: number | undefined) =>
  value && value > 1 && Number.isInteger(value) ? ` ${name}="${value}"` : "";

function cellHtml(cell: TableCellNode, values: FieldValues): string {
  const tag = cell.type === "tableHeader" ? "th" : "td";
  const attrs = span("colspan", cell.attrs?.colspan) + span("rowspan", cell.attrs?.rowspan);
  return `<${tag}${attrs}>${blocksHtml(cell.content, values)}</${tag}>`;
}

function blockHtml(block: BlockNode, values: FieldValues): string {
  switch (block.type) {
    case "paragraph": {
      const align = ALIGN[block.attrs?.textAlign ?? "left"] ?? "";
      return `<p${align}>${inlines(block.content, values)}</p>`;
    }
    case "heading": {
      const level = block.attrs.level + 1;
      return `<h${level}>${inlines(block.content, values)}</h${level}>`;
    }
    case "horizontalRule":
      return "<hr>";
    case "orderedList":
    case "bulletList": {
      const tag = block.type === "orderedList" ? "ol" : "ul";
      const start =
        tag === "ol" && block.attrs?.start !== undefined && block.attrs.start !== 1
          ? ` start="${Math.trunc(block.attrs.start)}"`
          : "";
      const items = block.content
        .map((item) => `<li>${blocksHtml(item.content, values)}</li>`)
        .join("");
      return `<${tag}${start}>${items}</${tag}>`;
    }
    case "table": {
      const rows = block.content
        .map((row) => `<tr>${row.content.map((c) => cellHtml(c, values)).join("")}</tr>`)
        .join("");
      return `<div class="tw"><table>${rows}</table></div>`;
    }
    default:
      return "";
  }
}

function blocksHtml(blocks: readonly BlockNode[], values: FieldValues): string {
  return blocks.map((b) => blockHtml(b, values)).join("\n");
}

/** The whole content as HTML, fields filled from `values` (a version's frozen values). */
export function contentHtml(content: DocumentContent, values: FieldValues): string {
  return blocksHtml(content.content, values);
}
