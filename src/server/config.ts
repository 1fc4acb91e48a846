// Configuration from the environment, read once at start. See README "Configuration".
import { resolve } from "node:path";
import { type Quotas, quotasFrom } from "./quotas.ts";

/** Limits of the one safe reader every upload goes through (see shared/safe-upload). */
export type UploadLimits = {
  /** Largest accepted upload (bytes). */
  bytes: number;
  /** Most entries in a ZIP container (xlsx, docx …). */
  zipEntries: number;
  /** Largest uncompressed size of one ZIP entry (bytes). */
  zipEntryBytes: number;
  /** Largest uncompressed size of all entries together (bytes). */
  zipTotalBytes: number;
  /** Highest compression ratio accepted on an entry larger than 1 MB uncompressed. */
  zipRatio: number;
  /** Heap of the worker thread that parses uploads (MB); a file that needs more is refused. */
  workerHeapMb: number;
};

/** Limits of attached files (src/modules/files). */
export type FileLimits = {
  /** Largest attached file (bytes), FILE_MAX_MB. */
  maxBytes: number;
  /** Largest total of one organization's attached files (bytes), ORG_FILES_MAX_MB. */
  orgMaxBytes: number;
  /** Whether plain ZIP archives may be attached (FILE_ALLOW_ZIP); Office files always may. */
  allowZip: boolean;
};

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  baseUrl: string;
  /** Origins allowed to send state-changing requests: BASE_URL's plus ALLOWED_ORIGINS. */
  allowedOrigins: string[];
  /** Whom X-Forwarded-For is believed from: nobody, a number of hops, or proxy addresses. */
  trustProxy: false | number | string[];
  /** Sign-in attempts per IP per minute. */
  signInRateLimit: number;
  smtpConfigured: boolean;
  /** Outgoing mail (see src/modules/mail): never logged, it may carry a password. */
  mail: MailSettings;
  logLevel: string;
  /** A request taking at least this long (ms) is logged at warn level as a slow request. */
  slowRequestMs: number;
  /** Largest upload accepted (bytes). */
  uploadLimitBytes: number;
  upload: UploadLimits;
  files: FileLimits;
  /** Per-user quotas on expensive routes (QUOTA_ORG_CREATE=10/3600 …). */
  quotas: Quotas;
  /** The audit chain's HMAC key, when given in the environment (AUDIT_KEY); else a file. */
  auditKey?: string;
  /** The personal links' signing key (LINK_SIGNING_KEY); else a file in the data folder. */
  linkSigningKey?: string;
  /** Days a new personal link stays valid unless the issuer says otherwise (PERSONAL_LINK_DAYS). */
  personalLinkDays: number;
  /** Requests per client address to the public pages (PUBLIC_RATE_LIMIT=120/60). */
  publicRateLimit: { max: number; windowSeconds: number };
  /** Whether this process runs the scheduled jobs (JOBS_ENABLED; `mamori start` only). */
  jobsEnabled: boolean;
  /** Automatic backups of the embedded database: where, and how many to keep. */
  autoBackup: { dir: string; keep: number; everyHours: number };
};

/** Outgoing mail settings (SMTP_URL, MAIL_FROM, MAIL_MAX_ATTEMPTS, MAIL_RETRY_SECONDS). */
export type MailSettings = {
  /** nodemailer connection URL (smtp://user:pass@host:587, smtps://…); unset: mail only queues. */
  smtpUrl?: string;
  from: string;
  /** Tries before a mail is marked failed. */
  maxAttempts: number;
  /** Waits before the 1st, 2nd … retry (seconds); the last one repeats. */
  retrySeconds: number[];
};

const MB = 1024 * 1024;

