// The public page's renderer of document content: every text escaped, fields filled from the
// frozen values or shown as placeholders, headings one level down, lists and tables kept.
import { describe, expect, it } from "vitest";
import type { DocumentContent } from "../../core/documents/content.ts";
import { contentHtml, escapeHtml } from "./render-html.ts";

const doc = (...content: DocumentContent["content"]): DocumentContent => ({ type: "doc", content });

describe("contentHtml", () => {
  it("escapes script in text, in a field's value and in a table cell", () => {
    const html = contentHtml(
      doc(
        { type: "paragraph", content: [{ type: "text", text: "<script>alert(1)</script>" }] },
        { type: "paragraph", content: [{ type: "field", attrs: { key: "org.name" } }] },
        {
          type: "table",
          content: [
            {
              type: "tableRow",
              content: [
                {
                  type: "tableCell",
                  content: [{ type: "paragraph", content: [{ type: "text", text: `"'&<>` }] }],
                },
              ],
            },
          ],
        },
      ),
      { "org.name": '<img src=x onerror="alert(1)">' },
    );
    expect(html).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n" +
        "<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>\n" +
        '<div class="tw"><table><tr><td><p>&quot;&#39;&amp;&lt;&gt;</p></td></tr></table></div>',
    );
  });

  it("fills fields, shows a missing one as its placeholder, and keeps marks and breaks", () => {
    const html = contentHtml(
      doc(
        {
          type: "heading",
          attrs: { level: 1, refs: ["J.2.2"] },
          content: [{ type: "text", text: "方針" }],
        },
        {
          type: "paragraph",
          attrs: { textAlign: "right" },
          content: [
            { type: "field", attrs: { key: "org.representative" } },
            { type: "hardBreak" },
            { type: "text", text: "太字", marks: [{ type: "bold" }, { type: "underline" }] },
          ],
        },
        { type: "paragraph", content: [{ type: "field", attrs: { key: "desk.phone" } }] },
      ),
      { "org.representative": "代表取締役 山田 一郎", "desk.phone": null },
    );
    expect(html).toBe(
      "<h2>方針</h2>\n" +
        '<p class="r">代表取締役 山田 一郎<br><u><strong>太字</strong></u></p>\n' +
        '<p><span class="ph">【窓口の電話番号：未入力】</span></p>',
    );
  });

  it("numbers lists from their start and nests them", () => {
    const item = (t: string) => ({
      type: "listItem" as const,
      content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: t }] }],
    });
    const html = contentHtml(
      doc(
        { type: "orderedList", attrs: { start: 3 }, content: [item("三"), item("四")] },
        { type: "bulletList", content: [item("点")] },
        { type: "horizontalRule" },
      ),
      {},
    );
    expect(html).toBe(
      '<ol start="3"><li><p>三</p></li><li><p>四</p></li></ol>\n<ul><li><p>点</p></li></ul>\n<hr>',
    );
  });

  it("escapeHtml leaves ordinary Japanese text as it is", () => {
    expect(escapeHtml("個人情報保護方針（2025年）")).toBe("個人情報保護方針（2025年）");
  });
});
