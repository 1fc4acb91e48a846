import { conflict } from "../../server/app-error.ts";

/** Escapes LIKE wildcards so a search term matches literally (`%` and `_` are common in names). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The rows of a raw `db.execute` statement (node-postgres and PGlite both answer `{ rows }`). */
export function rowsOf<T>(res: unknown): T[] {
  return ((res as { rows?: T[] }).rows ?? (res as T[])) as T[];
}

/** True when a database error (or the driver error Drizzle wraps) is a foreign-key violation. */
export function isForeignKeyViolation(err: unknown): boolean {
  type PgLike = { code?: unknown; cause?: unknown };
  const e = err as PgLike | null;
  return e?.code === "23503" || (e?.cause as PgLike | null)?.code === "23503";
}

/**
 * Runs a delete inside the caller's transaction. When rows of another capability still point
 * at the record (a foreign key without cascade), the database refuses and this answers 409
 * `code`: the deleting capability need not know which capabilities refer to it.
 */
export async function deleteUnlessReferenced<T>(run: () => Promise<T>, code: string): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (isForeignKeyViolation(err)) throw conflict(code);
    throw err;
  }
}
