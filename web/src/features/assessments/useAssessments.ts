// Data of the requirement catalogue (J.1–J.11) and the organization's assessments of it.

import type { AssessmentStatus } from "@src/core/requirements/assessment.ts";
import { DEFAULT_CATALOGUE_ID } from "@src/core/requirements/catalogue-refs.ts";
import type {
  AssessmentOut,
  assessmentInput,
  assessmentListOut,
  CatalogueNodeOut,
  CatalogueOut,
} from "@src/modules/requirements/requirements.contract.ts";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api, orgPath } from "../../api/client.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type Assessment = AssessmentOut;
/** One readiness rule that speaks about an item, as the assessments API sends it. */
export type EngineRule = NonNullable<AssessmentOut["engine"]>["rules"][number];
export type AssessmentBody = z.input<typeof assessmentInput>;
export type AssessmentList = z.infer<typeof assessmentListOut>;
export type CatalogueNode = CatalogueNodeOut;
export type Catalogue = CatalogueOut;
export type { AssessmentStatus };

export function useAssessments(orgId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.assessments(orgId),
    queryFn: () => api.get<AssessmentList>(orgPath(orgId, "/assessments")),
    // The engine's conclusions come from every register: any write elsewhere can change it, so it is read
    // again whenever a page shows it (the server caches it until the next write).
    staleTime: 0,
    enabled,
  });
}

/** One version of the catalogue; it never changes, so it is read once. */
export function useCatalogue(version: string | undefined) {
  return useQuery({
    queryKey: queryKeys.catalogue(DEFAULT_CATALOGUE_ID, version),
    queryFn: () => api.get<Catalogue>(`/api/v1/catalogues/${DEFAULT_CATALOGUE_ID}`, { version }),
    enabled: Boolean(version),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** One J item's judgement; the assessments (and readiness) are refreshed by every save. */
export function useSaveAssessment(
  orgId: string,
  use: SaveUse<AssessmentBody & { ref: string }, Assessment>,
) {
  return useSave({
    request: ({ ref, ...body }) =>
      api.put<Assessment>(orgPath(orgId, `/assessments/${encodeURIComponent(ref)}`), body),
    refreshes: [],
    ...use,
  });
}
