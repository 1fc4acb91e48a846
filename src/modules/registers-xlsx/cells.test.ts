import { describe, expect, it } from "vitest";
import { cellText } from "../shared/table-file/cell-text.ts";
import {
  excelDate,
  formatBoolean,
  formatDataItems,
  parseBooleanCell,
  parseDataItems,
  parseDateCell,
  splitList,
} from "./cells.ts";

describe("lists", () => {
  it("splits on 、 , ， ; and line breaks, dropping empty entries", () => {
    expect(splitList("顧客、取引先担当者,従業者，役員;株主\n応募者、 、")).toEqual([
      "顧客",
      "取引先担当者",
      "従業者",
      "役員",
      "株主",
      "応募者",
    ]);
    expect(splitList("")).toEqual([]);
    // ・ and / belong to names ("紙・電子", "営業/企画部").
    expect(splitList("営業/企画部・総務")).toEqual(["営業/企画部・総務"]);
  });
});

describe("個人情報の項目", () => {
  it("marks 要配慮 items by a trailing （要配慮）, (要配慮), （要配慮個人情報） or ※", () => {
    expect(
      parseDataItems("氏名、病歴（要配慮）、健診結果(要配慮)、障害の有無※、信条（要配慮個人情報）"),
    ).toEqual([
      { name: "氏名", category: null, sensitive: false, myNumber: false },
      { name: "病歴", category: null, sensitive: true, myNumber: false },
      { name: "健診結果", category: null, sensitive: true, myNumber: false },
      { name: "障害の有無", category: null, sensitive: true, myNumber: false },
      { name: "信条", category: null, sensitive: true, myNumber: false },
    ]);
  });

  it("reads a trailing ［分類］ or [分類] as the category, before or after the mark", () => {
    expect(
      parseDataItems("氏名［基本］\n病歴［健康］（要配慮）\n血液型（要配慮）[健康]\n［注］"),
    ).toEqual([
      { name: "氏名", category: "基本", sensitive: false, myNumber: false },
      { name: "病歴", category: "健康", sensitive: true, myNumber: false },
      { name: "血液型", category: "健康", sensitive: true, myNumber: false },
      // A bracket alone is a name, not a category of nothing.
      { name: "［注］", category: null, sensitive: false, myNumber: false },
    ]);
  });

  it("marks My Number data by a trailing （特定個人情報）, apart from 要配慮", () => {
    const items = parseDataItems(
      "個人番号［識別番号］（特定個人情報）、扶養家族の個人番号(特定個人情報)",
    );
    expect(items).toEqual([
      { name: "個人番号", category: "識別番号", sensitive: false, myNumber: true },
      { name: "扶養家族の個人番号", category: null, sensitive: false, myNumber: true },
    ]);
    expect(formatDataItems(items)).toBe(
      "個人番号［識別番号］（特定個人情報）、扶養家族の個人番号（特定個人情報）",
    );
  });

  it("writes what it reads", () => {
    const items = [
      { name: "氏名", category: "基本", sensitive: false, myNumber: false },
      { name: "病歴", category: null, sensitive: true, myNumber: false },
      { name: "通院歴", category: "健康", sensitive: true, myNumber: false },
    ];
    const text = formatDataItems(items);
    expect(text).toBe("氏名［基本］、病歴（要配慮）、通院歴［健康］（要配慮）");
    expect(parseDataItems(text)).toEqual(items);
  });
});

describe("yes/no cells", () => {
  it.each([
    ["○", true],
    ["〇", true],
    ["有", true],
    ["あり", true],
    ["はい", true],
    ["Yes", true],
    ["ＹＥＳ", true],
    ["×", false],
    ["無", false],
    ["なし", false],
    ["いいえ", false],
    ["No", false],
    ["", null],
    ["-", null],
    ["ー", null],
  ])("%s → %s", (cell, value) => {
    expect(parseBooleanCell(cell)).toEqual({ ok: true, value });
  });

  it("refuses other words", () => {
    expect(parseBooleanCell("たぶん")).toEqual({ ok: false, error: { key: "invalid_yes_no" } });
  });

  it("writes ○, × and blank", () => {
    expect([true, false, null].map(formatBoolean)).toEqual(["○", "×", ""]);
  });
});

describe("date cells", () => {
  it.each([
    ["令和6年4月1日", "2024-04-01"],
    ["令和元年5月1日", "2019-05-01"],
    ["R6.4.1", "2024-04-01"],
    ["平成31年4月30日", "2019-04-30"],
    ["2024/4/1", "2024-04-01"],
    ["２０２４年４月１日", "2024-04-01"],
    ["2024-04-01", "2024-04-01"],
    ["45383", "2024-04-01"],
    ["", null],
  ])("%s → %s", (cell, iso) => {
    expect(parseDateCell(cell)).toEqual({ ok: true, value: iso });
  });

  it.each(["平成31年5月1日", "2024/2/30", "来年", "24/4/1"])("refuses %s", (cell) => {
    expect(parseDateCell(cell)).toEqual({ ok: false, error: { key: "invalid_date_text" } });
  });

  it("writes a UTC midnight date that reads back as the same day", () => {
    const d = excelDate("2024-02-29");
    expect(d?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(cellText(d)).toBe("2024-02-29");
    expect(excelDate(null)).toBeNull();
  });
});

describe("cellText", () => {
  it("reads every shape exceljs gives", () => {
    expect(cellText(" 顧客\r\n名簿\u00a0")).toBe("顧客\n名簿");
    expect(cellText(120)).toBe("120");
    expect(cellText(0.1 + 0.2)).toBe("0.3");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText({ richText: [{ text: "顧客" }, { text: "名簿" }] })).toBe("顧客名簿");
    expect(cellText({ formula: "A1*2", result: 240 })).toBe("240");
    expect(cellText({ sharedFormula: "A1", result: "済" })).toBe("済");
    expect(cellText({ formula: "TODAY()", result: new Date(Date.UTC(2024, 3, 1)) })).toBe(
      "2024-04-01",
    );
    expect(cellText({ formula: "A1" })).toBe("");
    expect(cellText({ text: "サイト", hyperlink: "https://example.jp" })).toBe("サイト");
    expect(cellText({ text: "", hyperlink: "mailto:a@example.jp" })).toBe("a@example.jp");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
    expect(cellText(new Date(Date.UTC(2024, 3, 1, 23, 59, 59, 600)))).toBe("2024-04-02");
    expect(cellText(null)).toBe("");
  });
});
