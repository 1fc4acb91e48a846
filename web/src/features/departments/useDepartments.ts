import { useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import type { Department, ItemList } from "../../api/types.ts";
import { orgKey } from "../orgs/OrgContext.tsx";

export function useDepartments(orgId: string) {
  return useQuery({
    queryKey: orgKey(orgId, "departments"),
    queryFn: () => api.get<ItemList<Department>>(orgPath(orgId, "/departments")),
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
