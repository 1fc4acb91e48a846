// The text of a PMS document (方針・規程・様式) as structured content: a small subset of the
// editor's (ProseMirror/Tiptap) JSON, checked on the server before it is stored. Anything not
// in this subset — script, styles, images pasted from Word, unknown nodes — is refused, so every
// renderer (web, docx, PDF, the public page) only ever meets these node types.
import { z } from "zod";

/** Inline mark on text. */
const markSchema = z.strictObject({
  type: z.enum(["bold", "italic", "underline"]),
});

// Control characters other than tab/newline never belong in a document's text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to refuse them
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const textNode = z.strictObject({
  type: z.literal("text"),
  text: z
    .string()
    .min(1)
    .max(20_000)
    .refine((s) => !CONTROL.test(s), "control_characters"),
  marks: z.array(markSchema).max(3).optional(),
});

/** A field filled from the organization's data (docs/domain.md#document-fields). */
const fieldNode = z.strictObject({
  type: z.literal("field"),
  attrs: z.strictObject({ key: z.string().regex(/^[a-z][a-zA-Z0-9.]{0,60}$/) }),
});

const hardBreak = z.strictObject({ type: z.literal("hardBreak") });

export const inlineSchema = z.discriminatedUnion("type", [textNode, fieldNode, hardBreak]);
export type InlineNode = z.infer<typeof inlineSchema>;

const inlineContent = z.array(inlineSchema).max(2_000).optional();

/** J items (e.g. "J.3.1.1") a heading's clause answers: the basis of the coverage table. */
const refsAttr = z
  .array(z.string().regex(/^J(\.\d+){1,4}$/))
  .max(20)
  .optional();

const paragraph = z.strictObject({
  type: z.literal("paragraph"),
  attrs: z.strictObject({ textAlign: z.enum(["left", "center", "right"]).nullable() }).optional(),
  content: inlineContent,
});

const heading = z.strictObject({
  type: z.literal("heading"),
  attrs: z.strictObject({
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    refs: refsAttr.nullable(),
  }),
  content: inlineContent,
});

const horizontalRule = z.strictObject({ type: z.literal("horizontalRule") });

export type BlockNode =
  | z.infer<typeof paragraph>
  | z.infer<typeof heading>
  | z.infer<typeof horizontalRule>
  | ListNode
  | TableNode;

export interface ListItemNode {
  type: "listItem";
  content: BlockNode[];
}
export interface ListNode {
  type: "orderedList" | "bulletList";
  attrs?: { start?: number; type?: string | null } | undefined;
  content: ListItemNode[];
}
export interface TableCellNode {
  type: "tableCell" | "tableHeader";
  attrs?:
    | { colspan?: number; rowspan?: number; colwidth?: number[] | null | undefined }
    | undefined;
  content: BlockNode[];
}
export interface TableNode {
  type: "table";
  content: { type: "tableRow"; content: TableCellNode[] }[];
}

const blockSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.discriminatedUnion("type", [paragraph, heading, horizontalRule, listSchema, tableSchema]),
);

const listItemSchema = z.strictObject({
  type: z.literal("listItem"),
  content: z.array(blockSchema).min(1).max(200),
});

const listSchema = z.strictObject({
  type: z.enum(["orderedList", "bulletList"]),
  attrs: z
    .strictObject({
      start: z.number().int().min(0).max(10_000).optional(),
      type: z.string().max(8).nullable().optional(),
    })
    .optional(),
  content: z.array(listItemSchema).min(1).max(1_000),
});

const cellSchema = z.strictObject({
  type: z.enum(["tableCell", "tableHeader"]),
  attrs: z
    .strictObject({
      colspan: z.number().int().min(1).max(50).optional(),
      rowspan: z.number().int().min(1).max(500).optional(),
      colwidth: z.array(z.number().int().min(0).max(5_000)).max(50).nullable().optional(),
    })
    .optional(),
  content: z.array(blockSchema).min(1).max(100),
});

const tableSchema = z.strictObject({
  type: z.literal("table"),
  content: z
    .array(
      z.strictObject({
        type: z.literal("tableRow"),
        content: z.array(cellSchema).min(1).max(50),
      }),
    )
    .min(1)
    .max(500),
});

/** A whole document's text. */
export const documentContentSchema = z.strictObject({
  type: z.literal("doc"),
  content: z.array(blockSchema).max(5_000),
});
export type DocumentContent = z.infer<typeof documentContentSchema>;

/** Limits checked before the schema (a deep or huge tree is refused without walking it). */
export const CONTENT_LIMITS = { maxBytes: 2_000_000, maxDepth: 12 } as const;

export type ContentCheck =
  | { ok: true; content: DocumentContent }
  | { ok: false; reason: "too_large" | "too_deep" | "invalid"; path?: string };

function depthOf(value: unknown, depth: number, max: number): boolean {
  if (depth > max) return false;
  if (Array.isArray(value)) return value.every((v) => depthOf(v, depth, max));
  if (value && typeof value === "object") {
    const content = (value as { content?: unknown }).content;
    return content === undefined || depthOf(content, depth + 1, max);
  }
  return true;
}

