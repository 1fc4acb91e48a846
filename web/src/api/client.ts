// A small typed fetch client for the mamori API: JSON in and out, the session cookie, and the
// UI language in Accept-Language so the server answers errors in that language.
import i18n from "../i18n/index.ts";

export type ApiErrorBody = {
  code: string;
  message: string;
  fields?: Record<string, string>;
  details?: unknown;
};

/** An error answered by the server (`{ error: {...} }`) or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  readonly details: unknown;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = "ApiError";
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? {};
    this.details = body.details;
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function headers(extra?: Record<string, string>): Record<string, string> {
  return { Accept: "application/json", "Accept-Language": i18n.language || "ja", ...extra };
}

async function parse<T>(res: Response): Promise<T> {
  const text = await res.text();
  const body: unknown = text ? safeJson(text) : null;
  if (!res.ok) throw toApiError(res.status, body);
  return body as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text };
  }
}

/** Our API wraps errors in `{ error }`; better-auth answers `{ code, message }`. */
function toApiError(status: number, body: unknown): ApiError {
  const b = (body ?? {}) as { error?: ApiErrorBody; code?: string; message?: string };
  if (b.error && typeof b.error === "object") return new ApiError(status, b.error);
  return new ApiError(status, {
    code: b.code ?? (status === 429 ? "RATE_LIMITED" : `HTTP_${status}`),
    message: b.message ?? "",
  });
}

async function send<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: headers(body === undefined ? undefined : { "Content-Type": "application/json" }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { code: "NETWORK", message: i18n.t("common.networkError") });
  }
  return parse<T>(res);
}

export const api = {
  get: <T>(path: string, query?: Query) => send<T>("GET", withQuery(path, query)),
  post: <T>(path: string, body: unknown = {}) => send<T>("POST", path, body),
  put: <T>(path: string, body: unknown) => send<T>("PUT", path, body),
  patch: <T>(path: string, body: unknown) => send<T>("PATCH", path, body),
  delete: (path: string) => send<null>("DELETE", path),
  /** A POST answered with a file (e.g. a sheet printed by the request that makes it). */
  async postForFile(path: string, body: unknown): Promise<Blob> {
    let res: Response;
    try {
      res = await fetch(path, {
        method: "POST",
        credentials: "same-origin",
        headers: headers({ "Content-Type": "application/json" }),
        body: JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, { code: "NETWORK", message: i18n.t("common.networkError") });
    }
    if (!res.ok) return parse<never>(res);
    return res.blob();
  },
  /** Multipart upload of one file in the field `file`. */
  async upload<T>(path: string, file: File): Promise<T> {
    const form = new FormData();
    form.append("file", file);
    let res: Response;
    try {
      res = await fetch(path, {
        method: "POST",
        credentials: "same-origin",
        headers: headers(),
        body: form,
      });
    } catch {
      throw new ApiError(0, { code: "NETWORK", message: i18n.t("common.networkError") });
    }
    return parse<T>(res);
  },
};

/** Base path of an organization's resources. */
export const orgPath = (orgId: string, rest = "") =>
  `/api/v1/orgs/${encodeURIComponent(orgId)}${rest}`;
