// Checks every API request passes before its route runs:
// - CSRF: a state-changing request must come from one of the app's own origins;
// - media type: JSON routes take JSON, upload routes take multipart, nothing else;
// - text: no NUL or other control characters, no broken UTF-16, in any parameter or field;
// - caching: API answers (personal data) are never stored by browsers or proxies.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { textProblem } from "../core/text/text-policy.ts";
import { AppError } from "./app-error.ts";
import type { Config } from "./config.ts";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The origin of a request's Origin header, or of its Referer when Origin is absent. */
export function requestOrigin(req: FastifyRequest): string | null {
  const origin = req.headers.origin;
  if (typeof origin === "string" && origin !== "") return origin;
  const referer = req.headers.referer;
  if (typeof referer !== "string" || referer === "") return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

const csrfRefused = () => new AppError("forbidden", "CSRF_ORIGIN");

function checkOrigin(req: FastifyRequest, allowed: ReadonlySet<string>) {
  // "null" (sandboxed frames, file: pages) and every foreign or missing origin are refused.
  const origin = requestOrigin(req);
  if (origin === null || !allowed.has(origin)) throw csrfRefused();
}

function hasBody(req: FastifyRequest): boolean {
  const length = req.headers["content-length"];
  if (length !== undefined) return Number(length) > 0;
  return req.headers["transfer-encoding"] !== undefined;
}

const mediaType = (req: FastifyRequest) =>
  (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";

function checkMediaType(req: FastifyRequest) {
  if (!hasBody(req)) return;
  const consumes = (req.routeOptions.schema as { consumes?: string[] } | undefined)?.consumes;
  const expected = consumes?.includes("multipart/form-data")
    ? "multipart/form-data"
    : "application/json";
  if (mediaType(req) !== expected)
    throw new AppError("unsupported_media_type", "UNSUPPORTED_MEDIA_TYPE", {}, { expected });
}

/** The first string (or key) in `value` with a problem, as [path, key]; depth-limited. */
export function findTextProblem(
  value: unknown,
  allowLineBreaks: boolean,
  path: string[] = [],
): [string, string] | null {
  if (typeof value === "string") {
    const problem = textProblem(value, allowLineBreaks);
    return problem ? [path.join(".") || "body", problem] : null;
  }
  if (value === null || typeof value !== "object" || path.length > 32) return null;
  for (const [key, child] of Object.entries(value)) {
    const keyProblem = textProblem(key, false);
    if (keyProblem) return [[...path, "key"].join("."), keyProblem];
    const found = findTextProblem(child, allowLineBreaks, [...path, key]);
    if (found) return found;
  }
  return null;
}

function checkText(req: FastifyRequest) {
  const found =
    findTextProblem(req.params, false) ??
    findTextProblem(req.query, false) ??
    findTextProblem(req.body, true);
  if (found) {
    const [field, key] = found;
    throw new AppError("validation", "VALIDATION_FAILED", { [field]: { key } });
  }
}

export function registerRequestGuards(app: FastifyInstance, config: Config) {
  const allowed = new Set(config.allowedOrigins);
  // Without this parser a text/plain body (what an HTML form can send across sites) is 415.
  app.removeContentTypeParser("text/plain");
  app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.url.startsWith("/api/")) return;
    reply.header("cache-control", "no-store");
    if (!STATE_CHANGING.has(req.method)) return;
    checkOrigin(req, allowed);
    checkMediaType(req);
  });
  // Parameters and the parsed body, before any schema or handler sees them.
  app.addHook("preValidation", async (req: FastifyRequest) => {
    if (req.url.startsWith("/api/")) checkText(req);
  });
}
