// Paragraphs of a course's text section: blank lines separate them, lines inside stay.
import { describe, expect, it } from "vitest";
import { paragraphs } from "./sections.ts";

describe("paragraphs", () => {
  it("splits on blank lines and keeps line breaks inside a paragraph", () => {
    expect(paragraphs("一行目\n二行目\n\n次の段落")).toEqual(["一行目\n二行目", "次の段落"]);
  });

  it("treats a line of spaces as blank and drops empty paragraphs", () => {
    expect(paragraphs("\n\nA\n   \nB\n\n\n\nC\n")).toEqual(["A", "B", "C"]);
  });

  it("gives nothing for an empty, null or missing body", () => {
    expect(paragraphs("")).toEqual([]);
    expect(paragraphs(null)).toEqual([]);
    expect(paragraphs(undefined)).toEqual([]);
    expect(paragraphs("  \n \n")).toEqual([]);
  });
});
