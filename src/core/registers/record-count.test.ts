import { describe, expect, it } from "vitest";
import { formatRecordCount, parseRecordCount } from "./record-count.ts";

// Expected values written by hand (docs/domain.md#the-register, 件数).
describe("parseRecordCount", () => {
  it.each([
    ["約1,200件", { value: 1200, qualifier: "about" }],
    ["１２００", { value: 1200, qualifier: null }],
    ["1万人以上", { value: 10000, qualifier: "at_least" }],
    ["100未満", { value: 100, qualifier: "less_than" }],
    ["１，２００名", { value: 1200, qualifier: null }],
    ["約３万件", { value: 30000, qualifier: "about" }],
    ["1.5万", { value: 15000, qualifier: null }],
    ["1.15万人", { value: 11500, qualifier: null }],
    ["100000000万", { value: 1_000_000_000_000, qualifier: null }],
    ["300人程度", { value: 300, qualifier: "about" }],
    ["500件以上", { value: 500, qualifier: "at_least" }],
    [" 42 ", { value: 42, qualifier: null }],
    ["0", { value: 0, qualifier: null }],
  ] as const)("%s", (text, expected) => {
    expect(parseRecordCount(text)).toEqual(expected);
  });

  it.each([
    "不明",
    "",
    "100〜200",
    "約100以上",
    "1.5",
    "-5",
    "百件",
    "10件名",
    "100000001万件",
    "1.23456万",
  ])("%s stays text only", (text) => {
    expect(parseRecordCount(text)).toBeNull();
  });

  it("reads nothing from null", () => {
    expect(parseRecordCount(null)).toBeNull();
  });
});

describe("formatRecordCount", () => {
  it("writes the qualifier where each language puts it", () => {
    expect(formatRecordCount({ value: 1200, qualifier: "about" }, "ja")).toBe("約1,200");
    expect(formatRecordCount({ value: 10000, qualifier: "at_least" }, "ja")).toBe("10,000以上");
    expect(formatRecordCount({ value: 100, qualifier: "less_than" }, "ja")).toBe("100未満");
    expect(formatRecordCount({ value: 1200, qualifier: null }, "ja")).toBe("1,200");
    expect(formatRecordCount({ value: 1200, qualifier: "about" }, "en")).toBe("about 1,200");
    expect(formatRecordCount({ value: 10000, qualifier: "at_least" }, "en")).toBe("10,000 or more");
    expect(formatRecordCount({ value: 100, qualifier: "less_than" }, "en")).toBe("fewer than 100");
  });
});
