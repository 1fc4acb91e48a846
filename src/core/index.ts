// Pure domain rules of mamori: no I/O, safe to use from the server and the web client.
export * from "./appointments/appointment-rules.ts";
export * from "./corporate-number.ts";
export * from "./fees/fees.ts";
export * from "./fees/size-class.ts";
export type { Bilingual } from "./i18n-text.ts";
export * from "./readiness/index.ts";
export * from "./registers/index.ts";
export * from "./text/index.ts";
export * from "./wareki.ts";
