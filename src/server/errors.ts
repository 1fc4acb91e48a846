// Turns every error into `{ error: { code, message, fields } }` in the caller's language.
// A 500 never shows its stack to the client; it is logged instead.
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { z } from "zod";
import { type Lang, languageFrom, translate } from "../i18n/messages.ts";
import { AppError, type ErrorKind, type FieldError } from "./app-error.ts";
import { safeErrorLog } from "./safe-error-log.ts";

const statusOf: Record<ErrorKind, number> = {
  validation: 400,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  unauthenticated: 401,
  too_large: 413,
  unsupported_media_type: 415,
  uri_too_long: 414,
  rate_limited: 429,
};

export type ErrorBody = {
  error: { code: string; message: string; fields?: Record<string, string>; details?: unknown };
};

export function errorBody(err: AppError, lang: Lang): ErrorBody {
  const fields: Record<string, string> = {};
  for (const [name, f] of Object.entries(err.fields))
    fields[name] = translate(f.key, lang, f.params);
  return {
    error: {
      code: err.code,
      message: translate(err.code, lang, err.params),
      ...(Object.keys(fields).length ? { fields } : {}),
      ...(err.details !== undefined ? { details: err.details } : {}),
    },
  };
}

/** Maps one zod issue to a message key of our catalogue, with its parameters. */
export function issueToFieldError(issue: z.core.$ZodIssue): FieldError {
  const custom = issue.message;
  if (issue.code === "custom" || /^[a-z_]+$/.test(custom)) {
    if (issue.code === "too_big")
      return { key: tooBigKey(issue), params: { max: Number(issue.maximum) } };
    if (issue.code === "too_small") return tooSmall(issue);
    if (/^[a-z_]+$/.test(custom)) return { key: custom };
  }
  switch (issue.code) {
    case "invalid_type":
      return { key: issue.input === undefined ? "required" : "invalid_type" };
    case "too_big":
      return { key: tooBigKey(issue), params: { max: Number(issue.maximum) } };
    case "too_small":
      return tooSmall(issue);
    case "invalid_value":
      return { key: "invalid_value" };
    case "invalid_union":
      // Every option refused the value's type (e.g. a number for text-or-null): zod reports
      // the union only when no option came close.
      return { key: "invalid_type" };
    case "invalid_format":
      return { key: issue.format === "email" ? "invalid_email" : "invalid" };
    case "unrecognized_keys":
      return { key: "unknown_field" };
    default:
      return { key: "invalid" };
  }
}

function tooBigKey(issue: z.core.$ZodIssueTooBig): string {
  if (issue.origin === "string") return "too_long";
  if (issue.origin === "array") return "too_many_items";
  return "too_big";
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): FieldError {
  if (issue.origin === "string") {
    return Number(issue.minimum) <= 1
      ? { key: "required" }
      : { key: "too_short", params: { min: Number(issue.minimum) } };
  }
  return { key: "too_small", params: { min: Number(issue.minimum) } };
}

/** Field path as the client sends it: `offices.0.address`; unknown keys are named themselves. */
export function zodIssuesToAppError(
  issues: readonly z.core.$ZodIssue[],
  prefix?: string,
): AppError {
  const fields: Record<string, FieldError> = {};
  for (const issue of issues) {
    const paths =
      issue.code === "unrecognized_keys"
        ? issue.keys.map((k) => [...issue.path, k].join("."))
        : [issue.path.join(".") || prefix || "body"];
    for (const path of paths) fields[path] ??= issueToFieldError(issue);
  }
  return new AppError("validation", "VALIDATION_FAILED", fields);
}

