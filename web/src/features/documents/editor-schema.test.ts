// The editor's schema and the server's content model agree: a document using every node and
// mark the editor offers, read into the editor's schema and written back out (as the editor
// saves it, default attributes and all), passes the server's check unchanged in meaning; and
// what the model refuses (a blockquote, a strike-through, a link) is not in the schema either.
import { checkContent, contentLines } from "@src/core/documents/content.ts";
import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { documentExtensions } from "./editor-extensions.ts";

const schema = getSchema(documentExtensions);
const text = (t: string, marks?: { type: string }[]) => ({
  type: "text",
  text: t,
  ...(marks ? { marks } : {}),
});

const everything = {
  type: "doc",
  content: [
    {
      type: "heading",
      attrs: { level: 1, refs: ["J.2.2", "J.3.1.1"] },
      content: [text("第1章 総則")],
    },
    {
      type: "paragraph",
      content: [
        text("太字", [{ type: "bold" }]),
        text("斜体", [{ type: "italic" }]),
        text("下線", [{ type: "underline" }]),
        { type: "hardBreak" },
        { type: "field", attrs: { key: "org.representative" } },
      ],
    },
    {
      type: "orderedList",
      attrs: { start: 1 },
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("一")] }] }],
    },
    {
      type: "bulletList",
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("・二")] }] }],
    },
    { type: "horizontalRule" },
    {
      type: "table",
      content: [
        {
          type: "tableRow",
          content: [
            { type: "tableHeader", content: [{ type: "paragraph", content: [text("項目")] }] },
            { type: "tableCell", content: [{ type: "paragraph", content: [text("内容")] }] },
          ],
        },
      ],
    },
  ],
};

describe("the editor's schema", () => {
  it("writes every node it offers in a shape the server accepts", () => {
    const saved = schema.nodeFromJSON(everything).toJSON();
    const check = checkContent(saved);
    if (!check.ok) throw new Error(`refused: ${JSON.stringify(check)}`);
    expect(contentLines(check.content, { "org.representative": "山田 太郎" })).toEqual([
      "第1章 総則",
      "太字斜体下線\n山田 太郎",
      "1. 一",
      "・・二",
      "―",
      "項目 | 内容",
    ]);
  });

  it("keeps a heading's J refs through the round trip", () => {
    const saved = schema.nodeFromJSON(everything).toJSON() as {
      content: { attrs?: { refs?: string[] } }[];
    };
    expect(saved.content[0]?.attrs?.refs).toEqual(["J.2.2", "J.3.1.1"]);
  });

  it("has none of the nodes and marks outside the content model", () => {
    for (const node of ["blockquote", "codeBlock", "image"])
      expect(schema.nodes[node], node).toBeUndefined();
    for (const mark of ["strike", "code", "link", "textStyle"])
      expect(schema.marks[mark], mark).toBeUndefined();
  });
});
