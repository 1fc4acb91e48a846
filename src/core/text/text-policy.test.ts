import { describe, expect, it } from "vitest";
import { textProblem } from "./text-policy.ts";

describe("textProblem", () => {
  it("accepts Japanese text, emoji pairs and (where allowed) tabs and line breaks", () => {
    expect(textProblem("山田 太郎（ﾔﾏﾀﾞ）", false)).toBeNull();
    expect(textProblem("家族 👪 写真", false)).toBeNull();
    expect(textProblem("1行目\r\n2行目\tメモ", true)).toBeNull();
    expect(textProblem("", false)).toBeNull();
  });

  it("refuses NUL, other C0 controls and DEL", () => {
    expect(textProblem("a\u0000b", true)).toBe("control_chars_not_allowed");
    expect(textProblem("\u001b[31m", true)).toBe("control_chars_not_allowed");
    expect(textProblem("x\u007f", true)).toBe("control_chars_not_allowed");
    expect(textProblem("\u000b", true)).toBe("control_chars_not_allowed");
  });

  it("refuses tab and line breaks in single-line text", () => {
    expect(textProblem("a\nb", false)).toBe("control_chars_not_allowed");
    expect(textProblem("a\tb", false)).toBe("control_chars_not_allowed");
    expect(textProblem("a\rb", false)).toBe("control_chars_not_allowed");
  });

  it("refuses a lone high or low surrogate anywhere", () => {
    expect(textProblem("\ud800", false)).toBe("invalid_characters");
    expect(textProblem("a\ud83dz", false)).toBe("invalid_characters");
    expect(textProblem("\udc00a", false)).toBe("invalid_characters");
    expect(textProblem("\ude00\ud83d", false)).toBe("invalid_characters");
  });
});
