// What errors may show of themselves in logs and on the console: their class, codes and stack
// frames, never their message (a failed query's message carries its parameters: names,
// e-mail addresses) or the database's detail.

/** The stack frames of an error, without its message (which may hold values). */
export function stackFrames(error: unknown): string {
  const stack = (error as { stack?: unknown } | null)?.stack;
  if (typeof stack !== "string") return "";
  return stack
    .split("\n")
    .filter((l) => /^\s+at /.test(l))
    .join("\n");
}

/**
 * What a 500 logs: the error's class, codes and stack frames — never its message, which for
 * a failed query holds the SQL parameters (names, e-mail addresses), nor the request body.
 * The request id ties it to the request line.
 */
export function safeErrorLog(err: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let e: unknown = err;
  for (let depth = 0; e && typeof e === "object" && depth < 3; depth++) {
    const { name, code, constraint, table, stack } = e as Record<string, unknown>;
    const prefix = depth === 0 ? "" : `cause${depth}.`;
    out[`${prefix}type`] = typeof name === "string" ? name : "Error";
    if (typeof code === "string" || typeof code === "number") out[`${prefix}code`] = code;
    if (typeof constraint === "string") out[`${prefix}constraint`] = constraint;
    if (typeof table === "string") out[`${prefix}table`] = table;
    if (depth === 0 && typeof stack === "string") out.stack = stackFrames(e);
    e = (e as { cause?: unknown }).cause;
  }
  return out;
}
