import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { ItemList, OrgSummary } from "../../api/types.ts";

export const orgsKey = ["orgs"] as const;

export function useOrgs(enabled = true) {
  return useQuery({
    queryKey: orgsKey,
    queryFn: () => api.get<ItemList<OrgSummary>>("/api/v1/orgs"),
    enabled,
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
