// better-auth endpoints (e-mail + password) and the mapping of its English error codes to
// our own texts in the UI language.
import i18n from "../i18n/index.ts";
import { ApiError, api } from "./client.ts";
import type { Session } from "./types.ts";

export const authApi = {
  session: () => api.get<Session>("/api/auth/get-session"),
  signIn: (body: { email: string; password: string }) => api.post("/api/auth/sign-in/email", body),
  signUp: (body: { name: string; email: string; password: string }) =>
    api.post("/api/auth/sign-up/email", body),
  signOut: () => api.post("/api/auth/sign-out", {}),
  changePassword: (body: { currentPassword: string; newPassword: string }) =>
    api.post("/api/auth/change-password", { ...body, revokeOtherSessions: false }),
};

const known: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: "authErrors.INVALID_EMAIL_OR_PASSWORD",
  USER_ALREADY_EXISTS: "authErrors.USER_ALREADY_EXISTS",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "authErrors.USER_ALREADY_EXISTS",
  PASSWORD_TOO_SHORT: "authErrors.PASSWORD_TOO_SHORT",
  PASSWORD_TOO_LONG: "authErrors.PASSWORD_TOO_LONG",
  INVALID_PASSWORD: "authErrors.INVALID_PASSWORD",
  INVALID_EMAIL: "authErrors.INVALID_EMAIL",
  CREDENTIAL_ACCOUNT_NOT_FOUND: "authErrors.INVALID_PASSWORD",
  RATE_LIMITED: "authErrors.RATE_LIMITED",
};

/** A sentence for an error of the auth endpoints, in the current UI language. */
export function authErrorText(err: unknown): string {
  if (!(err instanceof ApiError)) return i18n.t("authErrors.unknown");
  if (err.status === 429) return i18n.t("authErrors.RATE_LIMITED");
  if (err.status === 0) return err.message;
  const key = known[err.code];
  return key ? i18n.t(key) : i18n.t("authErrors.unknown");
}
