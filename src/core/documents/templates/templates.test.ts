// The starter templates: every one is valid content, names only known fields and catalogue
// items, and has the register data its kind calls for. The builder's shapes are checked on
// hand-written expectations.
import { describe, expect, it } from "vitest";
import { getCatalogue } from "../../requirements/index.ts";
import { checkContent, clauseRefs, contentLines, fieldsUsed } from "../content.ts";
import { DOCUMENT_FIELDS } from "../fields.ts";
import { b, f, h, ol, p, table } from "./builder.ts";
import { DOCUMENT_TEMPLATES, templateByKey } from "./index.ts";

const catalogueRefs = new Set(getCatalogue("pmark-guideline-2023")?.nodes.map((n) => n.ref) ?? []);
const fieldKeys = new Set<string>(DOCUMENT_FIELDS.map((x) => x.key));

describe("builder", () => {
  it("builds headings with their refs, paragraphs with fields, lists and tables", () => {
    expect(h(2, "第1条（目的）", ["J.1.5"])).toEqual({
      type: "heading",
      attrs: { level: 2, refs: ["J.1.5"] },
      content: [{ type: "text", text: "第1条（目的）" }],
    });
    expect(h(1, "題")).toEqual({
      type: "heading",
      attrs: { level: 1, refs: null },
      content: [{ type: "text", text: "題" }],
    });
    expect(p(["代表者　", f("org.representative")], "right")).toEqual({
      type: "paragraph",
      attrs: { textAlign: "right" },
      content: [
        { type: "text", text: "代表者　" },
        { type: "field", attrs: { key: "org.representative" } },
      ],
    });
    expect(p("")).toEqual({ type: "paragraph" });
    expect(ol(["一", [b("二"), "です"]])).toEqual({
      type: "orderedList",
      content: [
        {
          type: "listItem",
          content: [{ type: "paragraph", content: [{ type: "text", text: "一" }] }],
        },
        {
          type: "listItem",
          content: [
            {
              type: "paragraph",
              content: [
                { type: "text", text: "二", marks: [{ type: "bold" }] },
                { type: "text", text: "です" },
              ],
            },
          ],
        },
      ],
    });
    const t = table([["氏名", "日付"]], 2);
    expect(t.type === "table" && t.content.map((r) => r.content.map((c) => c.type))).toEqual([
      ["tableHeader", "tableHeader"],
      ["tableCell", "tableCell"],
      ["tableCell", "tableCell"],
    ]);
  });
});

describe.each(DOCUMENT_TEMPLATES.map((t) => [t.number, t] as const))("template %s", (_n, t) => {
  it("is content the server accepts", () => {
    const check = checkContent(JSON.parse(JSON.stringify(t.content)));
    expect(check.ok, JSON.stringify(check)).toBe(true);
  });

  it("uses only known fields and catalogue items", () => {
    expect(fieldsUsed(t.content).filter((k) => !fieldKeys.has(k))).toEqual([]);
    const refs = [...t.jRefs, ...clauseRefs(t.content).flatMap((c) => c.refs)];
    expect(refs.filter((r) => !catalogueRefs.has(r))).toEqual([]);
    expect(refs.length).toBeGreaterThan(0);
  });

  it("starts with its title and has the approver its kind calls for", () => {
    // The public policy's own heading is just 個人情報保護方針; the register adds （外部向け）.
    expect(t.title).toContain(contentLines(t.content)[0] ?? "(none)");
    if (t.kind === "policy") expect(t.approverRole).toBe("top_management");
    if (t.kind === "form") expect(t.approverRole).toBe("pms_manager");
    expect(t.number).toMatch(
      t.kind === "policy" ? /^P-\d\d$/ : t.kind === "rule" ? /^R-\d\d$/ : /^F-\d\d$/,
    );
  });
});

describe("the starter set", () => {
  it("has unique keys and numbers, and the size a PMS needs", () => {
    const keys = DOCUMENT_TEMPLATES.map((t) => t.key);
    const numbers = DOCUMENT_TEMPLATES.map((t) => t.number);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(numbers).size).toBe(numbers.length);
    const count = (kind: string) => DOCUMENT_TEMPLATES.filter((t) => t.kind === kind).length;
    expect(count("policy")).toBe(2);
    expect(count("rule")).toBe(10);
    expect(count("form")).toBe(22);
  });

  it("writes the manual's articles as 第N条 with their J refs", () => {
    const manual = templateByKey("rule.manual");
    const clauses = manual ? clauseRefs(manual.content) : [];
    expect(clauses[0]).toEqual({ heading: "第1条（目的）", refs: ["J.1.5"] });
    expect(clauses.find((c) => c.refs.includes("J.2.3"))?.heading).toBe("第9条（役割と権限）");
  });

  it("puts the representative, the date and the desk into the external policy", () => {
    const external = templateByKey("policy.external");
    expect(external && fieldsUsed(external.content)).toEqual([
      "org.name",
      "desk.name",
      "desk.address",
      "desk.phone",
      "desk.email",
      "desk.hours",
      "doc.establishedOn",
      "doc.effectiveOn",
      "org.representative",
    ]);
  });
});
