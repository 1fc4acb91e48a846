// Data of the risk analysis: the risk table (paged, filtered), the heat map, the library of
// suggestions, the organization's risk matrix and its presets.

import type { RiskMatrix } from "@src/core/registers/risk-matrix.ts";
import type {
  HeatmapOut,
  RiskListQuery,
  RiskOut,
  suggestionsOut,
} from "@src/modules/risks/risks.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE, type PagedList } from "../../api/types.ts";
import { orgKey } from "../orgs/OrgContext.tsx";

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
  sort?: RiskSort;
  page?: number;
};

export const risksPath = (orgId: string, rest = "") => orgPath(orgId, `/risks${rest}`);

export function useRisks(orgId: string, params: RiskParams) {
  return useQuery({
    queryKey: orgKey(orgId, "risks", "list", params),
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
    queryKey: orgKey(orgId, "risks", "heatmap", params),
    queryFn: () => api.get<Heatmap>(risksPath(orgId, "/heatmap"), params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export type MatrixOut = { matrix: RiskMatrix; isDefault: boolean };

export const matrixKey = (orgId: string) => orgKey(orgId, "risk-matrix");

export function useRiskMatrix(orgId: string) {
  return useQuery({
    queryKey: matrixKey(orgId),
    queryFn: () => api.get<MatrixOut>(orgPath(orgId, "/risk-matrix")),
  });
}

export type MatrixPreset = { key: string; matrix: RiskMatrix };

export function useMatrixPresets(enabled: boolean) {
  return useQuery({
    queryKey: ["risk-matrix-presets"],
    queryFn: () => api.get<{ items: MatrixPreset[] }>("/api/v1/risk-matrix/presets"),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

export function useSuggestions(phase: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ["risk-suggestions", phase],
    queryFn: () => api.get<Suggestions>("/api/v1/risk-suggestions", { phase }),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

/** Only the number of rows matching a filter (one row fetched). */
export function useRiskCount(orgId: string, params: RiskParams) {
  return useQuery({
    queryKey: orgKey(orgId, "risks", "count", params),
    queryFn: () => api.get<PagedList<Risk>>(risksPath(orgId), { ...params, limit: 1 }),
    select: (d) => d.total,
  });
}
