// The person's page has no account and usually no language chosen in this browser: it speaks
// English when the browser prefers English, Japanese otherwise; a choice made in mamori wins.
export type PageLanguage = "ja" | "en";

export function pageLanguage(stored: string | null, browser: readonly string[]): PageLanguage {
  if (stored === "ja" || stored === "en") return stored;
  const first = browser[0]?.toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "ja";
}

/** What this browser says (no storage in private mode: the browser's language then). */
export function browserPageLanguage(): PageLanguage {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem("mamori.lang");
  } catch {
    stored = null;
  }
  const browser =
    typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  return pageLanguage(stored, browser);
}
