// The organizations the signed-in user belongs to, creating one, and the one used last.
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { ItemList, OrgSummary } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export function useOrgs(enabled = true) {
  return useQuery({
    queryKey: queryKeys.orgs,
    queryFn: () => api.get<ItemList<OrgSummary>>("/api/v1/orgs"),
    enabled,
  });
}

export type CreateOrg = { name: string; demo: boolean };

/** A new organization (empty, or the demo company) joins the user's list. */
export function useCreateOrg(use: SaveUse<CreateOrg, { id: string }>) {
  return useSave({
    request: (body) => api.post<{ id: string }>("/api/v1/orgs", body),
    refreshes: [queryKeys.orgs],
    ...use,
  });
}

const LAST_ORG = "mamori.lastOrg";

export function rememberOrg(orgId: string) {
  try {
    localStorage.setItem(LAST_ORG, orgId);
  } catch {
    // not essential
  }
}

export function lastOrg(): string | null {
  try {
    return localStorage.getItem(LAST_ORG);
  } catch {
    return null;
  }
}
