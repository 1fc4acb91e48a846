// Errors of the command line. Kept free of heavy imports so `mamori --help` starts fast.

/** An error whose message is meant for the user as is (no stack trace); exit code 1. */
export class CliError extends Error {}

/** Wrong arguments; exit code 2. */
export class UsageError extends Error {}

/** Names of the SQLSTATE codes whose messages are left out (they may quote values). */
const CONDITIONS: Record<string, string> = {
  "22001": "string_data_right_truncation",
  "22003": "numeric_value_out_of_range",
  "22007": "invalid_datetime_format",
  "22008": "datetime_field_overflow",
  "22P02": "invalid_text_representation",
  "23502": "not_null_violation",
  "23503": "foreign_key_violation",
  "23505": "unique_violation",
  "23514": "check_violation",
  "23P01": "exclusion_violation",
};

type Fields = Record<string, unknown>;
const text = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const isSqlState = (v: unknown): v is string => typeof v === "string" && /^[0-9A-Z]{5}$/.test(v);
/** Drizzle's query errors carry the SQL and its parameters (names, e-mails) in their message. */
const isQueryError = (e: Fields) =>
  "params" in e || (typeof e.message === "string" && e.message.startsWith("Failed query:"));

/**
 * A one-line description of an error for the console that never holds row contents or query
 * parameters: for a database error its SQLSTATE code and the names of the table,
 * column and constraint (data exceptions and constraint violations, classes 22 and 23, without
 * the database's message, which may quote values; `detail` is never shown); for a failed
 * query without a database error only the cause's class; else the error's class and message.
 */
export function safeErrorText(error: unknown): string {
  const chain: Fields[] = [];
  for (let e = error; e && typeof e === "object" && chain.length < 6; e = (e as Fields).cause) {
    chain.push(e as Fields);
  }
  const db = chain.find((e) => isSqlState(e.code));
  if (db) {
    const code = db.code as string;
    const parts = [`SQLSTATE ${code}${CONDITIONS[code] ? ` ${CONDITIONS[code]}` : ""}`];
    for (const key of ["table", "column", "constraint"]) {
      const name = text(db[key]);
      if (name) parts.push(`${key} ${name}`);
    }
    const dataRelated = code.startsWith("22") || code.startsWith("23");
    const message = dataRelated ? null : text(db.message);
    return `データベースのエラー / Database error (${parts.join(", ")})${message ? `: ${firstLine(message)}` : ""}`;
  }
  const top = chain[0];
  if (!top) return String(error);
  const readable = chain.find((e) => !isQueryError(e));
  if (isQueryError(top)) {
    const cause = readable ? describe(readable) : "";
    return `データベースの問い合わせが失敗しました / A database query failed${cause ? ` (${cause})` : ""}`;
  }
  return describe(top);
}

/** The class of an error: its `name`, else its constructor's (pg names its errors "error"). */
function kindOf(e: Fields): string {
  const name = text(e.name);
  if (name && name !== "error") return name;
  const ctor = (e.constructor as { name?: unknown } | undefined)?.name;
  return typeof ctor === "string" && ctor.length > 2 ? ctor : "Error";
}

function describe(e: Fields): string {
  const kind = kindOf(e);
  const code = typeof e.code === "string" || typeof e.code === "number" ? ` ${e.code}` : "";
  const message = text(e.message);
  return `${kind}${code}${message ? `: ${firstLine(message)}` : ""}`;
}

/** Only the first line, and never a "params:" part. */
function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? "";
  const params = line.indexOf("params:");
  return (params >= 0 ? line.slice(0, params) : line).trim();
}

export { stackFrames } from "../server/safe-error-log.ts";
