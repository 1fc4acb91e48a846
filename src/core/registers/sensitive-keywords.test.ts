import { describe, expect, it } from "vitest";
import {
  findMyNumberItems,
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

describe("Cabinet Order items", () => {
  it("suggests genome data, criminal proceedings and juvenile protection cases", () => {
    expect(
      findSensitiveItems([
        "ゲノム情報",
        "遺伝子検査の結果",
        "刑事事件の手続の有無",
        "少年の保護事件の記録",
      ]),
    ).toEqual([
      { item: "ゲノム情報", keyword: "ゲノム", category: "genome" },
      { item: "遺伝子検査の結果", keyword: "遺伝子", category: "genome" },
      { item: "刑事事件の手続の有無", keyword: "刑事事件", category: "criminal_procedure" },
      { item: "少年の保護事件の記録", keyword: "少年の保護事件", category: "juvenile_protection" },
    ]);
  });

  it("keeps every category's source honest: only APPI Art.2(3) ones are confirmed", () => {
    const unconfirmed = SENSITIVE_CATEGORIES.filter((c) => !c.verified).map((c) => c.key);
    expect(unconfirmed).toEqual([
      "genome",
      "criminal_procedure",
      "juvenile_protection",
      "sex_life",
      "sexual_orientation",
      "trade_union",
    ]);
  });
});

describe("My Number (特定個人情報)", () => {
  it("is not special-care data", () => {
    expect(
      suggestSensitive(["マイナンバー", "個人番号（マイナンバー）", "扶養家族の個人番号"]),
    ).toBe(false);
  });

  it("is found by its own keywords", () => {
    expect(
      findMyNumberItems(["氏名", "個人番号（マイナンバー）", "マイナンバー", "特定個人情報"]),
    ).toEqual([
      { item: "個人番号（マイナンバー）", keyword: "マイナンバー" },
      { item: "マイナンバー", keyword: "マイナンバー" },
      { item: "特定個人情報", keyword: "特定個人情報" },
    ]);
    expect(findMyNumberItems(["法人番号", "社員番号"])).toEqual([]);
  });
});
