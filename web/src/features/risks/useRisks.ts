// Data of the risk analysis: the risk table (paged, filtered), the heat map, the library of
// suggestions, the organization's risk matrix and its presets; and the analysis' writes.

import type { RiskMatrix } from "@src/core/registers/risk-matrix.ts";
import type {
  acceptInput,
  FromSuggestionsInput,
  FromSuggestionsOut,
  HeatmapOut,
  RiskInput,
  RiskListQuery,
  RiskOut,
  RiskPatch,
  suggestionsOut,
} from "@src/modules/risks/risks.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { postInChunks } from "../../api/bulk.ts";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE, type PagedList } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type Risk = RiskOut;
export type Heatmap = HeatmapOut;
export type Basis = HeatmapOut["basis"];
export type RiskSort = RiskListQuery["sort"];
export type Suggestions = z.infer<typeof suggestionsOut>;
export type Suggestion = Suggestions["items"][number];

export type RiskParams = {
  q?: string;
  itemId?: string | null;
  phase?: string | null;
  kind?: string | null;
  level?: string | null;
  levelOf?: Basis;
  likelihood?: number | null;
  impact?: number | null;
  unaccepted?: "true" | null;
  reviewOverdue?: "true" | null;
  /** "false": 未評価 rows only. */
  assessed?: "true" | "false" | null;
  sort?: RiskSort;
  page?: number;
};

export const risksPath = (orgId: string, rest = "") => orgPath(orgId, `/risks${rest}`);

export function useRisks(orgId: string, params: RiskParams) {
  return useQuery({
    queryKey: queryKeys.risks(orgId, "list", params),
    queryFn: () => api.get<PagedList<Risk>>(risksPath(orgId), { limit: PAGE_SIZE, ...params }),
    placeholderData: keepPreviousData,
  });
}

export function useHeatmap(
  orgId: string,
  params: { basis: Basis; itemId?: string | null; phase?: string | null },
  enabled = true,
) {
  return useQuery({
    queryKey: queryKeys.risks(orgId, "heatmap", params),
    queryFn: () => api.get<Heatmap>(risksPath(orgId, "/heatmap"), params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export type MatrixOut = { matrix: RiskMatrix; isDefault: boolean };

export function useRiskMatrix(orgId: string) {
  return useQuery({
    queryKey: queryKeys.riskMatrix(orgId),
    queryFn: () => api.get<MatrixOut>(orgPath(orgId, "/risk-matrix")),
  });
}

export type MatrixPreset = { key: string; matrix: RiskMatrix };

export function useMatrixPresets(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.riskMatrixPresets,
    queryFn: () => api.get<{ items: MatrixPreset[] }>("/api/v1/risk-matrix/presets"),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

export function useSuggestions(phase: string | null, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.riskSuggestions(phase),
    queryFn: () => api.get<Suggestions>("/api/v1/risk-suggestions", { phase }),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

/** Only the number of rows matching a filter (one row fetched). */
export function useRiskCount(orgId: string, params: RiskParams) {
  return useQuery({
    queryKey: queryKeys.risks(orgId, "count", params),
    queryFn: () => api.get<PagedList<Risk>>(risksPath(orgId), { ...params, limit: 1 }),
    select: (d) => d.total,
  });
}

/**
 * Risk rows show in the table, the heat map and the summary counts, on the register item's
 * flow diagram (all under `risks`), and as evidence to pick for an assessment.
 */
const riskShownIn = (orgId: string) => [queryKeys.risks(orgId), queryKeys.evidenceOptions(orgId)];

/** Adds a row (no id) or changes one. */
export function useSaveRisk(
  orgId: string,
  use: SaveUse<{ id?: string; body: RiskInput | RiskPatch }, unknown>,
) {
  return useSave({
    request: ({ id, body }) =>
      id ? api.patch(risksPath(orgId, `/${id}`), body) : api.post(risksPath(orgId), body),
    refreshes: riskShownIn(orgId),
    ...use,
  });
}

export function useDeleteRisk(orgId: string, use: SaveUse<Risk, unknown>) {
  return useSave({
    request: (risk) => api.delete(risksPath(orgId, `/${risk.id}`)),
    refreshes: riskShownIn(orgId),
    ...use,
  });
}

/** 受容: who accepts the row's risk, and on which day. */
export function useAcceptRisk(
  orgId: string,
  use: SaveUse<{ risk: Risk; body: z.input<typeof acceptInput> }, unknown>,
) {
  return useSave({
    request: ({ risk, body }) => api.post(risksPath(orgId, `/${risk.id}/accept`), body),
    refreshes: riskShownIn(orgId),
    ...use,
  });
}

export function useWithdrawAcceptance(orgId: string, use: SaveUse<Risk, unknown>) {
  return useSave({
    request: (risk) => api.delete(risksPath(orgId, `/${risk.id}/accept`)),
    refreshes: riskShownIn(orgId),
    ...use,
  });
}

/** 見直し済み for the chosen rows (in chunks); answers how many were updated. */
export function useMarkRisksReviewed(
  orgId: string,
  use: SaveUse<{ ids: string[]; reviewedOn: string; nextReviewOn?: string }, number>,
) {
  return useSave({
    request: ({ ids, ...fields }) => postInChunks(risksPath(orgId, "/reviewed"), ids, fields),
    refreshes: riskShownIn(orgId),
    partial: true,
    ...use,
  });
}

/**
 * What 提案から追加 would add (the server's plan, nothing written): items × suggestions per item
 * and phase, and what the items have already. null: nothing chosen yet.
 */
export function useSuggestionsPreview(orgId: string, body: FromSuggestionsInput | null) {
  return useQuery({
    queryKey: queryKeys.risks(orgId, "suggestions-preview", body),
    queryFn: () =>
      api.post<FromSuggestionsOut>(risksPath(orgId, "/from-suggestions"), {
        ...body,
        preview: true,
      }),
    enabled: body !== null,
  });
}

/** Every chosen suggestion for every chosen item, in one write; answers the new rows. */
export function useAddFromSuggestions(
  orgId: string,
  use: SaveUse<FromSuggestionsInput, FromSuggestionsOut>,
) {
  return useSave({
    request: (body) => api.post<FromSuggestionsOut>(risksPath(orgId, "/from-suggestions"), body),
    refreshes: riskShownIn(orgId),
    ...use,
  });
}

/** 評価を確認: the ratings as they stand become the caller's assessment. */
export function useConfirmAssessment(orgId: string, use: SaveUse<Risk, unknown>) {
  return useSave({
    request: (risk) => api.post(risksPath(orgId, `/${risk.id}/confirm-assessment`), {}),
    refreshes: riskShownIn(orgId),
    ...use,
  });
}

/** The matrix re-scores every row: the rows change with it. */
export function useSaveMatrix(orgId: string, use: SaveUse<RiskMatrix, unknown>) {
  return useSave({
    request: (matrix) => api.put(orgPath(orgId, "/risk-matrix"), matrix),
    refreshes: [queryKeys.riskMatrix(orgId), ...riskShownIn(orgId)],
    ...use,
  });
}
