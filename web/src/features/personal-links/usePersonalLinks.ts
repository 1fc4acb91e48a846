// Data of 本人用リンク: the organization's links (paged, filtered), issuing them (the URLs
// answered once, or the printed sheet as a PDF file) and revoking one; and the person's page.
import type {
  IssueInput,
  IssueResult,
  PersonalLinkListQuery,
  PersonalLinkOut,
  PublicLinkOut,
} from "@src/modules/personal-links/personal-links.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE, type PagedList } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type PersonalLink = PersonalLinkOut;
export type { IssueInput, IssueResult, PublicLinkOut };
export type LinkStatus = PersonalLink["status"];

export type LinkParams = {
  q?: string;
  purpose?: string | null;
  status?: LinkStatus | null;
  sort?: PersonalLinkListQuery["sort"];
  page?: number;
};

export const linksPath = (orgId: string, rest = "") => orgPath(orgId, `/personal-links${rest}`);

export function usePersonalLinks(orgId: string, params: LinkParams) {
  return useQuery({
    queryKey: queryKeys.personalLinks(orgId, params),
    queryFn: () =>
      api.get<PagedList<PersonalLink>>(linksPath(orgId), { limit: PAGE_SIZE, ...params }),
    placeholderData: keepPreviousData,
  });
}

/** Issued links show in the list and in the audit log (refreshed by every save). */
const linksShownIn = (orgId: string) => [queryKeys.personalLinks(orgId)];

/** Issues links and answers their URLs (shown once). */
export function useIssueLinks(orgId: string, use: SaveUse<IssueInput, IssueResult>) {
  return useSave({
    request: (input) => api.post<IssueResult>(linksPath(orgId), input),
    refreshes: linksShownIn(orgId),
    ...use,
  });
}

/** Saves a file the browser received (the sheet). */
export function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Issues links and answers the printed sheet (PDF), the only copy of their URLs. */
export function usePrintSheet(orgId: string, use: SaveUse<IssueInput, Blob>) {
  return useSave({
    request: (input) => api.postForFile(linksPath(orgId, "/sheet.pdf"), input),
    refreshes: linksShownIn(orgId),
    ...use,
  });
}

export function useRevokeLink(orgId: string, use: SaveUse<PersonalLink, unknown>) {
  return useSave({
    request: (link) => api.post(linksPath(orgId, `/${link.id}/revoke`)),
    refreshes: linksShownIn(orgId),
    ...use,
  });
}

/** The person's page: what their link is for (404: not valid; 429: too many requests). */
export function usePublicLink(token: string) {
  return useQuery({
    queryKey: queryKeys.personalLinkPage(token),
    queryFn: () => api.get<PublicLinkOut>(`/api/v1/p/${encodeURIComponent(token)}`),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}
