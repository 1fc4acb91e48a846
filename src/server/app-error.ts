// Errors services raise. The server maps the kind to an HTTP status and the code to a message.
export type ErrorKind =
  | "validation"
  | "not_found"
  | "forbidden"
  | "conflict"
  | "unauthenticated"
  | "too_large"
  | "unsupported_media_type"
  | "uri_too_long"
  | "rate_limited";

export type FieldError = { key: string; params?: Record<string, string | number> };

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    readonly fields: Record<string, FieldError> = {},
    readonly params: Record<string, string | number> = {},
    /** Extra machine-readable detail for the client (e.g. every bad row of an import). */
    readonly details?: unknown,
  ) {
    super(code);
  }
}

export const notFound = () => new AppError("not_found", "NOT_FOUND");
export const conflict = (code: string, field?: string) =>
  new AppError("conflict", code, field ? { [field]: { key: code } } : {});
export const invalidField = (
  field: string,
  key: string,
  params?: Record<string, string | number>,
) => new AppError("validation", "VALIDATION_FAILED", { [field]: { key, params } });
