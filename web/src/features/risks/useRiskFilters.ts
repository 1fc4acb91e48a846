// The table's filters, sort and page; the register item filter lives in the URL (?itemId=)
// so the register can link here and the browser's back button restores it.
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { useOrg } from "../orgs/OrgContext.tsx";
import { noFilters, type RiskFilterValues } from "./RiskFilters.tsx";
import { type RiskSort, useItem } from "./useRisks.ts";

export function useRiskFilters() {
  const org = useOrg();
  const [params, setParams] = useSearchParams();
  const urlItem = params.get("itemId") || null;
  const [filters, setFilters] = useState<RiskFilterValues>({ ...noFilters, itemId: urlItem });
  const [sort, setSort] = useState<RiskSort>("item");
  const [page, setPage] = useState(1);
  const item = useItem(org.id, urlItem);

  // The URL changed from outside (a link, back/forward): follow it.
  useEffect(() => {
    setFilters((f) => (f.itemId === urlItem ? f : { ...f, itemId: urlItem }));
    setPage(1);
  }, [urlItem]);

  function changeFilters(next: RiskFilterValues) {
    setFilters(next);
    setPage(1);
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
  }

  const itemLabel = item.data
    ? item.data.departmentName
      ? `${item.data.name}（${item.data.departmentName}）`
      : item.data.name
    : undefined;

  return { filters, changeFilters, itemLabel, sort, setSort, page, setPage };
}
