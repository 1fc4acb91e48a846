// The 文書管理台帳's filters that arrive in the URL: a readiness rule's fix link lands on the
// documents it is about (`?kind=policy&audience=internal` for the policy,
// `?status=published&reviewOverdue=true` for reviews past due). Unknown values are ignored.
import { DOCUMENT_KINDS, VERSION_STATUSES } from "@src/core/documents/status.ts";

export type RegisterUrlFilters = {
  kind: string | null;
  status: string | null;
  audience: string | null;
  reviewOverdue: boolean;
};

const oneOf = (value: string | null, allowed: readonly string[]): string | null =>
  value !== null && allowed.includes(value) ? value : null;

export function registerFiltersFromUrl(params: URLSearchParams): RegisterUrlFilters {
  return {
    kind: oneOf(params.get("kind"), DOCUMENT_KINDS),
    status: oneOf(params.get("status"), VERSION_STATUSES),
    audience: oneOf(params.get("audience"), ["internal", "external"]),
    reviewOverdue: params.get("reviewOverdue") === "true",
  };
}
