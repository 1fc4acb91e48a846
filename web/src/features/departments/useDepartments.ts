// Data of 部門: the department tree, its writes, and the tree as rows and select options.
import { useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import type { Department, ItemList } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export function useDepartments(orgId: string) {
  return useQuery({
    queryKey: queryKeys.departments(orgId),
    queryFn: () => api.get<ItemList<Department>>(orgPath(orgId, "/departments")),
  });
}

/** Department names show in the people register, the appointments, the register and 法令等一覧. */
const departmentShownIn = (orgId: string) => [
  queryKeys.departments(orgId),
  queryKeys.people(orgId),
  queryKeys.appointments(orgId),
  queryKeys.inventory(orgId),
  queryKeys.legal(orgId),
];

export type DepartmentBody = { name: string; parentId: string | null };

/** Adds a department (no id) or renames / moves one. */
export function useSaveDepartment(
  orgId: string,
  use: SaveUse<{ id?: string; body: DepartmentBody }, unknown>,
) {
  return useSave({
    request: ({ id, body }) =>
      id
        ? api.patch(orgPath(orgId, `/departments/${id}`), body)
        : api.post(orgPath(orgId, "/departments"), body),
    refreshes: departmentShownIn(orgId),
    ...use,
  });
}

export function useDeleteDepartment(orgId: string, use: SaveUse<Department, unknown>) {
  return useSave({
    request: (d) => api.delete(orgPath(orgId, `/departments/${d.id}`)),
    refreshes: departmentShownIn(orgId),
    ...use,
  });
}

export type TreeRow = { department: Department; depth: number; path: string };

/** Departments in tree order (parents before children, siblings by sort order and name). */
export function departmentTree(items: readonly Department[]): TreeRow[] {
  const ids = new Set(items.map((d) => d.id));
  const children = new Map<string | null, Department[]>();
  for (const d of items) {
    const parent = d.parentId && ids.has(d.parentId) ? d.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  for (const list of children.values())
    list.sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "ja"));
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number, prefix: string) => {
    for (const d of children.get(parent) ?? []) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      const path = prefix ? `${prefix} / ${d.name}` : d.name;
      rows.push({ department: d, depth, path });
      walk(d.id, depth + 1, path);
    }
  };
  walk(null, 0, "");
  return rows;
}

/** Select options labelled with the full path (営業部 / 第一営業課), in tree order. */
export function departmentOptions(items: readonly Department[], exclude?: Set<string>) {
  return departmentTree(items)
    .filter((r) => !exclude?.has(r.department.id))
    .map((r) => ({ value: r.department.id, label: r.path }));
}

/** A department and everything under it (it cannot be moved below any of these). */
export function subtreeIds(items: readonly Department[], rootId: string): Set<string> {
  const result = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of items) {
      if (d.parentId && result.has(d.parentId) && !result.has(d.id)) {
        result.add(d.id);
        grew = true;
      }
    }
  }
  return result;
}
