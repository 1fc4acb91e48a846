// better-auth endpoints (e-mail + password), served through our bridge, which answers errors
// in the common shape with a message in the UI language.
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
    // The server signs out every other session when the password changes.
    api.post("/api/auth/change-password", { ...body, revokeOtherSessions: true }),
  /** Always answers the same, whether or not the address has an account. */
  requestPasswordReset: (body: { email: string }) =>
    api.post("/api/auth/request-password-reset", body),
  /** With the token of the mailed link; every session of the account ends. */
  resetPassword: (body: { token: string; newPassword: string }) =>
    api.post("/api/auth/reset-password", body),
};

/**
 * A sentence for an error of the auth endpoints, in the current UI language: the server's
 * message, or what is wrong with the password when that is the reason (it says how to fix it).
 */
export function authErrorText(err: unknown): string {
  if (!(err instanceof ApiError)) return i18n.t("authErrors.unknown");
  if (err.status === 0) return err.message;
  const detail = err.fields.password ?? err.fields.newPassword;
  if (detail) return detail;
  return err.message || i18n.t("authErrors.unknown");
}
