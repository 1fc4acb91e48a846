/** Escapes LIKE wildcards so a search term matches literally (`%` and `_` are common in names). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
