// The base URL every benchmark server is configured with, the Origin header its writes carry
// (the CSRF check), and the environment that lifts the per-user quotas a benchmark exceeds and
// gives the audit chain a key (so no key file is written into the repository's ./data).
export const BENCH_BASE_URL = "http://127.0.0.1:3000";
export const benchOrigin = { origin: BENCH_BASE_URL } as const;

export const benchEnv = {
  BASE_URL: BENCH_BASE_URL,
  SIGN_IN_RATE_LIMIT: "100000",
  QUOTA_ORG_CREATE: "100000/3600",
  QUOTA_DEMO_CREATE: "100000/3600",
  QUOTA_IMPORT: "100000/600",
  QUOTA_EXPORT: "100000/600",
  QUOTA_PDF: "100000/600",
  AUDIT_KEY: "bench-audit-key-0123456789abcdef0123456789abcdef",
};
