// The loose comparison of a typed signature with the name on record.
import { describe, expect, it } from "vitest";
import { sameName } from "./documents.acknowledgements.contract.ts";

describe("sameName", () => {
  it("ignores half-width, full-width and missing spaces", () => {
    expect(sameName("山田太郎", "山田 太郎")).toBe(true);
    expect(sameName("山田　太郎", "山田 太郎")).toBe(true);
    expect(sameName("  山田 太郎 ", "山田　太郎")).toBe(true);
    expect(sameName("山 田 太 郎", "山田太郎")).toBe(true);
  });

  it("ignores the width and case of Latin letters", () => {
    expect(sameName("ＪＯＨＮ　ＳＭＩＴＨ", "John Smith")).toBe(true);
    expect(sameName("john smith", "John Smith")).toBe(true);
  });

  it("refuses another name, a part of the name, or nothing", () => {
    expect(sameName("山田花子", "山田 太郎")).toBe(false);
    expect(sameName("山田", "山田 太郎")).toBe(false);
    expect(sameName("　 ", "山田 太郎")).toBe(false);
    expect(sameName("山田太朗", "山田 太郎")).toBe(false);
  });
});
