// An invitation seen by the invited user (by id and secret token), and joining through it.
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { InvitationPreview } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

const invitationPath = (id: string) => `/api/v1/invitations/${encodeURIComponent(id)}`;

export function useInvitationPreview(id: string, token: string) {
  return useQuery({
    queryKey: queryKeys.invitation(id),
    queryFn: () => api.get<InvitationPreview>(`${invitationPath(id)}/${encodeURIComponent(token)}`),
  });
}

/** Joining adds the organization to the user's list. */
export function useAcceptInvitation(
  id: string,
  token: string,
  use: SaveUse<void, { orgId: string }>,
) {
  return useSave({
    request: () => api.post<{ orgId: string }>(`${invitationPath(id)}/accept`, { token }),
    refreshes: [queryKeys.orgs],
    ...use,
  });
}
