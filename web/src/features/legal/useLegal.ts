// Data of the legal register (法令等一覧): the organization's entries (paged, filtered) and the
// shipped catalogue.

import type {
  LegalListQuery,
  LegalRequirementOut,
  lawCatalogueSummary,
} from "@src/modules/legal/legal.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE, type PagedList } from "../../api/types.ts";
import { orgKey } from "../orgs/OrgContext.tsx";

export type LegalEntry = LegalRequirementOut;
export type LawEntry = z.infer<typeof lawCatalogueSummary>;
export type LegalSort = LegalListQuery["sort"];

export type LegalParams = {
  q?: string;
  kind?: string | null;
  departmentId?: string | null;
  itemId?: string | null;
  checkOverdue?: "true" | null;
  sort?: LegalSort;
  page?: number;
};

export const legalPath = (orgId: string, rest = "") => orgPath(orgId, `/legal-requirements${rest}`);

export const legalKey = (orgId: string, ...rest: unknown[]) => orgKey(orgId, "legal", ...rest);

/** `lang`: names (and so the order by name) come in the language of the request. */
export function useLegalList(orgId: string, params: LegalParams, lang: string) {
  return useQuery({
    queryKey: legalKey(orgId, "list", lang, params),
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
    queryKey: legalKey(orgId, "taken"),
    queryFn: () =>
      api.get<PagedList<LegalEntry>>(legalPath(orgId), { limit: 200, sort: "catalogue" }),
    select: (d) => new Set(d.items.flatMap((e) => (e.lawId ? [e.lawId] : []))),
    enabled,
  });
}

export function useCatalogue() {
  return useQuery({
    queryKey: ["laws"],
    queryFn: () => api.get<{ items: LawEntry[] }>("/api/v1/laws"),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
