import { describe, expect, it } from "vitest";
import { charWidth } from "./pdf-font.ts";
import { columnWidths, japaneseDate, mark } from "./pdf-layout.ts";
import { MAX_CELL_LINES, wrapText } from "./pdf-text.ts";

const width = (s: string, size = 10) => [...s].reduce((w, c) => w + charWidth(c, size), 0);

describe("wrapText", () => {
  it("measures full-width characters at 1 em and Latin letters narrower", () => {
    expect(charWidth("個", 10)).toBe(10);
    expect(charWidth("A", 10)).toBeLessThan(10);
  });

  it("keeps short text on one line and breaks long Japanese text within the width", () => {
    expect(wrapText("顧客名簿", 100, 10)).toEqual(["顧客名簿"]);
    const lines = wrapText("商品の発送とアフターサービスのご案内のため", 50, 10);
    expect(lines).toEqual(["商品の発送", "とアフター", "サービスの", "ご案内のた", "め"]);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(50);
  });

  it("does not begin a line with a closing mark or small kana (行頭禁則)", () => {
    // 5 characters fit; "、" would start line 2, so it stays at the end of line 1.
    expect(wrapText("氏名住所等、電話番号", 50, 10)).toEqual(["氏名住所等、", "電話番号"]);
    expect(wrapText("あいうえおっか", 50, 10)).toEqual(["あいうえおっ", "か"]);
  });

  it("keeps explicit line breaks and moves Latin words down whole", () => {
    expect(wrapText("1行目\n2行目", 100, 10)).toEqual(["1行目", "2行目"]);
    const lines = wrapText("file server backup", width("file server b"), 10);
    expect(lines).toEqual(["file server", "backup"]);
  });

  it("cuts very long text at MAX_CELL_LINES lines ending in …", () => {
    const lines = wrapText("あ".repeat(1000), 20, 10);
    expect(lines).toHaveLength(MAX_CELL_LINES);
    expect(lines.at(-1)).toBe("あ…");
  });
});

describe("page helpers", () => {
  it("writes dates the Japanese way and booleans as ○/×", () => {
    expect(japaneseDate("2025-04-01")).toBe("2025年4月1日");
    expect(japaneseDate("2024-12-31")).toBe("2024年12月31日");
    expect([mark(true), mark(false), mark(null)]).toEqual(["○", "×", ""]);
  });

  it("shares the A4 landscape width by weight", () => {
    const [a, b] = columnWidths([1, 3]);
    // 841.89 − 2×24 margins − 2 columns × (2×2 padding + 0.5 rule) − 0.5 = 784.39
    expect((a ?? 0) + (b ?? 0)).toBeCloseTo(784.39, 1);
    expect(b).toBeCloseTo((a ?? 0) * 3, 1);
  });
});
