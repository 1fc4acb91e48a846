// The side-by-side rows of a comparison (新旧対照), from two hand-written line lists.
import { describe, expect, it } from "vitest";
import { sideBySide } from "./documents.compare.ts";

describe("sideBySide", () => {
  it("pairs a removed line with the added one as a change, numbering each side", () => {
    expect(
      sideBySide(
        ["第1条 目的", "第2条 定義", "第3条 範囲"],
        ["第1条 目的", "第2条 用語", "第3条 範囲", "第4条 附則"],
      ),
    ).toEqual([
      { kind: "same", left: "第1条 目的", right: "第1条 目的", leftNo: 1, rightNo: 1 },
      { kind: "changed", left: "第2条 定義", right: "第2条 用語", leftNo: 2, rightNo: 2 },
      { kind: "same", left: "第3条 範囲", right: "第3条 範囲", leftNo: 3, rightNo: 3 },
      { kind: "added", left: null, right: "第4条 附則", leftNo: null, rightNo: 4 },
    ]);
  });

  it("shows lines removed without replacement on the left only", () => {
    expect(sideBySide(["a", "b", "c"], ["a"])).toEqual([
      { kind: "same", left: "a", right: "a", leftNo: 1, rightNo: 1 },
      { kind: "removed", left: "b", right: null, leftNo: 2, rightNo: null },
      { kind: "removed", left: "c", right: null, leftNo: 3, rightNo: null },
    ]);
  });

  it("pairs two removed lines with one added: one change, one removal", () => {
    expect(sideBySide(["x", "y"], ["z"])).toEqual([
      { kind: "changed", left: "x", right: "z", leftNo: 1, rightNo: 1 },
      { kind: "removed", left: "y", right: null, leftNo: 2, rightNo: null },
    ]);
  });

  it("compares identical and empty versions", () => {
    expect(sideBySide([], [])).toEqual([]);
    expect(sideBySide(["同じ"], ["同じ"])).toEqual([
      { kind: "same", left: "同じ", right: "同じ", leftNo: 1, rightNo: 1 },
    ]);
  });
});
