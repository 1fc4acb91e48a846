// The organization being worked on (from the URL) and the caller's access role in it.

import { type Action, can } from "@src/core/access/permissions.ts";
import { createContext, useContext } from "react";
import type { OrgSummary } from "../../api/types.ts";

export const OrgContext = createContext<OrgSummary | null>(null);

export function useOrg(): OrgSummary {
  const org = useContext(OrgContext);
  if (!org) throw new Error("useOrg() outside an organization route");
  return org;
}

/** Whether the caller's role allows `action` here (the server decides the same way). */
export function useCan(action: Action): boolean {
  return can(useOrg().role, action);
}
