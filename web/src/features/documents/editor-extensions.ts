// The editor's schema: exactly the content model the server accepts (core/documents/content.ts)
// — headings 1–3 keeping their J refs, paragraphs, bold/italic/underline, ordered and bullet
// lists, tables, hard breaks, horizontal rules and the organization's fields. StarterKit's
// other parts (code, code blocks, quotes, strike-through, links) are left out, so text pasted
// from Word is cleaned to this schema on the way in; the server's check is the guard.
import { Extension, Node } from "@tiptap/core";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import { ReactNodeViewRenderer } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { FieldChip } from "./FieldChip.tsx";

/** J refs of a heading ("J.3.1.1"), kept through editing as data-refs="J.3.1.1,J.3.1.2". */
export function parseRefs(value: string | null | undefined): string[] | null {
  const refs = (value ?? "")
    .split(/[\s,、，]+/)
    .map((r) => r.trim())
    .filter((r) => /^J(\.\d+){1,4}$/.test(r));
  return refs.length ? [...new Set(refs)] : null;
}

const HeadingRefs = Extension.create({
  name: "headingRefs",
  addGlobalAttributes() {
    return [
      {
        types: ["heading"],
        attributes: {
          refs: {
            default: null,
            parseHTML: (el: HTMLElement) => parseRefs(el.getAttribute("data-refs")),
            renderHTML: (attrs: { refs?: string[] | null }) =>
              attrs.refs?.length ? { "data-refs": attrs.refs.join(",") } : {},
          },
        },
      },
    ];
  },
});

/** A field filled from the organization's data: an inline atom shown as a chip. */
export const FieldNode = Node.create({
  name: "field",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      key: {
        default: null,
        parseHTML: (el: HTMLElement) => el.getAttribute("data-field"),
        renderHTML: (attrs: { key?: string | null }) => ({ "data-field": attrs.key }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "span[data-field]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["span", HTMLAttributes];
  },
  renderText({ node }) {
    return `【${node.attrs.key as string}】`;
  },
  addNodeView() {
    return ReactNodeViewRenderer(FieldChip, { as: "span" });
  },
});

/**
 * Table cells without the alignment attribute Tiptap 3 adds: the content model has no cell
 * alignment (the renderers lay tables out themselves), and the server would refuse it.
 */
function withoutAlign<T extends typeof TableCell | typeof TableHeader>(cell: T) {
  return cell.extend({
    addAttributes() {
      const { align: _align, ...rest } = (this.parent?.() ?? {}) as Record<string, unknown>;
      return rest;
    },
  });
}

export const documentExtensions = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    blockquote: false,
    strike: false,
    link: false,
    heading: { levels: [1, 2, 3] },
  }),
  HeadingRefs,
  Table.configure({ resizable: false }),
  TableRow,
  withoutAlign(TableHeader),
  withoutAlign(TableCell),
  FieldNode,
];
