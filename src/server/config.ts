// Configuration from the environment, read once at start. See README "Configuration".
import { resolve } from "node:path";

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  baseUrl: string;
  /** Sign-in attempts per IP per minute. */
  signInRateLimit: number;
  smtpConfigured: boolean;
  logLevel: string;
  /** Largest upload accepted (bytes). */
  uploadLimitBytes: number;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const host = env.HOST ?? "0.0.0.0";
  return {
    port,
    host,
    dataDir: resolve(env.DATA_DIR ?? "./data"),
    databaseUrl: env.DATABASE_URL || undefined,
    baseUrl: (env.BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, ""),
    signInRateLimit: Number(env.SIGN_IN_RATE_LIMIT ?? 10),
    smtpConfigured: Boolean(env.SMTP_URL),
    logLevel: env.LOG_LEVEL ?? "info",
    uploadLimitBytes: Number(env.UPLOAD_LIMIT_MB ?? 10) * 1024 * 1024,
  };
}
