// What a failed request says, in the words of the form: the server answers
// `{ error: { code, message, fields } }` (src/server/errors.ts), `fields` naming each bad field by
// its path in the body (`offices.0.address`), which is also the form field's path.
import { ApiError } from "../api/client.ts";
import i18n from "../i18n/index.ts";

/** The sentence to show for a failure: the server's message, or a generic one. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError && err.message) return err.message;
  return i18n.t("common.failed");
}

/**
 * The server's field errors as form errors (`form.setErrors`). `fieldOf` renames a body path to
 * the form field showing it (null: no field shows it; the message above the buttons does).
 */
export function toFieldErrors(
  err: unknown,
  fieldOf?: (path: string) => string | null,
): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(err.fields)) {
    const field = fieldOf ? fieldOf(path) : path;
    if (field && !(field in errors)) errors[field] = message;
  }
  return errors;
}

/** The rows a refused import lists (`error.details.errors`); none for other failures. */
export function detailRows(err: unknown): unknown[] {
  if (!(err instanceof ApiError)) return [];
  const details = err.details as { errors?: unknown } | null | undefined;
  return Array.isArray(details?.errors) ? details.errors : [];
}
