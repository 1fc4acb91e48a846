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

  it("does not begin a line with a closing mark or small kana (行頭禁則), nor overflow", () => {
    // 5 characters fit; "、" may not start line 2, so "等" moves down with it rather than
    // the mark hanging past the cell's edge.
    expect(wrapText("氏名住所等、電話番号", 50, 10)).toEqual(["氏名住所", "等、電話番", "号"]);
    expect(wrapText("あいうえおっか", 50, 10)).toEqual(["あいうえ", "おっか"]);
    // The proportional font sets 」 and 。 narrow: 「はい」 fits in 40pt, the second 」 does not.
    expect(wrapText("「はい」」。です", 40, 10)).toEqual(["「は", "い」」。で", "す"]);
  });

  it("never breaks inside a date", () => {
    // 「2026-08-0」 / 「6」 was printed in a narrow column: the date moves down whole.
    const iso = wrapText("見直し 2026-08-06", width("見直し 2026-08-0"), 10);
    expect(iso).toEqual(["見直し", "2026-08-06"]);
    const ja = wrapText("受容日2026年12月31日", width("受容日2026年12月"), 10);
    expect(ja).toEqual(["受容日", "2026年12月31日"]);
    expect(wrapText("確認 令和8年8月6日", width("確認 令和8年8月"), 10)).toEqual([
      "確認",
      "令和8年8月6日",
    ]);
  });

  it("keeps every line within the width, whatever the text", () => {
    const texts = [
      "東京都千代田区見本町一丁目2番3号（見本ビル5階）、「書庫」。",
      "backup of https://example.jp/a/very/long/path?query=1 every day",
      "ーーーー、、、、っっっっ",
      "2025年4月1日、2025年5月1日、2025年6月1日",
    ];
    for (const text of texts)
      for (const w of [22, 35, 50, 80])
        for (const line of wrapText(text, w, 8))
          if ([...line].length > 1)
            expect(width(line, 8), `${text} @${w}: ${line}`).toBeLessThanOrEqual(w);
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
    expect([japaneseDate(null), japaneseDate("")]).toEqual(["", ""]);
    expect([mark(true), mark(false), mark(null)]).toEqual(["○", "×", ""]);
  });

  it("shares the A3 landscape width by weight", () => {
    const [a, b] = columnWidths([1, 3]);
    // 1190.55 − 2×28 margins − 2 columns × (2×2 padding + 0.5 rule) − 0.5 = 1125.05
    expect((a ?? 0) + (b ?? 0)).toBeCloseTo(1125.05, 1);
    expect(b).toBeCloseTo((a ?? 0) * 3, 1);
  });
});
