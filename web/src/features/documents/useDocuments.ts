// Data of 文書管理 (PMS documents): the register (paged, filtered), one document with its
// versions, a version's text, a comparison, the field values the editor shows, the documents in
// force every member reads, the versions waiting for the user's approval, and every write.
import type {
  AwaitingApprovalItem,
  CompareOut,
  DocumentListItem,
  DocumentListQuery,
  DocumentOut,
  PublishedDocumentOut,
  SaveResult,
  VersionOut,
} from "@src/modules/documents/documents.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE, type PagedList } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type { AwaitingApprovalItem, CompareOut, DocumentListItem, DocumentOut, VersionOut };
export type DocumentParams = Partial<
  Pick<DocumentListQuery, "kind" | "audience" | "status" | "q" | "page" | "sort"> & {
    reviewOverdue: "true" | "false";
    archived: "true" | "false";
  }
>;
export type PublishedItem = Omit<PublishedDocumentOut, "content" | "fieldValues"> & {
  kindLabel: { ja: string; en: string };
};
export type { PublishedDocumentOut };

export const documentsPath = (orgId: string, rest = "") => orgPath(orgId, `/documents${rest}`);

export function useDocuments(orgId: string, params: DocumentParams, enabled = true) {
  return useQuery({
    queryKey: queryKeys.documents(orgId, "list", params),
    queryFn: () =>
      api.get<PagedList<DocumentListItem>>(documentsPath(orgId), { limit: PAGE_SIZE, ...params }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDocument(orgId: string, id: string | null) {
  return useQuery({
    queryKey: queryKeys.documents(orgId, "one", id),
    queryFn: () => api.get<DocumentOut>(documentsPath(orgId, `/${id}`)),
    enabled: Boolean(id),
  });
}

export function useVersion(orgId: string, id: string | null, vid: string | null) {
  return useQuery({
    queryKey: queryKeys.documents(orgId, "version", vid),
    queryFn: () => api.get<VersionOut>(documentsPath(orgId, `/${id}/versions/${vid}`)),
    enabled: Boolean(id && vid),
    // The editor owns the text while it is open: never replace it behind the writer's back.
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useCompare(orgId: string, id: string, from: string | null, to: string | null) {
  return useQuery({
    queryKey: queryKeys.documents(orgId, "compare", id, from, to),
    queryFn: () => api.get<CompareOut>(documentsPath(orgId, `/${id}/compare`), { from, to }),
    enabled: Boolean(from && to),
  });
}

/**
 * Today's values of the fields (差し込み項目) a draft shows, by key. Until the values route
 * answers, the editor shows each field's label.
 */
export function useFieldValues(orgId: string) {
  return useQuery({
    queryKey: queryKeys.documents(orgId, "field-values"),
    queryFn: async () => {
      const data = await api.get<unknown>(documentsPath(orgId, "/field-values"));
      const values = (data as { values?: unknown })?.values ?? data;
      return (values ?? {}) as Record<string, string | null>;
    },
    retry: false,
  });
}

export function usePublishedDocuments(orgId: string, page: number) {
  return useQuery({
    queryKey: queryKeys.documents(orgId, "published", page),
    queryFn: () =>
      api.get<PagedList<PublishedItem>>(documentsPath(orgId, "/published"), {
        limit: PAGE_SIZE,
        page,
      }),
    placeholderData: keepPreviousData,
  });
}

export function usePublishedDocument(orgId: string, id: string | null) {
  return useQuery({
    queryKey: queryKeys.documents(orgId, "published-one", id),
    queryFn: () => api.get<PublishedDocumentOut>(documentsPath(orgId, `/published/${id}`)),
    enabled: Boolean(id),
  });
}

/** The versions naming the user as approver (for roles with documents.approve only). */
export function useDocumentsAwaitingMe(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.documents(orgId, "awaiting"),
    queryFn: () =>
      api.get<PagedList<AwaitingApprovalItem>>(documentsPath(orgId, "/awaiting-my-approval"), {
        limit: PAGE_SIZE,
      }),
    enabled,
  });
}

/** Documents show on these pages (and in the coverage table). */
const shownIn = (orgId: string) => [queryKeys.documents(orgId)];

export function useCreateDocument(
  orgId: string,
  use: SaveUse<Record<string, unknown>, { id: string }>,
) {
  return useSave({
    request: (body) => api.post<{ id: string }>(documentsPath(orgId), body),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useUpdateDocument(
  orgId: string,
  id: string,
  use: SaveUse<Record<string, unknown>, DocumentOut>,
) {
  return useSave({
    request: (body) => api.patch<DocumentOut>(documentsPath(orgId, `/${id}`), body),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useDeleteDocument(orgId: string, use: SaveUse<string, unknown>) {
  return useSave({
    request: (id) => api.delete(documentsPath(orgId, `/${id}`)),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useArchiveDocument(
  orgId: string,
  use: SaveUse<{ id: string; archived: boolean }, DocumentOut>,
) {
  return useSave({
    request: ({ id, archived }) =>
      api.post<DocumentOut>(documentsPath(orgId, `/${id}/${archived ? "archive" : "restore"}`)),
    refreshes: shownIn(orgId),
    ...use,
  });
}

/**
 * Saves a draft's text (autosave). It refreshes nothing: the editor keeps its own text, and a
 * refetch would put the server's copy over what is being typed.
 */
export function useSaveDraft(
  orgId: string,
  id: string,
  vid: string,
  use: SaveUse<{ content: unknown; revision: number; changeNote?: string | null }, SaveResult>,
) {
  return useSave({
    request: (body) => api.put<SaveResult>(documentsPath(orgId, `/${id}/versions/${vid}`), body),
    refreshes: [],
    ...use,
  });
}

export function useNewVersion(
  orgId: string,
  id: string,
  use: SaveUse<{ changeNote: string | null }, { id: string }>,
) {
  return useSave({
    request: (body) => api.post<{ id: string }>(documentsPath(orgId, `/${id}/versions`), body),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export type VersionMove = "submit" | "send-back" | "approve" | "publish";

/** Moves a version: send for review (naming the approver), send back, approve, publish. */
export function useMoveVersion(
  orgId: string,
  id: string,
  use: SaveUse<{ vid: string; move: VersionMove; body?: Record<string, unknown> }, VersionOut>,
) {
  return useSave({
    request: ({ vid, move, body }) =>
      api.post<VersionOut>(documentsPath(orgId, `/${id}/versions/${vid}/${move}`), body ?? {}),
    // The approval writes an activity record too.
    refreshes: [...shownIn(orgId), queryKeys.activities(orgId)],
    ...use,
  });
}
