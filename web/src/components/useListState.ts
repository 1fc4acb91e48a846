// What a list page keeps: its filters (the search text debounced), its sort and its page. A new
// filter or sort starts again from page 1.
import { useDebouncedValue } from "@mantine/hooks";
import { useCallback, useState } from "react";

export function useListState<F extends { q: string }, S extends string>(
  initialFilters: F,
  initialSort: S,
) {
  const [filters, setFilters] = useState<F>(initialFilters);
  const [q] = useDebouncedValue(filters.q.trim(), 300);
  const [sort, setSort] = useState<S>(initialSort);
  const [page, setPage] = useState(1);
  // Stable, so that memoized tables do not re-render while the next page loads.
  const changeFilters = useCallback((next: F) => {
    setFilters(next);
    setPage(1);
  }, []);
  const sortBy = useCallback((s: S) => {
    setSort(s);
    setPage(1);
  }, []);
  return { filters, setFilters, changeFilters, q, sort, setSort, sortBy, page, setPage };
}
