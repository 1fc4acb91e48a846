// Data of the register: the item list (paged, filtered), short lists for the item pickers, one
// item, its flow, its risks and the organization's risk matrix.

import type { RiskMatrix } from "@src/core/registers/risk-matrix.ts";
import type {
  FlowOut,
  InventoryItemOut,
  InventoryListQuery,
} from "@src/modules/inventory/inventory.contract.ts";
import type { riskOut } from "@src/modules/risks/risks.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE, type PagedList } from "../../api/types.ts";
import { orgKey } from "../orgs/OrgContext.tsx";

export type InventoryItem = InventoryItemOut;
export type InventorySort = InventoryListQuery["sort"];
export type Risk = z.infer<typeof riskOut>;

export type InventoryParams = {
  q?: string;
  departmentId?: string | null;
  sensitive?: "true" | "false" | null;
  medium?: string | null;
  infoType?: string | null;
  reviewOverdue?: "true" | "false" | null;
  sort?: InventorySort;
  page?: number;
};

export const itemsPath = (orgId: string, rest = "") => orgPath(orgId, `/inventory-items${rest}`);

export function useInventoryItems(orgId: string, params: InventoryParams) {
  return useQuery({
    queryKey: orgKey(orgId, "inventory", "list", params),
    queryFn: () =>
      api.get<PagedList<InventoryItem>>(itemsPath(orgId), { limit: PAGE_SIZE, ...params }),
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
    queryKey: orgKey(orgId, "inventory", "options", q),
    queryFn: () => api.get<PagedList<ItemOption>>(itemsPath(orgId), { q, limit: 50, sort: "name" }),
    placeholderData: keepPreviousData,
  });
}

export function useInventoryItem(orgId: string, id: string | null) {
  return useQuery({
    queryKey: orgKey(orgId, "inventory", "item", id),
    queryFn: () => api.get<InventoryItem>(itemsPath(orgId, `/${encodeURIComponent(id ?? "")}`)),
    enabled: id !== null,
  });
}

export function useFlow(orgId: string, id: string) {
  return useQuery({
    queryKey: orgKey(orgId, "inventory", "flow", id),
    queryFn: () => api.get<FlowOut>(itemsPath(orgId, `/${encodeURIComponent(id)}/flow`)),
  });
}

/** The item's risk rows; a failure only leaves the flow diagram uncoloured. */
export function useItemRisks(orgId: string, itemId: string) {
  return useQuery({
    queryKey: orgKey(orgId, "risks", "item", itemId),
    queryFn: () => api.get<PagedList<Risk>>(orgPath(orgId, "/risks"), { itemId, limit: 200 }),
    retry: false,
  });
}

export function useRiskMatrix(orgId: string) {
  return useQuery({
    queryKey: orgKey(orgId, "risk-matrix"),
    queryFn: () =>
      api.get<{ matrix: RiskMatrix; isDefault: boolean }>(orgPath(orgId, "/risk-matrix")),
    retry: false,
  });
}
