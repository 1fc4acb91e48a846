import { describe, expect, it } from "vitest";
import { BLANK_WORDS, NO_WORDS, parseYesNo, YES_WORDS } from "./boolean-words.ts";
import { toHalfWidth } from "./normalize.ts";

describe("parseYesNo", () => {
  it.each([
    "○",
    "〇",
    "◯",
    "有",
    "あり",
    "有り",
    "はい",
    "yes",
    "YES",
    "Yes",
    "ＹＥＳ",
    "y",
    "Y",
    "true",
    "TRUE",
    "1",
    "１",
    "要",
    "済",
    "✓",
    "✔",
    " ○ ",
    "\u3000有\u3000",
  ])("%j → true", (input) => {
    expect(parseYesNo(input)).toBe(true);
  });

  it.each([
    "×",
    "✕",
    "✖",
    "無",
    "なし",
    "無し",
    "いいえ",
    "no",
    "NO",
    "ｎｏ",
    "n",
    "N",
    "false",
    "False",
    "0",
    "０",
    "不要",
  ])("%j → false", (input) => {
    expect(parseYesNo(input)).toBe(false);
  });

  it.each([
    ["", "empty"],
    ["   ", "spaces"],
    ["\u3000", "ideographic space"],
    ["-", "hyphen"],
    ["－", "full-width hyphen"],
    ["ー", "prolonged sound mark"],
    ["ｰ", "half-width prolonged sound mark"],
    ["―", "horizontal bar"],
    ["—", "em dash"],
    ["−", "minus"],
    ["／", "slash"],
    ["N/A", "n/a"],
  ])("%j → null (%s)", (input) => {
    expect(parseYesNo(input)).toBeNull();
  });

  it("passes booleans through and reads 1/0 numbers", () => {
    expect(parseYesNo(true)).toBe(true);
    expect(parseYesNo(false)).toBe(false);
    expect(parseYesNo(1)).toBe(true);
    expect(parseYesNo(0)).toBe(false);
  });

  it("treats undefined and null as empty", () => {
    expect(parseYesNo(undefined)).toBeNull();
    expect(parseYesNo(null)).toBeNull();
  });

  it.each([["たぶん"], ["有（同意書）"], ["yess"], ["2"], ["--"], ["○×"]])(
    "%j → invalid",
    (input) => {
      expect(parseYesNo(input)).toBe("invalid");
    },
  );

  it("rejects other numbers and non-text values", () => {
    expect(parseYesNo(2)).toBe("invalid");
    expect(parseYesNo(-1)).toBe("invalid");
    expect(parseYesNo(Number.NaN)).toBe("invalid");
    expect(parseYesNo(new Date(0))).toBe("invalid");
    expect(parseYesNo({})).toBe("invalid");
    expect(parseYesNo(["有"])).toBe("invalid");
  });

  it("keeps the word lists disjoint and already normalised", () => {
    const all = [...YES_WORDS, ...NO_WORDS, ...BLANK_WORDS];
    expect(new Set(all).size).toBe(all.length);
    for (const w of all) expect(toHalfWidth(w).trim().toLowerCase()).toBe(w);
  });
});
