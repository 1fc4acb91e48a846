// Data of メンバーと招待: the members with their access roles, the invitations, and their writes.
import { type AccessRole, accessRoles } from "@src/core/access/permissions.ts";
import { useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import type { Invitation, ItemList, Member } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export function useMembers(orgId: string) {
  return useQuery({
    queryKey: queryKeys.members(orgId),
    queryFn: () => api.get<ItemList<Member>>(orgPath(orgId, "/members")),
  });
}

export function useInvitations(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.invitations(orgId),
    queryFn: () => api.get<ItemList<Invitation>>(orgPath(orgId, "/invitations")),
    enabled,
  });
}

/** Roles the caller may hand out: only an owner may make someone an owner. */
export function grantableRoles(myRole: string): AccessRole[] {
  return accessRoles.filter((r) => r !== "owner" || myRole === "owner");
}

/** A member's role is also the role in the organization list (what the member may do). */
const memberShownIn = (orgId: string) => [queryKeys.members(orgId), queryKeys.orgs];

export function useChangeRole(
  orgId: string,
  use: SaveUse<{ member: Member; role: string }, unknown>,
) {
  return useSave({
    request: ({ member, role }) => api.patch(orgPath(orgId, `/members/${member.id}`), { role }),
    refreshes: memberShownIn(orgId),
    ...use,
  });
}

export function useRemoveMember(orgId: string, use: SaveUse<Member, unknown>) {
  return useSave({
    request: (m) => api.delete(orgPath(orgId, `/members/${m.id}`)),
    refreshes: memberShownIn(orgId),
    ...use,
  });
}

export function useInvite(
  orgId: string,
  use: SaveUse<{ email: string; role: string }, Invitation>,
) {
  return useSave({
    request: (body) => api.post<Invitation>(orgPath(orgId, "/invitations"), body),
    refreshes: [queryKeys.invitations(orgId)],
    ...use,
  });
}

export function useCancelInvitation(orgId: string, use: SaveUse<Invitation, unknown>) {
  return useSave({
    request: (inv) => api.delete(orgPath(orgId, `/invitations/${inv.id}`)),
    refreshes: [queryKeys.invitations(orgId)],
    ...use,
  });
}
