import { describe, expect, it } from "vitest";
import type { Department } from "../../api/types.ts";
import { departmentOptions, departmentTree, subtreeIds } from "./useDepartments.ts";

const dept = (id: string, name: string, parentId: string | null, sortOrder = 0): Department =>
  ({ id, name, parentId, sortOrder, peopleCount: 0 }) as Department;

// 営業部 ─ 第二営業課, 第一営業課 (sort order puts 第一 first); 総務部; an orphan whose parent is
// gone, shown at the top level.
const items = [
  dept("sales2", "第二営業課", "sales", 2),
  dept("admin", "総務部", null, 3),
  dept("sales", "営業部", null, 2),
  dept("sales1", "第一営業課", "sales", 1),
  dept("lost", "旧部門", "deleted-parent", 1),
];

describe("departmentTree", () => {
  it("lists parents before children, siblings by sort order then name, with their depth", () => {
    expect(departmentTree(items).map((r) => [r.department.id, r.depth, r.path])).toEqual([
      ["lost", 0, "旧部門"],
      ["sales", 0, "営業部"],
      ["sales1", 1, "営業部 / 第一営業課"],
      ["sales2", 1, "営業部 / 第二営業課"],
      ["admin", 0, "総務部"],
    ]);
  });

  it("orders siblings of one sort order by their names, in Japanese order", () => {
    const kana = [
      dept("k", "かきくけこ", null),
      dept("a", "あいうえお", null),
      dept("s", "さしすせそ", null),
    ];
    expect(departmentTree(kana).map((r) => r.department.name)).toEqual([
      "あいうえお",
      "かきくけこ",
      "さしすせそ",
    ]);
  });

  it("shows each department once even when the data holds a cycle", () => {
    const cycle = [dept("a", "A", "b"), dept("b", "B", "a"), dept("c", "C", null)];
    expect(departmentTree(cycle).map((r) => r.department.id)).toEqual(["c"]);
  });
});

describe("departmentOptions", () => {
  it("labels each option with its full path, leaving out the excluded", () => {
    expect(departmentOptions(items, new Set(["sales2", "admin"]))).toEqual([
      { value: "lost", label: "旧部門" },
      { value: "sales", label: "営業部" },
      { value: "sales1", label: "営業部 / 第一営業課" },
    ]);
  });
});

describe("subtreeIds", () => {
  it("is the department and everything under it", () => {
    const deep = [...items, dept("team", "法人チーム", "sales1")];
    expect([...subtreeIds(deep, "sales")].sort()).toEqual(["sales", "sales1", "sales2", "team"]);
    expect([...subtreeIds(deep, "admin")]).toEqual(["admin"]);
  });
});