function mailSettings(env: NodeJS.ProcessEnv): MailSettings {
  const retry = (env.MAIL_RETRY_SECONDS ?? "60,300,1800,7200,21600").split(",").map(Number);
  if (!retry.length || retry.some((n) => !Number.isFinite(n) || n <= 0))
    throw new Error("MAIL_RETRY_SECONDS: positive seconds, comma-separated (e.g. 60,300,1800)");
  const from = env.MAIL_FROM?.trim() || "mamori <no-reply@localhost>";
  if (/[\r\n]/.test(from) || !/@/.test(from))
    throw new Error("MAIL_FROM: one sender on one line, e.g. mamori <no-reply@example.jp>");
  return {
    ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
    from,
    maxAttempts: Math.floor(positive(env, "MAIL_MAX_ATTEMPTS", 8)),
    retrySeconds: retry,
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number`);
  return n;
}

/** A yes/no setting: true/1/yes or false/0/no (unset: no). */
function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? "").trim().toLowerCase();
  if (["", "false", "0", "no"].includes(raw)) return false;
  if (["true", "1", "yes"].includes(raw)) return true;
  throw new Error(`${name} must be true or false`);
}

/** TRUST_PROXY: unset/0 → trust nobody; a whole number → that many hops; else addresses. */
export function parseTrustProxy(raw: string | undefined): false | number | string[] {
  const value = raw?.trim() ?? "";
  if (value === "" || value === "0" || value.toLowerCase() === "false") return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value.toLowerCase() === "true")
    throw new Error("TRUST_PROXY=true would trust any X-Forwarded-For: give the hop count");
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Personal links: the signing key (checked here, so a short one stops the start), days, limit. */
function linkSettings(env: NodeJS.ProcessEnv) {
  const key = env.LINK_SIGNING_KEY?.trim();
  if (key !== undefined && key !== "" && key.length < 32)
    throw new Error(
      "LINK_SIGNING_KEY は32文字以上にしてください（例: openssl rand -hex 32） / LINK_SIGNING_KEY must be at least 32 characters (e.g. openssl rand -hex 32)",
    );
  const limit = (env.PUBLIC_RATE_LIMIT ?? "120/60").trim();
  const m = /^(\d+)\/(\d+)$/.exec(limit);
  if (!m || Number(m[1]) < 1 || Number(m[2]) < 1)
    throw new Error("PUBLIC_RATE_LIMIT: expected max/seconds, e.g. 120/60");
  return {
    ...(key ? { linkSigningKey: key } : {}),
    personalLinkDays: Math.min(Math.floor(positive(env, "PERSONAL_LINK_DAYS", 90)), 3660),
    publicRateLimit: { max: Number(m[1]), windowSeconds: Number(m[2]) },
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const host = env.HOST ?? "0.0.0.0";
  const baseUrl = (env.BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, "");
  const extraOrigins = (env.ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim().replace(/\/$/, ""))
    .filter(Boolean);
  const uploadLimitBytes = positive(env, "UPLOAD_LIMIT_MB", 10) * MB;
  return {
    port,
    host,
    dataDir: resolve(env.DATA_DIR ?? "./data"),
    databaseUrl: env.DATABASE_URL || undefined,
    baseUrl,
    allowedOrigins: [...new Set([new URL(baseUrl).origin, ...extraOrigins])],
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    signInRateLimit: Number(env.SIGN_IN_RATE_LIMIT ?? 10),
    smtpConfigured: Boolean(env.SMTP_URL),
    mail: mailSettings(env),
    logLevel: env.LOG_LEVEL ?? "info",
    slowRequestMs: positive(env, "SLOW_REQUEST_MS", 500),
    uploadLimitBytes,
    upload: {
      bytes: uploadLimitBytes,
      zipEntries: positive(env, "UPLOAD_ZIP_MAX_ENTRIES", 200),
      zipEntryBytes: positive(env, "UPLOAD_ZIP_MAX_ENTRY_MB", 64) * MB,
      zipTotalBytes: positive(env, "UPLOAD_ZIP_MAX_TOTAL_MB", 128) * MB,
      zipRatio: positive(env, "UPLOAD_ZIP_MAX_RATIO", 200),
      workerHeapMb: positive(env, "UPLOAD_WORKER_HEAP_MB", 1024),
    },
    files: {
      maxBytes: positive(env, "FILE_MAX_MB", 20) * MB,
      orgMaxBytes: positive(env, "ORG_FILES_MAX_MB", 2048) * MB,
      allowZip: flag(env, "FILE_ALLOW_ZIP"),
    },
    quotas: quotasFrom(env),
    jobsEnabled: !["0", "false", "off", "no"].includes(
      (env.JOBS_ENABLED ?? "").trim().toLowerCase(),
    ),
    autoBackup: {
      dir: resolve(env.BACKUP_DIR ?? `${env.DATA_DIR ?? "./data"}/backups`),
      keep: Math.floor(positive(env, "BACKUP_KEEP", 7)),
      everyHours: positive(env, "BACKUP_EVERY_HOURS", 24),
    },
    ...(env.AUDIT_KEY ? { auditKey: env.AUDIT_KEY } : {}),
    ...linkSettings(env),
  };
}
