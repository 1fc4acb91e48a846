// What a list page keeps: its filters (the search text debounced), its sort and its page. A new
// filter or sort starts again from page 1. The rules are the pure functions below; the hook
// keeps their state.
import { useDebouncedValue } from "@mantine/hooks";
import { useCallback, useState } from "react";

export type ListState<F, S> = { filters: F; sort: S; page: number };

export const initialList = <F, S>(filters: F, sort: S): ListState<F, S> => ({
  filters,
  sort,
  page: 1,
});

/** Other filters: the rows shown are others, so back to page 1. */
export const withFilters = <F, S>(state: ListState<F, S>, filters: F): ListState<F, S> => ({
  ...state,
  filters,
  page: 1,
});

/** Another order: back to page 1. */
export const withSort = <F, S>(state: ListState<F, S>, sort: S): ListState<F, S> => ({
  ...state,
  sort,
  page: 1,
});

/** What the server is asked to search for: the typed text without surrounding spaces. */
export const searchTerm = (typed: string): string => typed.trim();

export function useListState<F extends { q: string }, S extends string>(
  initialFilters: F,
  initialSort: S,
) {
  const [state, setState] = useState<ListState<F, S>>(() =>
    initialList(initialFilters, initialSort),
  );
  const [q] = useDebouncedValue(searchTerm(state.filters.q), 300);
  // Stable, so that memoized tables do not re-render while the next page loads.
  const changeFilters = useCallback((next: F) => setState((s) => withFilters(s, next)), []);
  const sortBy = useCallback((sort: S) => setState((s) => withSort(s, sort)), []);
  /** Filters set from outside (e.g. the URL), leaving the page as it is. */
  const setFilters = useCallback(
    (next: F | ((filters: F) => F)) =>
      setState((s) => ({
        ...s,
        filters: typeof next === "function" ? (next as (filters: F) => F)(s.filters) : next,
      })),
    [],
  );
  const setSort = useCallback((sort: S) => setState((s) => ({ ...s, sort })), []);
  const setPage = useCallback((page: number) => setState((s) => ({ ...s, page })), []);
  return {
    filters: state.filters,
    setFilters,
    changeFilters,
    q,
    sort: state.sort,
    setSort,
    sortBy,
    page: state.page,
    setPage,
  };
}
