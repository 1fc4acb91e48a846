// The Word file of a document version, opened as Word would: word/document.xml, the header,
// the footer, the numbering and the styles, read back as text.
import { describe, expect, it } from "vitest";
import { renderDocx } from "./documents.docx.ts";
import { docxParts, paragraphTexts, policyVersion } from "./documents.output.test-support.ts";

const script = "<script>alert(1)</script>";
const typed = {
  type: "paragraph" as const,
  content: [{ type: "text" as const, text: `入力された文字 ${script} & "引用"` }],
};

describe("documents as docx", () => {
  it("writes the template's text with the fields filled and a missing one highlighted", async () => {
    const parts = docxParts(await renderDocx(policyVersion({}, [typed])));
    const body = parts["word/document.xml"] ?? "";
    const lines = paragraphTexts(body);
    expect(lines).toContain(
      "株式会社テスト商事（以下「当社」といいます。）は、お客様、お取引先及び従業者からお預かりする個人情報を大切に扱うことが、事業を続けていくうえでの土台であると考えています。",
    );
    expect(lines).toContain("代表者　【代表者：未入力】");
    expect(lines).toContain("制定日：2025年4月1日");
    // The placeholder is its own run, highlighted; the filled value is plain.
    expect(body).toMatch(
      /<w:r><w:rPr><w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">【代表者：未入力】<\/w:t><\/w:r>/,
    );
    expect(body).toContain("【個人情報保護管理者：未入力】");
    expect(body).not.toMatch(/<w:highlight[^>]*\/><\/w:rPr><w:t[^>]*>株式会社テスト商事/);
  });

  it("keeps typed markup as text (escaped XML), never as markup", async () => {
    const body = docxParts(await renderDocx(policyVersion({}, [typed])))["word/document.xml"];
    expect(body).toContain(
      "入力された文字 &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引用&quot;",
    );
    expect(body).not.toContain("<script>");
    expect(paragraphTexts(body ?? "")).toContain(`入力された文字 ${script} & "引用"`);
  });

  it("prints the approval box, the title block and the revision history", async () => {
    const lines = paragraphTexts(
      docxParts(await renderDocx(policyVersion()))["word/document.xml"] ?? "",
    );
    // 承認 / 確認 / 作成, then the names (確認 is a paper stamp), then the days.
    const box = lines.slice(0, 9);
    expect(box).toEqual([
      "承認",
      "確認",
      "作成",
      "山田 太郎",
      "",
      "佐藤 花子",
      "2026年3月25日",
      "",
      "",
    ]);
    expect(lines).toContain("個人情報保護方針（内部向け）");
    expect(lines).toContain("文書番号　P-01");
    expect(lines).toContain("版　第2版");
    expect(lines).toContain("施行日　2026年4月1日");
    const history = lines.slice(lines.indexOf("改訂履歴"));
    expect(history).toEqual([
      "改訂履歴",
      "版",
      "施行日",
      "改訂内容",
      "承認者",
      "第1版",
      "2025年4月1日",
      "制定",
      "山田 太郎",
      "第2版",
      "2026年4月1日",
      "苦情窓口の連絡先を改めた",
      "山田 太郎",
    ]);
  });

  it("lays out A4 portrait in 明朝 with the number on every page and 「- N / M -」 below", async () => {
    const parts = docxParts(await renderDocx(policyVersion()));
    const body = parts["word/document.xml"] ?? "";
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(parts["word/styles.xml"]).toContain('w:eastAsia="ＭＳ 明朝"');
    expect(paragraphTexts(parts["word/header1.xml"] ?? "")).toEqual(["文書番号 P-01　第2版"]);
    const footer = parts["word/footer1.xml"] ?? "";
    expect(paragraphTexts(footer)).toEqual(["-  /  -"]);
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it("numbers ordered lists 1. → (1) → ① and shades table headers", async () => {
    const nested = {
      type: "orderedList" as const,
      content: [
        {
          type: "listItem" as const,
          content: [
            { type: "paragraph" as const, content: [{ type: "text" as const, text: "外側" }] },
            {
              type: "orderedList" as const,
              content: [
                {
                  type: "listItem" as const,
                  content: [
                    {
                      type: "paragraph" as const,
                      content: [{ type: "text" as const, text: "内側" }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const cell = (type: "tableHeader" | "tableCell", text: string) => ({
      type,
      content: [
        text
          ? { type: "paragraph" as const, content: [{ type: "text" as const, text }] }
          : { type: "paragraph" as const },
      ],
    });
    const table = {
      type: "table" as const,
      content: [
        {
          type: "tableRow" as const,
          content: [cell("tableHeader", "項目"), cell("tableHeader", "記入欄")],
        },
        { type: "tableRow" as const, content: [cell("tableCell", "氏名"), cell("tableCell", "")] },
      ],
    };
    const parts = docxParts(await renderDocx(policyVersion({}, [nested, table])));
    const numbering = parts["word/numbering.xml"] ?? "";
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/><w:lvlText w:val="%1."\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/><w:lvlText w:val="\(%2\)"\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="decimalEnclosedCircle"\/><w:lvlText w:val="%3"\/>/);
    const body = parts["word/document.xml"] ?? "";
    expect(body).toMatch(
      /<w:ilvl w:val="1"\/><w:numId w:val="\d+"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">内側/,
    );
    expect(body).toMatch(
      /<w:shd w:fill="D9D9D9"[^>]*\/><\/w:tcPr><w:p><w:r><w:t xml:space="preserve">記入欄/,
    );
  });

  it("marks a draft 下書き, with Word's watermark and empty stamp boxes", async () => {
    const draft = policyVersion({
      status: "draft",
      effectiveOn: null,
      stamps: {
        approved: { name: null, on: null },
        checked: { name: null, on: null },
        written: { name: null, on: null },
      },
    });
    const parts = docxParts(await renderDocx(draft));
    const header = parts["word/header1.xml"] ?? "";
    expect(paragraphTexts(header)[0]).toBe("文書番号 P-01　第2版　【下書き】");
    expect(header).toContain('string="下書き"');
    const lines = paragraphTexts(parts["word/document.xml"] ?? "");
    expect(lines.slice(0, 10)).toEqual([
      "承認",
      "確認",
      "作成",
      "",
      "",
      "",
      "",
      "",
      "",
      "【下書き】",
    ]);
    expect(lines).toContain("施行日　―");
  });
});
