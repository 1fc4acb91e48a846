// Data of the legal register (法令等一覧): the organization's entries (paged, filtered), the
// shipped catalogue, and the register's writes.

import type {
  LegalListQuery,
  LegalRequirementOut,
  lawCatalogueSummary,
} from "@src/modules/legal/legal.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { postInChunks } from "../../api/bulk.ts";
import { ApiError, api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE, type PagedList } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type LegalEntry = LegalRequirementOut;
export type LawEntry = z.infer<typeof lawCatalogueSummary>;
export type LegalSort = LegalListQuery["sort"];

export type LegalParams = {
  q?: string;
  kind?: string | null;
  departmentId?: string | null;
  itemId?: string | null;
  checkOverdue?: "true" | null;
  linked?: "false" | null;
  ids?: string | null;
  sort?: LegalSort;
  page?: number;
};

export const legalPath = (orgId: string, rest = "") => orgPath(orgId, `/legal-requirements${rest}`);

/** `lang`: names (and so the order by name) come in the language of the request. */
export function useLegalList(orgId: string, params: LegalParams, lang: string) {
  return useQuery({
    queryKey: queryKeys.legal(orgId, "list", lang, params),
    queryFn: () =>
      api.get<PagedList<LegalEntry>>(legalPath(orgId), { limit: PAGE_SIZE, ...params }),
    placeholderData: keepPreviousData,
  });
}

/**
 * Catalogue ids already in the register. Catalogue entries sort first, and the catalogue is
 * far smaller than one page of 200, so the first page holds all of them.
 */
export function useTakenLawIds(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.legal(orgId, "taken"),
    queryFn: () =>
      api.get<PagedList<LegalEntry>>(legalPath(orgId), { limit: 200, sort: "catalogue" }),
    select: (d) => new Set(d.items.flatMap((e) => (e.lawId ? [e.lawId] : []))),
    enabled,
  });
}

export function useCatalogue() {
  return useQuery({
    queryKey: queryKeys.laws,
    queryFn: () => api.get<{ items: LawEntry[] }>("/api/v1/laws"),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Entries show in the register and as evidence to pick for an assessment. */
const legalShownIn = (orgId: string) => [queryKeys.legal(orgId), queryKeys.evidenceOptions(orgId)];

/** The organization's own entry (no id), or any entry's details. */
export function useSaveLegalEntry(
  orgId: string,
  use: SaveUse<{ id?: string; body: Record<string, unknown> }, unknown>,
) {
  return useSave({
    request: ({ id, body }) =>
      id ? api.patch(legalPath(orgId, `/${id}`), body) : api.post(legalPath(orgId), body),
    refreshes: legalShownIn(orgId),
    ...use,
  });
}

export function useDeleteLegalEntry(orgId: string, use: SaveUse<LegalEntry, unknown>) {
  return useSave({
    request: (entry) => api.delete(legalPath(orgId, `/${entry.id}`)),
    refreshes: legalShownIn(orgId),
    ...use,
  });
}

/** The usual set of laws at once; answers how many were added. */
export function useAddBaseline(orgId: string, use: SaveUse<void, { added: number }>) {
  return useSave({
    request: () => api.post<{ added: number }>(legalPath(orgId, "/baseline")),
    refreshes: legalShownIn(orgId),
    ...use,
  });
}

/** Catalogue entries, one request each; answers how many were added. */
export function useAddFromCatalogue(orgId: string, use: SaveUse<string[], number>) {
  return useSave({
    request: async (lawIds) => {
      let added = 0;
      for (const lawId of lawIds) {
        try {
          await api.post(legalPath(orgId), { lawId });
          added++;
        } catch (err) {
          // Added meanwhile (another tab or user): it is in the register, which is the aim.
          if (!(err instanceof ApiError && err.status === 409)) throw err;
        }
      }
      return added;
    },
    refreshes: legalShownIn(orgId),
    partial: true,
    ...use,
  });
}

/** 確認済み for the chosen entries (in chunks); answers how many were updated. */
export function useMarkLegalChecked(
  orgId: string,
  use: SaveUse<{ ids: string[]; checkedOn: string; checkedBy: string }, number>,
) {
  return useSave({
    request: ({ ids, ...fields }) => postInChunks(legalPath(orgId, "/checked"), ids, fields),
    refreshes: legalShownIn(orgId),
    partial: true,
    ...use,
  });
}
