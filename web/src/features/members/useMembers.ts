import { type AccessRole, accessRoles } from "@src/core/access/permissions.ts";
import { useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import type { Invitation, ItemList, Member } from "../../api/types.ts";
import { orgKey } from "../orgs/OrgContext.tsx";

export function useMembers(orgId: string) {
  return useQuery({
    queryKey: orgKey(orgId, "members"),
    queryFn: () => api.get<ItemList<Member>>(orgPath(orgId, "/members")),
  });
}

export function useInvitations(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: orgKey(orgId, "invitations"),
    queryFn: () => api.get<ItemList<Invitation>>(orgPath(orgId, "/invitations")),
    enabled,
  });
}

/** Roles the caller may hand out: only an owner may make someone an owner. */
export function grantableRoles(myRole: string): AccessRole[] {
  return accessRoles.filter((r) => r !== "owner" || myRole === "owner");
}
