// The printed register and risk analysis, rendered for real and read back: the font is
// embedded, the Japanese text is there (through the ToUnicode maps), the header row repeats
// on every page and every page is numbered "n / N".
import { beforeAll, describe, expect, it } from "vitest";
import { scoreRisk } from "../../core/registers/risk-matrix.ts";
import { RISK_MATRIX_3X3 } from "../../core/registers/risk-matrix-presets.ts";
import type { RegisterExportRow, RiskExportRow } from "./export-data.ts";
import { FONT_POSTSCRIPT_NAME } from "./pdf-font.ts";
import { inspectPdf, type PdfSummary, pdfObjects } from "./pdf-inspect.ts";
import { columnWidths, FONT_SIZE } from "./pdf-layout.ts";
import { NO_REGISTER_ROWS, REGISTER_COLUMNS, registerDocument } from "./pdf-register.ts";
import { renderPdf } from "./pdf-render.ts";
import { NO_RISK_ROWS, riskColumns, risksDocument, textColorOn } from "./pdf-risks.ts";
import { wrapText } from "./pdf-text.ts";

function item(i: number, over: Partial<RegisterExportRow> = {}): RegisterExportRow {
  return {
    id: `item-${i}`,
    name: `顧客名簿 第${i}号`,
    departmentId: "d1",
    departmentName: "営業部",
    subjectCategories: ["顧客"],
    dataItems: [
      { name: "氏名", sensitive: false },
      { name: "健康状態", sensitive: true },
    ],
    infoType: "personal",
    count: "約500",
    countValue: 500,
    countQualifier: "about",
    medium: "both",
    acquisition: ["direct_written"],
    purpose: "商品の発送とアフターサービスのため",
    noticeMethod: null,
    consentRequired: true,
    consentBasis: null,
    storageLocation: "本社書庫",
    storageMethod: "施錠保管",
    accessHolders: ["営業部員"],
    usePeriod: "取引終了まで",
    retentionPeriod: "5年",
    disposalMethod: "シュレッダー",
    outsourced: true,
    outsourcee: "株式会社はいそう",
    thirdPartyProvision: false,
    recipients: null,
    jointUse: null,
    foreignRecipient: null,
    foreignCountry: null,
    retainedPersonalData: null,
    sensitive: true,
    identifiedOn: "2024-04-01",
    lastReviewedOn: "2025-04-01",
    status: "active",
    updatedAt: "2025-04-01T00:00:00.000Z",
    ...over,
  };
}

const compact = (s: string) => s.replace(/\s+/g, "");
/** The page content streams, inflated: where the font sizes (Tf) are set. */
const renderedText = (pdf: Buffer) =>
  [...pdfObjects(pdf).values()].map((o) => o.stream?.toString("latin1") ?? "").join("\n");

