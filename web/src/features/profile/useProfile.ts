// Data of 事業者情報: the organization's profile, and saving it.

import type { ProfileInput } from "@src/modules/org/org.contract.ts";
import { useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import type { Profile } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export function useProfile(orgId: string) {
  return useQuery({
    queryKey: queryKeys.profile(orgId),
    queryFn: () => api.get<Profile>(orgPath(orgId, "/profile")),
  });
}

/** The name also shows in the organization switcher. */
export function useSaveProfile(orgId: string, use: SaveUse<ProfileInput, Profile>) {
  return useSave({
    request: (body) => api.put<Profile>(orgPath(orgId, "/profile"), body),
    // The public page's settings list the desk fields still empty.
    refreshes: [queryKeys.profile(orgId), queryKeys.orgs, queryKeys.publicPage(orgId)],
    ...use,
  });
}