/** Checks content sent by a browser: size, nesting, then the node subset. */
export function checkContent(value: unknown): ContentCheck {
  const bytes = Buffer.byteLength(JSON.stringify(value ?? null), "utf8");
  if (bytes > CONTENT_LIMITS.maxBytes) return { ok: false, reason: "too_large" };
  if (!depthOf(value, 0, CONTENT_LIMITS.maxDepth)) return { ok: false, reason: "too_deep" };
  const parsed = documentContentSchema.safeParse(value);
  if (!parsed.success)
    return { ok: false, reason: "invalid", path: parsed.error.issues[0]?.path.join(".") };
  return { ok: true, content: parsed.data };
}

/** Visits every block, depth first, in reading order. */
export function* walkBlocks(blocks: readonly BlockNode[]): Generator<BlockNode> {
  for (const block of blocks) {
    yield block;
    if (block.type === "orderedList" || block.type === "bulletList")
      for (const item of block.content) yield* walkBlocks(item.content);
    if (block.type === "table")
      for (const row of block.content)
        for (const cell of row.content) yield* walkBlocks(cell.content);
  }
}

/** The keys of every field the content uses, once each, in order of first use. */
export function fieldsUsed(content: DocumentContent): string[] {
  const keys = new Set<string>();
  for (const block of walkBlocks(content.content))
    if (block.type === "paragraph" || block.type === "heading")
      for (const inline of block.content ?? [])
        if (inline.type === "field") keys.add(inline.attrs.key);
  return [...keys];
}

/** A field's value, or null when the organization has no data for it yet. */
export type FieldValues = Readonly<Record<string, string | null | undefined>>;

/** The inline text of a paragraph or heading, with fields filled (or shown as placeholders). */
export function inlineText(
  inline: readonly InlineNode[] | undefined,
  values: FieldValues,
  placeholder: (key: string) => string,
): string {
  return (inline ?? [])
    .map((n) =>
      n.type === "text"
        ? n.text
        : n.type === "hardBreak"
          ? "\n"
          : (values[n.attrs.key] ?? placeholder(n.attrs.key)),
    )
    .join("");
}

/**
 * The document as plain lines (one per paragraph, heading, list item line and table cell):
 * what the version comparison, search and the tests read.
 */
export function contentLines(
  content: DocumentContent,
  values: FieldValues = {},
  placeholder: (key: string) => string = (key) => `【${key}】`,
): string[] {
  const linesOf = (list: readonly BlockNode[], prefix: string): string[] =>
    list.flatMap((block): string[] => {
      switch (block.type) {
        case "paragraph":
        case "heading":
          return [prefix + inlineText(block.content, values, placeholder)];
        case "horizontalRule":
          return ["―"];
        case "orderedList":
        case "bulletList": {
          const start = block.attrs?.start ?? 1;
          return block.content.flatMap((item, i) => {
            const mark = block.type === "orderedList" ? `${start + i}. ` : "・";
            const [first, ...rest] = item.content;
            return [
              ...(first ? linesOf([first], prefix + mark) : []),
              ...linesOf(rest, `${prefix}  `),
            ];
          });
        }
        default:
          return block.content.map(
            (row) =>
              prefix + row.content.map((cell) => linesOf(cell.content, "").join(" ")).join(" | "),
          );
      }
    });
  return linesOf(content.content, "");
}

/** Replaces every field by its value as plain text: what an approved version keeps. */
export function freezeFields(content: DocumentContent, values: FieldValues): DocumentContent {
  const inline = (nodes: InlineNode[] | undefined): InlineNode[] | undefined =>
    nodes?.map((n) =>
      n.type === "field" && values[n.attrs.key]
        ? { type: "text", text: values[n.attrs.key] as string }
        : n,
    );
  const block = (b: BlockNode): BlockNode => {
    switch (b.type) {
      case "paragraph":
      case "heading":
        return { ...b, content: inline(b.content) } as BlockNode;
      case "orderedList":
      case "bulletList":
        return { ...b, content: b.content.map((i) => ({ ...i, content: i.content.map(block) })) };
      case "table":
        return {
          ...b,
          content: b.content.map((r) => ({
            ...r,
            content: r.content.map((c) => ({ ...c, content: c.content.map(block) })),
          })),
        };
      default:
        return b;
    }
  };
  return { type: "doc", content: content.content.map(block) };
}

/** Clauses that answer J items: each heading with refs, in order. */
export interface ClauseRef {
  heading: string;
  refs: string[];
}
export function clauseRefs(content: DocumentContent): ClauseRef[] {
  const out: ClauseRef[] = [];
  for (const block of walkBlocks(content.content))
    if (block.type === "heading" && block.attrs.refs?.length)
      out.push({
        heading: inlineText(block.content, {}, (k) => `【${k}】`),
        refs: block.attrs.refs,
      });
  return out;
}
