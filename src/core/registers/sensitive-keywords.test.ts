import { describe, expect, it } from "vitest";
import {
  findSensitiveItems,
  SENSITIVE_CATEGORIES,
  suggestSensitive,
} from "./sensitive-keywords.ts";

describe("suggestSensitive", () => {
  it("flags items naming special-care data", () => {
    expect(suggestSensitive(["氏名", "健康診断結果"])).toBe(true);
    expect(suggestSensitive(["既往歴"])).toBe(true);
    expect(suggestSensitive(["障がいの有無"])).toBe(true);
    expect(suggestSensitive(["労働組合への加入状況"])).toBe(true);
    expect(suggestSensitive(["宗 教"])).toBe(true);
  });

  it("leaves ordinary items alone", () => {
    expect(suggestSensitive(["氏名", "住所", "電話番号", "生年月日", "国籍", "本籍地"])).toBe(
      false,
    );
    expect(suggestSensitive(["健康保険証の記号番号"])).toBe(false);
    expect(suggestSensitive([])).toBe(false);
  });
});

describe("findSensitiveItems", () => {
  it("names the item, keyword and category", () => {
    expect(findSensitiveItems(["氏名", "健康診断結果", "犯罪歴"])).toEqual([
      { item: "健康診断結果", keyword: "健康診断", category: "health_check" },
      { item: "犯罪歴", keyword: "犯罪歴", category: "criminal_record" },
    ]);
  });

  it("keeps categories unique and each with keywords", () => {
    const keys = SENSITIVE_CATEGORIES.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of SENSITIVE_CATEGORIES) expect(c.keywords.length, c.key).toBeGreaterThan(0);
  });
});
