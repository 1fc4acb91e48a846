// The exported register and risk sheets, opened with exceljs as a spreadsheet application
// would, print readably: A3 landscape, a scale that keeps 10 pt text at 7 pt or more, the
// header row and the name and department columns repeated, dates as 2025年4月1日.
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { benchItem, benchRisk } from "./bench-workbooks.ts";
import { registerXlsx } from "./register-export.ts";
import { riskXlsx } from "./risk-export.ts";
import { FONT } from "./sheet-layout.ts";
import { openWorkbook } from "./test-support.ts";

const meta = { orgName: "株式会社いんさつ", today: "2026-12-06" };

// By hand: A3 landscape is 420 mm = 1190.55 pt wide; less 0.4 in (28.8 pt) each side leaves
// 1132.95 pt. A column of width w (Excel's unit: the widest digit of Calibri 11, 7 px at
// 96 dpi) is 7w px = 5.25w pt.
const PRINTABLE_PT = 1190.55 - 2 * 28.8;
const pt = (widthUnits: number) => widthUnits * 5.25;

/** Column blocks as a spreadsheet application pages them: greedy, titles A:B repeated. */
function columnBlocks(widths: number[], scale: number): number[][] {
  const room = PRINTABLE_PT / (scale / 100);
  const titles = pt((widths[0] ?? 0) + (widths[1] ?? 0));
  const blocks: number[][] = [[]];
  let used = 0;
  widths.forEach((w, i) => {
    if (used + pt(w) > room) {
      blocks.push([]);
      used = titles;
    }
    blocks.at(-1)?.push(i + 1);
    used += pt(w);
  });
  return blocks;
}

const widthsOf = (ws: ExcelJS.Worksheet) =>
  Array.from({ length: ws.getRow(5).cellCount }, (_, i) => ws.getColumn(i + 1).width ?? 0);
const headers = (ws: ExcelJS.Worksheet, cols: number[]) =>
  cols.map((c) => String(ws.getRow(5).getCell(c).value));

describe("printing the register", () => {
  it("prints on A3 landscape at 75 % in two column blocks repeating 名称 and 管理部門", async () => {
    const items = [benchItem(0, ["総務部"]), benchItem(1, ["営業部"])];
    const wb = await openWorkbook(await registerXlsx(items, meta));
    const ws = wb.getWorksheet("個人情報管理台帳") as ExcelJS.Worksheet;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 8, // A3
      orientation: "landscape",
      fitToPage: false,
      scale: 75,
      pageOrder: "overThenDown",
      printTitlesRow: "5:5",
      printTitlesColumn: "A:B",
    });
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.4, right: 0.4 });

    // 30 columns: 24 + 13 + 12 text columns × 18 + 2 long ones × 36 + 5 choices × 13 +
    // 7 yes/no × 10 + 2 dates × 15 = 490 units = 2572.5 pt. One page wide would need
    // 1132.95 / 2572.5 = 44 %: 10 pt text at 4.4 pt. At the 75 % floor it prints at 7.5 pt.
    const widths = widthsOf(ws);
    expect(widths).toHaveLength(30);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(490);
    expect(FONT.size).toBe(10);
    expect(((FONT.size ?? 0) * (ws.pageSetup.scale ?? 0)) / 100).toBe(7.5);

    // At 75 % a page holds 1132.95 / 0.75 = 1510.6 pt = 287.7 units: columns A–O (279 units)
    // fill the first block; the second repeats A:B (37) and holds P–AD (211): 248 units.
    const blocks = columnBlocks(widths, 75);
    expect(blocks.map((b) => [b[0], b.at(-1)])).toEqual([
      [1, 15],
      [16, 30],
    ]);
    expect(headers(ws, [1, 2])).toEqual(["個人情報の名称", "管理部門"]);
    expect(headers(ws, [15, 16, 30])).toEqual(["アクセス権を有する者", "利用期限", "状態"]);
  });

  it("writes days as 2024年4月1日 in real date cells", async () => {
    const wb = await openWorkbook(await registerXlsx([benchItem(1, ["総務部"])], meta));
    const ws = wb.getWorksheet("個人情報管理台帳") as ExcelJS.Worksheet;
    const col = (ws.getRow(5).values as unknown[]).indexOf("特定日");
    const cell = ws.getRow(6).getCell(col);
    expect(cell.value).toEqual(new Date(Date.UTC(2024, 3, 1)));
    expect(cell.numFmt).toBe('yyyy"年"m"月"d"日"');
    // 15 units = 105 px, enough for 2024年12月31日 in 10 pt 游ゴシック (about 93 px).
    expect(ws.getColumn(col).width).toBe(15);
  });
});

describe("printing the risk analysis", () => {
  it("fits one A3 page wide at 77 %, text at 7.7 pt", async () => {
    const item = benchItem(0, ["総務部"]);
    const wb = await openWorkbook(await riskXlsx([benchRisk(item, 0), benchRisk(item, 1)], meta));
    const ws = wb.getWorksheet("リスク分析表") as ExcelJS.Worksheet;
    // 18 columns: 22 + 13 + 14 + 13 + 36 + 7 × 10 (four ratings, two levels, 評価状況) + 40 +
    // 2 × 12 (受容者, 見直し者) + 3 dates × 15 = 277 units = 1454.25 pt;
    // 1132.95 / 1454.25 = 77.9 % → 77 %, and 10 pt prints at 7.7 pt (above the 7.5 pt floor).
    const widths = widthsOf(ws);
    expect(widths).toHaveLength(18);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(277);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 8,
      orientation: "landscape",
      fitToPage: false,
      scale: 77,
      printTitlesRow: "5:5",
      printTitlesColumn: "A:B",
    });
    expect(((FONT.size ?? 0) * (ws.pageSetup.scale ?? 0)) / 100).toBeCloseTo(7.7, 10);
    // At 77 % a page holds 1132.95 / 0.77 = 1471.4 pt: all 1454.25 pt in one block.
    expect(columnBlocks(widths, 77)).toHaveLength(1);
    expect(headers(ws, [1, 2])).toEqual(["個人情報の名称", "管理部門"]);
  });
});
