import { describe, expect, it } from "vitest";
import { initialList, searchTerm, withFilters, withSort } from "./useListState.ts";

type Filters = { q: string; departmentId: string | null };
const start = initialList<Filters, string>({ q: "", departmentId: null }, "kana");

describe("list state", () => {
  it("starts on page 1 with the given filters and sort", () => {
    expect(start).toEqual({ filters: { q: "", departmentId: null }, sort: "kana", page: 1 });
  });

  it("goes back to page 1 on other filters, keeping the sort", () => {
    const onPage3 = { ...start, sort: "-kana", page: 3 };
    expect(withFilters(onPage3, { q: "佐藤", departmentId: "d1" })).toEqual({
      filters: { q: "佐藤", departmentId: "d1" },
      sort: "-kana",
      page: 1,
    });
  });

  it("goes back to page 1 on another sort, keeping the filters", () => {
    const filtered = { filters: { q: "x", departmentId: "d2" }, sort: "kana", page: 4 };
    expect(withSort(filtered, "joinedOn")).toEqual({
      filters: { q: "x", departmentId: "d2" },
      sort: "joinedOn",
      page: 1,
    });
  });

  it("does not change the state it is given", () => {
    const before = { ...start, page: 2 };
    withFilters(before, { q: "a", departmentId: null });
    withSort(before, "email");
    expect(before).toEqual({ ...start, page: 2 });
  });

  it("searches for the typed text without surrounding spaces (full-width ones too)", () => {
    expect(searchTerm("  山田 ")).toBe("山田");
    expect(searchTerm("\u3000山田\u3000")).toBe("山田");
    expect(searchTerm("山田 花子")).toBe("山田 花子");
    expect(searchTerm("   ")).toBe("");
  });
});
