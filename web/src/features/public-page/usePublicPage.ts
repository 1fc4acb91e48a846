// Data of 公開ページ: the settings (address, switch, the documents the page shows, the desk fields
// still empty), saving them, and drafting 公表事項 into the document register.
import type {
  DisclosureResult,
  PublicPageInput,
  PublicPageOut,
} from "@src/modules/public-page/public-page.contract.ts";
import { useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type PublicPage = PublicPageOut;

const pagePath = (orgId: string, rest = "") => orgPath(orgId, `/public-page${rest}`);

export function usePublicPage(orgId: string) {
  return useQuery({
    queryKey: queryKeys.publicPage(orgId),
    queryFn: () => api.get<PublicPage>(pagePath(orgId)),
  });
}

export function useSavePublicPage(orgId: string, use: SaveUse<PublicPageInput, PublicPage>) {
  return useSave({
    request: (body) => api.put<PublicPage>(pagePath(orgId), body),
    refreshes: [queryKeys.publicPage(orgId)],
    ...use,
  });
}

/** A new draft of 公表事項 in the register: the register shows it too. */
export function useDraftDisclosure(orgId: string, use: SaveUse<void, DisclosureResult>) {
  return useSave({
    request: () => api.post<DisclosureResult>(pagePath(orgId, "/disclosure"), {}),
    refreshes: [queryKeys.publicPage(orgId), queryKeys.documents(orgId)],
    ...use,
  });
}
