// A choice searched on the server as the person types (register items, people): the search
// debounced, the rows found as options, and the label of every row seen so far, so that a
// chosen value keeps its label when the next search no longer finds it.
import type { OptionsFilter } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import type { UseQueryResult } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

type Option = { value: string; label: string };

export function useSearchChoices<T extends { id: string }>({
  useRows,
  labelOf,
  showing,
  known = {},
  emptyText,
}: {
  /** The query of the rows matching `q` (called as a hook, the same one every render). */
  useRows: (q: string) => UseQueryResult<{ items: T[] }>;
  labelOf: (row: T) => string;
  /** The value whose label the box shows (a single choice): while it does, list all rows. */
  showing?: string | null;
  /** Labels known without a search (e.g. of the values already chosen). */
  known?: Record<string, string>;
  /** Shown when the search finds nothing. */
  emptyText: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [seen, setSeen] = useState<Record<string, string>>({});
  const labels = { ...known, ...seen };
  const shown = showing ? labels[showing] : undefined;
  const term = search === shown ? "" : search.trim();
  const [q] = useDebouncedValue(term, 250);
  const rows = useRows(q);

  // biome-ignore lint/correctness/useExhaustiveDependencies: labelOf is the same function throughout
  useEffect(() => {
    const list = rows.data?.items;
    if (!list) return;
    setSeen((prev) => {
      const next = { ...prev };
      for (const r of list) next[r.id] = labelOf(r);
      return next;
    });
  }, [rows.data]);

  const found: Option[] = (rows.data?.items ?? []).map((r) => ({
    value: r.id,
    label: labels[r.id] ?? labelOf(r),
  }));
  /** The options, with the chosen values the search did not find first (when their label is known). */
  const options = (chosen: string[]) => {
    const out = [...found];
    for (const id of chosen) {
      const label = labels[id];
      if (label && !out.some((o) => o.value === id)) out.unshift({ value: id, label });
    }
    return out;
  };
  // The Select's own filter is off: the server has filtered already.
  const searchProps = {
    searchable: true,
    searchValue: search,
    onSearchChange: setSearch,
    filter: (({ options: o }) => o) as OptionsFilter,
    nothingFoundMessage: rows.isFetching ? t("common.loading") : emptyText,
  };
  return { options, searchProps };
}
