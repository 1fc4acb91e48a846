// better-auth: e-mail + password accounts and sessions, plus the organization plugin whose
// tables hold organizations, members (with our access roles) and invitations.
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { organization } from "better-auth/plugins";
import { eq } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import * as schema from "../db/schema.ts";
import { languageFrom } from "../i18n/messages.ts";
import { enqueueMail, passwordResetMail } from "../modules/mail/index.ts";
import type { Config } from "./config.ts";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password-policy.ts";

export const CLIENT_IP_HEADER = "x-mamori-client-ip";

/** How long a password-reset link works. */
export const RESET_LINK_MINUTES = 60;

/** The web page that sets the new password; the token rides in the query (never logged). */
export const resetPasswordLink = (baseUrl: string, token: string) =>
  `${baseUrl}/reset-password?token=${encodeURIComponent(token)}`;

/** The signing secret: AUTH_SECRET if set, else one generated once and kept in the database. */
export async function authSecret(database: Database): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const { db } = database;
  const [row] = await db
    .select()
    .from(schema.instanceSetting)
    .where(eq(schema.instanceSetting.key, "auth_secret"));
  if (row) return row.value;
  const secret = randomBytes(32).toString("base64url");
  await db
    .insert(schema.instanceSetting)
    .values({ key: "auth_secret", value: secret })
    .onConflictDoNothing();
  const [saved] = await db
    .select()
    .from(schema.instanceSetting)
    .where(eq(schema.instanceSetting.key, "auth_secret"));
  return saved?.value ?? secret;
}

export function createAuth(database: Database, config: Config, secret: string) {
  const secure = config.baseUrl.startsWith("https://");
  return betterAuth({
    appName: "mamori",
    baseURL: config.baseUrl,
    basePath: "/api/auth",
    secret,
    trustedOrigins: [config.baseUrl],
    database: drizzleAdapter(database.db, { provider: "pg", schema }),
    emailAndPassword: {
      enabled: true,
      // The bridge applies the full rule (password-policy.ts) before better-auth sees it.
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      autoSignIn: true,
      // The reset link goes out as an account mail through the outbox. better-auth answers
      // the same whether or not the address has an account; a failure to queue is logged
      // (its class only) and answered the same way, so nothing tells the two apart.
      resetPasswordTokenExpiresIn: RESET_LINK_MINUTES * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }, request) => {
        try {
          await enqueueMail(database.db, {
            orgId: null,
            to: user.email,
            toName: user.name,
            template: passwordResetMail,
            lang: languageFrom(request?.headers.get("accept-language") ?? undefined),
            payload: { name: user.name, minutes: RESET_LINK_MINUTES },
            secret: resetPasswordLink(config.baseUrl, token),
            secretExpiresAt: new Date(Date.now() + RESET_LINK_MINUTES * 60_000),
          });
        } catch (err) {
          console.warn(`password reset mail not queued: ${(err as Error)?.name ?? "Error"}`);
        }
      },
    },
    // No cookie cache: every request checks the session row, so signing out, a password
    // change (which ends the other sessions) and a removed session take effect at once.
    session: { cookieCache: { enabled: false } },
    advanced: {
      // The HTTP bridge passes the socket's address in this header (and drops any sent by
      // the client), so sign-in rate limits count per real client.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure },
    },
    rateLimit: {
      enabled: true,
      storage: "memory",
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/email": { window: 60, max: config.signInRateLimit },
        "/sign-up/email": { window: 60, max: Math.max(config.signInRateLimit, 30) },
        // Each request may send a mail: a few per address per quarter hour.
        "/request-password-reset": { window: 900, max: 5 },
        "/reset-password": { window: 60, max: config.signInRateLimit },
      },
    },
    telemetry: { enabled: false },
    plugins: [organization({ allowUserToCreateOrganization: true })],
  });
}

export type Auth = ReturnType<typeof createAuth>;
