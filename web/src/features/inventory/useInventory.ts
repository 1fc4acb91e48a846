// Data of the register: the item list (paged, filtered), short lists for the item pickers, one
// item, its flow, its risks and the organization's risk matrix; and the register's writes.

import type { RiskMatrix } from "@src/core/registers/risk-matrix.ts";
import type {
  FlowInput,
  FlowOut,
  InventoryItemInput,
  InventoryItemOut,
  InventoryListQuery,
} from "@src/modules/inventory/inventory.contract.ts";
import type { riskOut } from "@src/modules/risks/risks.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { postInChunks } from "../../api/bulk.ts";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE, type PagedList } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";
import { type Mapping, postImport } from "./import-api.ts";

export type InventoryItem = InventoryItemOut;
export type InventorySort = InventoryListQuery["sort"];
export type Risk = z.infer<typeof riskOut>;

export type InventoryParams = {
  q?: string;
  departmentId?: string | null;
  sensitive?: "true" | "false" | null;
  myNumber?: "true" | "false" | null;
  medium?: string | null;
  infoType?: string | null;
  reviewOverdue?: "true" | "false" | null;
  status?: string | null;
  outsourced?: "true" | "false" | null;
  thirdPartyProvision?: "true" | "false" | null;
  jointUse?: "true" | "false" | null;
  foreignRecipient?: "true" | "false" | null;
  lacking?: string | null;
  sort?: InventorySort;
  page?: number;
};

export const itemsPath = (orgId: string, rest = "") => orgPath(orgId, `/inventory-items${rest}`);

export function useInventoryItems(orgId: string, params: InventoryParams) {
  return useQuery({
    queryKey: queryKeys.inventory(orgId, "list", params),
    queryFn: () =>
      api.get<PagedList<InventoryItem> & { countSum?: { value: number; rows: number } }>(
        itemsPath(orgId),
        { limit: PAGE_SIZE, ...params },
      ),
    placeholderData: keepPreviousData,
  });
}

/** A register item as the pickers show it. */
export type ItemOption = { id: string; name: string; departmentName: string | null };

export const itemLabel = (i: ItemOption) =>
  i.departmentName ? `${i.name}（${i.departmentName}）` : i.name;

/** A short list of register items for a picker; the search runs on the server (q). */
export function useItemOptions(orgId: string, q: string) {
  return useQuery({
    queryKey: queryKeys.inventory(orgId, "options", q),
    queryFn: () => api.get<PagedList<ItemOption>>(itemsPath(orgId), { q, limit: 50, sort: "name" }),
    placeholderData: keepPreviousData,
  });
}

export function useInventoryItem(orgId: string, id: string | null) {
  return useQuery({
    queryKey: queryKeys.inventory(orgId, "item", id),
    queryFn: () => api.get<InventoryItem>(itemsPath(orgId, `/${encodeURIComponent(id ?? "")}`)),
    enabled: id !== null,
  });
}

export function useFlow(orgId: string, id: string) {
  return useQuery({
    queryKey: queryKeys.inventory(orgId, "flow", id),
    queryFn: () => api.get<FlowOut>(itemsPath(orgId, `/${encodeURIComponent(id)}/flow`)),
  });
}

/** The item's risk rows; a failure only leaves the flow diagram uncoloured. */
export function useItemRisks(orgId: string, itemId: string) {
  return useQuery({
    queryKey: queryKeys.risks(orgId, "item", itemId),
    queryFn: () => api.get<PagedList<Risk>>(orgPath(orgId, "/risks"), { itemId, limit: 200 }),
    retry: false,
  });
}

export function useRiskMatrix(orgId: string) {
  return useQuery({
    queryKey: queryKeys.riskMatrix(orgId),
    queryFn: () =>
      api.get<{ matrix: RiskMatrix; isDefault: boolean }>(orgPath(orgId, "/risk-matrix")),
    retry: false,
  });
}

/**
 * Register items show in the register, by name in the risk rows (deleting an item deletes its
 * rows) and in 法令等一覧, and as evidence to pick for an assessment.
 */
const itemShownIn = (orgId: string) => [
  queryKeys.inventory(orgId),
  queryKeys.risks(orgId),
  queryKeys.legal(orgId),
  queryKeys.evidenceOptions(orgId),
];

/** Adds an item (answers its id) or changes one (answers the item as saved). */
export function useSaveItem(
  orgId: string,
  use: SaveUse<{ id?: string; body: InventoryItemInput }, { id: string } | InventoryItem>,
) {
  return useSave({
    request: ({ id, body }) =>
      id
        ? api.patch<InventoryItem>(itemsPath(orgId, `/${id}`), body)
        : api.post<{ id: string }>(itemsPath(orgId), body),
    refreshes: itemShownIn(orgId),
    ...use,
  });
}

export function useDeleteItem(orgId: string, use: SaveUse<string, unknown>) {
  return useSave({
    request: (id) => api.delete(itemsPath(orgId, `/${id}`)),
    refreshes: itemShownIn(orgId),
    ...use,
  });
}

/** 今年度の見直し済み for the chosen items (in chunks); answers how many were updated. */
export function useMarkItemsReviewed(
  orgId: string,
  use: SaveUse<{ ids: string[]; reviewedOn: string }, number>,
) {
  return useSave({
    request: ({ ids, reviewedOn }) =>
      postInChunks(itemsPath(orgId, "/reviewed"), ids, { reviewedOn }),
    refreshes: itemShownIn(orgId),
    partial: true,
    ...use,
  });
}

/** The item's lifecycle flow; answers the flow as saved. */
export function useSaveFlow(orgId: string, itemId: string, use: SaveUse<FlowInput, FlowOut>) {
  return useSave({
    request: (body) => api.put<FlowOut>(itemsPath(orgId, `/${itemId}/flow`), body),
    refreshes: [queryKeys.inventory(orgId, "flow", itemId)],
    ...use,
  });
}

/** The import's last step: the file written with the mapping the user confirmed. */
export function useCommitImport(
  orgId: string,
  use: SaveUse<
    { file: File; sheet: string | null; mapping: Mapping; createDepartments: boolean },
    unknown
  >,
) {
  return useSave({
    request: ({ file, sheet, mapping, createDepartments }) =>
      postImport(orgId, file, { mode: "commit", sheet, mapping, createDepartments }),
    refreshes: itemShownIn(orgId),
    ...use,
  });
}
