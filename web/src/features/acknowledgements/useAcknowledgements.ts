// Data of 周知・誓約: the sends, a version's confirmation page (counts and people, filtered and
// paged), and the writes — sending a version out, reminding, recording a paper confirmation;
// and the person's side behind their link (the requests, one to read, confirming, signing).
// The organization's keys live in the documents section, so publishing a new version (a
// documents write) refreshes them too.
import type {
  AckKind,
  AckList,
  AckListQuery,
  AckSendOut,
  PaperInput,
  PaperResult,
  PersonalAckDetail,
  PersonalAckList,
  PersonalAckOut,
  RemindResult,
  SendInput,
  SendResult,
  SignInput,
} from "@src/modules/documents/documents.acknowledgements.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE, type PagedList } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type {
  AckKind,
  AckList,
  AckSendOut,
  PaperInput,
  PersonalAckDetail,
  PersonalAckOut,
  RemindResult,
  SendInput,
  SendResult,
  SignInput,
};
export type AckRow = AckList["items"][number];
export type AckParams = Partial<Pick<AckListQuery, "q" | "status" | "departmentId" | "page">> & {
  kind: AckKind;
};

/** Which version's page: the document, the version, and read or pledge. */
export type AckTarget = { documentId: string; versionId: string };

export const acksPath = (orgId: string, t: AckTarget, rest = "") =>
  orgPath(orgId, `/documents/${t.documentId}/versions/${t.versionId}/acknowledgements${rest}`);

export const ACK_PAGE_SIZE = PAGE_SIZE;

export function useAckSends(orgId: string, page: number) {
  return useQuery({
    queryKey: queryKeys.documents(orgId, "acknowledgements", "sends", page),
    queryFn: () =>
      api.get<PagedList<AckSendOut>>(orgPath(orgId, "/documents/acknowledgements"), {
        page,
        limit: ACK_PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useAckList(orgId: string, target: AckTarget, params: AckParams) {
  return useQuery({
    queryKey: queryKeys.documents(orgId, "acknowledgements", target.versionId, params),
    queryFn: () => api.get<AckList>(acksPath(orgId, target), { limit: ACK_PAGE_SIZE, ...params }),
    placeholderData: keepPreviousData,
  });
}

/** Everything a send or a confirmation changes: the sends and every confirmation page. */
const acksShownIn = (orgId: string) => [
  queryKeys.documents(orgId, "acknowledgements"),
  queryKeys.personalLinks(orgId),
];

export function useSendForAck(orgId: string, use: SaveUse<SendInput & AckTarget, SendResult>) {
  return useSave({
    request: ({ documentId, versionId, ...input }) =>
      api.post<SendResult>(acksPath(orgId, { documentId, versionId }), input),
    refreshes: acksShownIn(orgId),
    ...use,
  });
}

export function useRemind(
  orgId: string,
  target: AckTarget,
  use: SaveUse<{ kind: AckKind }, RemindResult>,
) {
  return useSave({
    request: (input) => api.post<RemindResult>(acksPath(orgId, target, "/remind"), input),
    refreshes: acksShownIn(orgId),
    ...use,
  });
}

export function useRecordPaper(
  orgId: string,
  target: AckTarget,
  use: SaveUse<PaperInput & { ackId: string }, PaperResult>,
) {
  return useSave({
    request: ({ ackId, ...input }) =>
      api.post<PaperResult>(acksPath(orgId, target, `/${ackId}/record-paper`), input),
    refreshes: acksShownIn(orgId),
    ...use,
  });
}

// The person's side: no session, the link's secret in the path.

const mine = (token: string, rest = "") =>
  `/api/v1/p/${encodeURIComponent(token)}/documents${rest}`;
const myKey = (token: string, ...rest: unknown[]) => [
  ...queryKeys.personalLinkPage(token),
  "documents",
  ...rest,
];

export function useMyDocuments(token: string) {
  return useQuery({
    queryKey: myKey(token),
    queryFn: () => api.get<PersonalAckList>(mine(token)),
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export function useMyDocument(token: string, ackId: string | null) {
  return useQuery({
    queryKey: myKey(token, ackId),
    queryFn: () => api.get<PersonalAckDetail>(mine(token, `/${ackId}`)),
    enabled: Boolean(ackId),
    retry: false,
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useConfirmMine(token: string, use: SaveUse<string, PersonalAckOut>) {
  return useSave({
    request: (ackId) => api.post<PersonalAckOut>(mine(token, `/${ackId}/confirm`)),
    refreshes: [myKey(token)],
    ...use,
  });
}

export function useSignMine(
  token: string,
  use: SaveUse<SignInput & { ackId: string }, PersonalAckOut>,
) {
  return useSave({
    request: ({ ackId, ...input }) =>
      api.post<PersonalAckOut>(mine(token, `/${ackId}/sign`), input),
    refreshes: [myKey(token)],
    ...use,
  });
}
