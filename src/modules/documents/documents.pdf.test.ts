// The PDF of a document version, rendered as the worker does and read back glyph by glyph:
// title, 第N版, days written 2026年4月1日, 「- N / M -」 on every page, the embedded font, long
// words cut to fit.
import { describe, expect, it } from "vitest";
import type { BlockNode } from "../../core/documents/content.ts";
import { FONT_POSTSCRIPT_NAME } from "../exports/pdf-font.ts";
import { inspectPdf, type PdfSummary } from "../exports/pdf-inspect.ts";
import { renderJob } from "../exports/pdf-job.ts";
import type { OutputVersion } from "./documents.output.model.ts";
import { policyVersion } from "./documents.output.test-support.ts";
import { breakLongWords, DOCUMENT_PDF_MODULE, pdfDocument } from "./documents.pdf.ts";

const render = (v: OutputVersion) =>
  renderJob({ kind: "document", module: DOCUMENT_PDF_MODULE, input: v });
const compact = (s: string) => s.replace(/\s+/g, "");
/** The text of every page without its running head and foot, pages joined. */
const bodyText = (pdf: PdfSummary) =>
  compact(
    pdf.pageTexts
      .map((t) => t.replace(/文書番号 \S+　第\d+版(　【\S+】)?/, "").replace(/- \d+ \/ \d+ -/, ""))
      .join(""),
  );
const para = (text: string): BlockNode => ({
  type: "paragraph",
  content: [{ type: "text", text }],
});

describe("documents as PDF", () => {
  it("prints the title block, the text with its fields, and the revision history", async () => {
    const pdf = inspectPdf(await render(policyVersion()));
    expect(pdf.embeddedFonts.some((f) => f.endsWith(`+${FONT_POSTSCRIPT_NAME}`))).toBe(true);
    const text = bodyText(pdf);
    expect(text).toContain("承認確認作成山田太郎佐藤花子2026年3月25日");
    expect(text).toContain(
      "個人情報保護方針（内部向け）事業者株式会社テスト商事文書番号P-01版第2版",
    );
    expect(text).toContain("制定日2025年4月1日施行日2026年4月1日");
    expect(text).toContain("株式会社テスト商事（以下「当社」といいます。）は、お客様、お取引先");
    expect(text).toContain("代表者【代表者：未入力】");
    expect(text).toContain(
      "改訂履歴版施行日改訂内容承認者第1版2025年4月1日制定山田太郎第2版2026年4月1日苦情窓口の連絡先を改めた山田太郎",
    );
    expect(text).not.toContain("下書き");
  });

  it("numbers every page 「- N / M -」 under the number and 第N版", async () => {
    const long = Array.from({ length: 120 }, (_, i) =>
      para(`第${i + 1}条　従業者は、この規程に定める手順に従って個人情報を取り扱う。`),
    );
    const pdf = inspectPdf(await render(policyVersion({}, long)));
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    pdf.pageTexts.forEach((page, i) => {
      expect(page).toContain("文書番号 P-01　第2版");
      expect(page).toContain(`- ${i + 1} / ${pdf.pages} -`);
    });
    expect(bodyText(pdf)).toContain("第120条従業者は");
  });

  it("keeps typed markup as text and wraps a word longer than the line", async () => {
    const url = `https://example.jp/${"a".repeat(150)}/end`;
    const v = policyVersion({}, [para(`<script>alert(1)</script> ${url}`)]);
    const text = bodyText(inspectPdf(await render(v)));
    expect(text).toContain("<script>alert(1)</script>");
    // Cut into lines, every letter still printed in order.
    expect(text).toContain(url);
    // 160 mm of line at 10.5 pt: 45 letters a line at most (1 em each), whatever the letters.
    const laidOut = JSON.stringify(pdfDocument(v).content);
    expect(laidOut).toContain(
      JSON.stringify(`https://example.jp/${"a".repeat(26)}\n${"a".repeat(45)}\n`).slice(1, -1),
    );
  });

  it("watermarks a draft 下書き and leaves its stamp boxes empty", async () => {
    const draft = policyVersion({
      status: "draft",
      stamps: {
        approved: { name: null, on: null },
        checked: { name: null, on: null },
        written: { name: null, on: null },
      },
    });
    const page = inspectPdf(await render(draft)).pageTexts[0] ?? "";
    expect(page).toContain("文書番号 P-01　第2版　【下書き】");
    expect(compact(page)).toContain("承認確認作成【下書き】個人情報保護方針（内部向け）");
  });
});

describe("breakLongWords", () => {
  it("cuts a Latin word wider than the line into pieces that fit at 1 em a letter", () => {
    // 40 pt at 10 pt: 4 letters a piece.
    expect(breakLongWords("abcdefghij", 40, 10)).toBe("abcd\nefgh\nij");
    expect(breakLongWords("見出し abcd efgh", 40, 10)).toBe("見出し abcd efgh");
    expect(breakLongWords("日本語の文章はそのまま", 10, 10)).toBe("日本語の文章はそのまま");
  });
});
