// Slugs of public pages: their shape, the reserved words, and why a personal link's token can
// never be taken for one.
import { describe, expect, it } from "vitest";
import { isSlugShape, slugProblem } from "./slug.ts";

describe("slugs", () => {
  it("are 3–40 lower-case letters, digits and inner hyphens", () => {
    for (const ok of ["abc", "a-b", "sample-corp", "x2024", "a".repeat(40)])
      expect(slugProblem(ok), ok).toBeNull();
    for (const bad of [
      "ab",
      "a".repeat(41),
      "-abc",
      "abc-",
      "Abc",
      "a_b",
      "a.b",
      "a b",
      "あいう",
      "",
    ])
      expect(slugProblem(bad), bad).toBe("slug_invalid");
  });

  it("refuse reserved words", () => {
    for (const word of ["api", "admin", "login", "static", "assets", "app"])
      expect(slugProblem(word), word).toBe("slug_reserved");
  });

  it("never match a personal link's token (65 characters)", () => {
    expect(isSlugShape("a".repeat(65))).toBe(false);
    expect(isSlugShape("abcdefghijklmnopqrstuvwxyz0123456789-abcdefghijklmnopqrstuvwxyz1")).toBe(
      false,
    );
  });
});
