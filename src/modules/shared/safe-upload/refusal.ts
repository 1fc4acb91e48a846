// Why the safe upload reader refused a file: a plain object, so it crosses from the worker
// thread to the main thread as it is, and becomes an AppError there (see safe-upload.ts).
import type { ErrorKind } from "../../../server/app-error.ts";

export type Refusal = {
  /** too_large (413) for a limit hit; validation (400) for a file that cannot be read. */
  kind: Extract<ErrorKind, "too_large" | "validation">;
  /** The API error code, also the message key of the top-level message. */
  code: string;
  params?: Record<string, string | number>;
  /** The message key of `fields.file`, when it says more than the code's message. */
  fieldKey?: string;
  /** What exactly was wrong (English, for logs and tests; never shown to the user). */
  detail?: string;
};

export class UploadRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.detail ? `${refusal.code}: ${refusal.detail}` : refusal.code);
  }
}

export const MB = 1024 * 1024;

/** Megabytes as a message shows them: 50, or 0.5 for half a megabyte. */
export const megabytes = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

export const tooLarge = (code: string, params: Refusal["params"], detail?: string) =>
  new UploadRefused({ kind: "too_large", code, ...(params ? { params } : {}), detail });

/** An archive that is not what it claims (truncated, inconsistent): FILE_UNREADABLE. */
export const corrupt = (detail: string) =>
  new UploadRefused({ kind: "validation", code: "FILE_UNREADABLE", detail });
