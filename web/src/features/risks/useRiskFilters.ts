// The table's filters, sort and page; the register item filter lives in the URL (?itemId=)
// so the register can link here and the browser's back button restores it.
import { useCallback, useEffect } from "react";
import { useSearchParams } from "react-router";
import { useListState } from "../../components/useListState.ts";
import { itemLabel as labelOf, useInventoryItem } from "../inventory/useInventory.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { noFilters, type RiskFilterValues } from "./RiskFilters.tsx";
import type { RiskSort } from "./useRisks.ts";

export function useRiskFilters() {
  const org = useOrg();
  const [params, setParams] = useSearchParams();
  const urlItem = params.get("itemId") || null;
  // ?unaccepted=true, ?assessed=false (未評価), ?reviewOverdue=true and ?phase= (readiness's fix
  // links) are read once, when the page opens.
  const list = useListState<RiskFilterValues, RiskSort>(
    {
      ...noFilters,
      itemId: urlItem,
      phase: params.get("phase") || null,
      unaccepted: params.get("unaccepted") === "true",
      reviewOverdue: params.get("reviewOverdue") === "true",
      unassessed: params.get("assessed") === "false",
    },
    "item",
  );
  const { setFilters, setPage, changeFilters: change } = list;
  // The register's query of the item (not ["risks", "item", id]: the flow diagram's risk rows).
  const item = useInventoryItem(org.id, urlItem);

  // The URL changed from outside (a link, back/forward): follow it.
  useEffect(() => {
    setFilters((f) => (f.itemId === urlItem ? f : { ...f, itemId: urlItem }));
    setPage(1);
  }, [urlItem, setFilters, setPage]);

  const changeFilters = useCallback(
    (next: RiskFilterValues) => {
      change(next);
      if (next.itemId !== urlItem) {
        setParams(
          (p) => {
            const out = new URLSearchParams(p);
            if (next.itemId) out.set("itemId", next.itemId);
            else out.delete("itemId");
            return out;
          },
          { replace: true },
        );
      }
    },
    [change, urlItem, setParams],
  );

  const itemLabel = item.data ? labelOf(item.data) : undefined;

  return { ...list, changeFilters, itemLabel };
}