export function handleError(
  err: FastifyError | AppError | Error,
  req: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const lang = languageFrom(req.headers["accept-language"]);
  if (err instanceof AppError) return reply.status(statusOf[err.kind]).send(errorBody(err, lang));
  if (hasZodFastifySchemaValidationErrors(err)) {
    // The type provider flattens each zod issue; rebuild it (code, path, message, params).
    const input = requestPart(req, err.validationContext);
    const issues = err.validation.map((v) => {
      const path = v.instancePath.split("/").filter(Boolean);
      return {
        ...(v.params as object),
        code: v.keyword,
        message:
          v.keyword === "invalid_type"
            ? typeMessage(v.message ?? "", valueAt(input, path))
            : v.message,
        path,
      } as unknown as z.core.$ZodIssue;
    });
    const where = err.validationContext === "body" ? undefined : err.validationContext;
    return reply.status(400).send(errorBody(zodIssuesToAppError(issues as never, where), lang));
  }
  const dbConflict = databaseConflict(err);
  if (dbConflict) return reply.status(409).send(errorBody(dbConflict, lang));
  const known = frameworkError(err as FastifyError);
  if (known) return reply.status(statusOf[known.kind]).send(errorBody(known, lang));
  req.log.error({ err: safeErrorLog(err) }, "unhandled error");
  return reply.status(500).send(errorBody(new AppError("validation", "INTERNAL"), lang));
}

/** Fastify's and its plugins' own 4xx errors, in our codes. */
function frameworkError(fe: FastifyError): AppError | null {
  const status = fe.statusCode ?? 0;
  if (
    fe.code === "FST_FIELDS_LIMIT" ||
    fe.code === "FST_PARTS_LIMIT" ||
    fe.code === "FST_FILES_LIMIT"
  )
    return new AppError("validation", "MULTIPART_LIMIT", { body: { key: "too_many_parts" } });
  if (
    fe.code === "FST_ERR_CTP_BODY_TOO_LARGE" ||
    fe.code === "FST_REQ_FILE_TOO_LARGE" ||
    status === 413
  )
    return new AppError("too_large", "PAYLOAD_TOO_LARGE");
  if (status === 415 || fe.code === "FST_INVALID_MULTIPART_CONTENT_TYPE")
    return new AppError(
      "unsupported_media_type",
      "UNSUPPORTED_MEDIA_TYPE",
      {},
      { expected: "JSON" },
    );
  if (status === 429) return new AppError("rate_limited", "RATE_LIMITED");
  if (fe.code === "FST_ERR_MAX_PARAM_LENGTH") return new AppError("uri_too_long", "URI_TOO_LONG");
  if (status === 404) return new AppError("not_found", "NOT_FOUND");
  // Malformed JSON, a parameter too long for the router, and the like.
  if (status >= 400 && status < 500)
    return new AppError("validation", "VALIDATION_FAILED", { body: { key: "invalid" } });
  return null;
}

function requestPart(req: FastifyRequest, context: string | undefined): unknown {
  if (context === "querystring") return req.query;
  if (context === "params") return req.params;
  if (context === "headers") return req.headers;
  return req.body;
}

function valueAt(input: unknown, path: readonly string[]): unknown {
  let cur = input;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * Zod does not report the input of an issue, so a missing field and a field of the wrong type
 * looked alike ("invalid_type" for both, or "required" for both): decide from the request.
 */
function typeMessage(message: string, value: unknown): string {
  if (value === undefined) return "required";
  return /^[a-z_]+$/.test(message) && message !== "required" ? message : "invalid_type";
}

/** Unique and foreign keys that mean something to the user when a concurrent change trips them. */
const constraintCodes: Record<string, { code: string; field?: string }> = {
  person_org_email_uq: { code: "EMAIL_TAKEN", field: "email" },
  member_org_user_uq: { code: "ALREADY_MEMBER" },
  legal_requirement_org_law_uq: { code: "LEGAL_REQUIREMENT_DUPLICATE", field: "lawId" },
};

/**
 * A race the services' own checks could not see (two requests creating the same e-mail at
 * once, a row deleted while another request refers to it, a deadlock): 409, not 500.
 */
function databaseConflict(err: unknown): AppError | null {
  type PgLike = { code?: unknown; constraint?: unknown; cause?: unknown };
  // Drizzle wraps the driver's error; its `cause` carries the SQLSTATE.
  for (const e of [err, (err as PgLike | null)?.cause] as (PgLike | null | undefined)[]) {
    const code = typeof e?.code === "string" ? e.code : "";
    if (!["23505", "23503", "40P01", "40001"].includes(code)) continue;
    const known = typeof e?.constraint === "string" ? constraintCodes[e.constraint] : undefined;
    if (!known) return new AppError("conflict", "CONFLICT");
    const fields = known.field ? { [known.field]: { key: known.code } } : {};
    return new AppError("conflict", known.code, fields);
  }
  return null;
}
