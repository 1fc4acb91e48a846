// Text helpers for spreadsheet and form input: pure functions, no I/O.
export * from "./boolean-words.ts";
export * from "./header-match.ts";
export * from "./japanese-date.ts";
export * from "./normalize.ts";