describe("register PDF", () => {
  let many: PdfSummary;
  let bytes: Buffer;

  beforeAll(async () => {
    const rows = Array.from({ length: 120 }, (_, i) => item(i + 1));
    rows[56] = item(57, { name: "健康診断結果（要配慮）", medium: "paper", sensitive: false });
    bytes = await renderPdf(registerDocument(rows, "株式会社ためし", "2025-04-01"));
    many = inspectPdf(bytes);
  });

  it("is a PDF with the Japanese font embedded", () => {
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const raw = bytes.toString("latin1");
    expect(raw).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(raw).toContain(FONT_POSTSCRIPT_NAME);
    expect(many.embeddedFonts.map((f) => f.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual([
      "BIZUDPGothic-Bold",
      "BIZUDPGothic-Regular",
    ]);
  });

  it("prints the title, the organization, the day and the 作成/承認 boxes on page 1", () => {
    const first = compact(many.pageTexts[0] ?? "");
    expect(first.startsWith("個人情報管理台帳株式会社ためし出力日2025年4月1日作成承認")).toBe(true);
  });

  it("spreads many rows over several pages, each with the header row and n / N", () => {
    expect(many.pages).toBeGreaterThan(3);
    many.pageTexts.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain("個人情報の名称管理部門本人の区分個人情報の項目");
      expect(text, `page ${i + 1}`).toContain(`${i + 1} / ${many.pages}`);
    });
    // Rows are never split across pages: every name is whole on one page.
    for (let i = 1; i <= 120; i++) {
      if (i === 57) continue;
      const pagesWithName = many.pageTexts.filter((t) => compact(t).includes(`顧客名簿第${i}号`));
      expect(pagesWithName, `row ${i}`).toHaveLength(1);
    }
  });

  it("prints enum labels in Japanese, 要配慮 items marked, yes/no as ○/×", () => {
    const all = compact(many.pageTexts.join(""));
    // Row 57: name, department, subjects, items, 種別, 件数, 媒体, 取得方法, 利用目的 …
    expect(all).toContain(
      "57健康診断結果（要配慮）営業部顧客氏名、健康状態（要配慮）個人情報約500紙本人から直接書面で",
    );
    // … 同意 ○, 委託 ○ with the contractor, 第三者提供 ×, 開示対象 blank, 要配慮 ×, review day.
    expect(all).toContain("シュレッダー○○株式会社はいそう××2025年4月1日");
  });

  it("prints on A3 landscape with table text of at least 7 pt", () => {
    // pdfkit writes the page box as /MediaBox [0 0 width height] in points: A3 landscape is
    // 420 × 297 mm = 1190.55 × 841.89 pt.
    const boxes = [...bytes.toString("latin1").matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
    expect(boxes).toHaveLength(many.pages);
    for (const [, w, h] of boxes) expect([Number(w), Number(h)]).toEqual([1190.55, 841.89]);
    expect(FONT_SIZE).toBe(8);
    const sizes = new Set<number>();
    const raw = renderedText(bytes);
    for (const m of raw.matchAll(/\/F\d+ ([\d.]+) Tf/g)) sizes.add(Number(m[1]));
    expect([...sizes].sort((a, b) => a - b)).toEqual([7, 8, 10, 16]);
  });

  it("keeps every date of the register on one line of its column", () => {
    const widths = columnWidths(REGISTER_COLUMNS.map((c) => c.weight));
    const at = REGISTER_COLUMNS.findIndex((c) => c.header === "最終見直し日");
    // The widest day of the year, at the table's size.
    expect(wrapText("2026年12月31日", widths[at] ?? 0, FONT_SIZE)).toEqual(["2026年12月31日"]);
    expect(wrapText("最終見直し日", widths[at] ?? 0, FONT_SIZE)).toEqual(["最終見直し日"]);
  });

  it("prints a line saying there are no rows when the register is empty", async () => {
    const pdf = await renderPdf(registerDocument([], "株式会社から", "2025-04-01"));
    const empty = inspectPdf(pdf);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(empty.pages).toBe(1);
    expect(empty.pageTexts[0]).toContain(NO_REGISTER_ROWS);
    expect(empty.pageTexts[0]).toContain("1 / 1");
  });
});

describe("risk analysis PDF", () => {
  const m = RISK_MATRIX_3X3;
  function risk(i: number, likelihood: number, impact: number): RiskExportRow {
    return {
      id: `r${i}`,
      itemId: "i1",
      itemName: "採用応募者情報",
      departmentName: "総務部",
      phase: "transfer",
      kind: "leak",
      description: `応募書類のメール誤送信 ${i}`,
      likelihood,
      impact,
      inherent: scoreRisk(m, likelihood, impact),
      countermeasure: "宛先の二重確認",
      residualLikelihood: 1,
      residualImpact: impact,
      residual: scoreRisk(m, 1, impact),
      acceptedBy: i === 1 ? "代表取締役" : null,
      acceptedOn: i === 1 ? "2025-04-10" : null,
      assessed: true,
      lastReviewedOn: i === 1 ? "2025-06-30" : null,
      lastReviewedBy: i === 1 ? "見直 太郎" : null,
      reviewOn: "2026-04-01",
    };
  }

  it("prints phases, kinds and levels in Japanese, levels in their matrix colours", async () => {
    const high = scoreRisk(m, 3, 3);
    expect(high?.label.ja).toBe("高");
    const pdf = await renderPdf(
      risksDocument(m, [risk(1, 3, 3), risk(2, 1, 1)], "株式会社ためし", "2025-04-01"),
      { compress: false },
    );
    const text = compact(inspectPdf(pdf).pageTexts.join(""));
    expect(text).toContain("リスク分析表株式会社ためし出力日2025年4月1日");
    expect(text).toContain("1採用応募者情報総務部移送・送信漏えい応募書類のメール誤送信1");
    expect(text).toContain(
      `3${m.likelihood.levels[2]?.label.ja}3${m.impact.levels[2]?.label.ja}高`,
    );
    // 評価状況, 受容者, 受容日, 最終見直し日, 見直し者, 見直し予定日 side by side, each whole,
    // days written the Japanese way.
    expect(text).toContain("評価済み代表取締役2025年4月10日2025年6月30日見直太郎2026年4月1日");
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain("評価状況受容者受容日最終見直し日見直し者見直し予定日");
    // The 高 cell is filled with the level's colour (pdfkit writes "r g b scn", each 0–1).
    const rgb = [1, 3, 5]
      .map((i) => Number.parseInt(high?.color.slice(i, i + 2) ?? "", 16))
      .map((v) => String(v / 255))
      .join(" ");
    expect(pdf.toString("latin1")).toContain(`${rgb} scn`);
  });

  it("prints a 未評価 row's levels as （提案）, on grey instead of the level's colour", async () => {
    const suggested = { ...risk(3, 3, 3), assessed: false };
    const high = scoreRisk(m, 3, 3);
    const pdf = await renderPdf(risksDocument(m, [suggested], "株式会社ためし", "2025-04-01"), {
      compress: false,
    });
    const text = compact(inspectPdf(pdf).pageTexts.join(""));
    // Likelihood 3 高 × impact 3 高: the suggested level 高; residual 1 低 × 3 高: 中.
    expect(text).toContain("3高3高（提案）高宛先の二重確認1低3高（提案）中未評価");
    expect(text).not.toContain("評価済み");
    // Grey #E9ECEF (233, 236, 239) fills the levels; the matrix's 高 colour is nowhere.
    expect(pdf.toString("latin1")).toContain(`${233 / 255} ${236 / 255} ${239 / 255} scn`);
    const rgb = [1, 3, 5]
      .map((i) => Number.parseInt(high?.color.slice(i, i + 2) ?? "", 16))
      .map((v) => String(v / 255))
      .join(" ");
    expect(pdf.toString("latin1")).not.toContain(`${rgb} scn`);
  });

  it("keeps every date and its header on one line of its narrow column", () => {
    const columns = riskColumns(m);
    const widths = columnWidths(columns.map((c) => c.weight));
    const dates = ["受容日", "最終見直し日", "見直し予定日"];
    for (const header of dates) {
      const width = widths[columns.findIndex((c) => c.header === header)] ?? 0;
      expect(wrapText("2025年12月31日", width, FONT_SIZE), header).toEqual(["2025年12月31日"]);
      expect(wrapText(header, width, FONT_SIZE)).toEqual([header]);
    }
    expect(columns.slice(-5).map((c) => c.header)).toEqual([
      "受容者",
      "受容日",
      "最終見直し日",
      "見直し者",
      "見直し予定日",
    ]);
    // （提案）高 and 評価済み fit their columns on one line.
    for (const [header, value] of [
      ["リスクレベル", "（提案）高"],
      ["残存リスク", "（提案）高"],
      ["評価状況", "評価済み"],
    ] as const) {
      const width = widths[columns.findIndex((c) => c.header === header)] ?? 0;
      expect(wrapText(value, width, FONT_SIZE), header).toEqual([value]);
    }
  });

  it("prints a line saying there are no risks when there are none", async () => {
    const pdf = await renderPdf(risksDocument(m, [], "株式会社から", "2025-04-01"));
    expect(inspectPdf(pdf).pageTexts[0]).toContain(NO_RISK_ROWS);
  });

  it("picks black text on light level colours and white on dark ones", () => {
    expect(textColorOn("#FFEB3B")).toBe("#000000");
    expect(textColorOn("#1B5E20")).toBe("#FFFFFF");
  });
});
