// What the account endpoints accept before better-auth sees it: the same text policy as every
// form (names are one clean line), bounded e-mail addresses, and the password rule. And what
// they answer: better-auth's `{ code, message }` errors in our `{ error: { … } }` shape.
import { z } from "zod";
import type { Lang } from "../i18n/messages.ts";
import { requiredEmail, requiredLine } from "../modules/shared/contract-helpers.ts";
import { AppError } from "./app-error.ts";
import { type ErrorBody, errorBody, zodIssuesToAppError } from "./errors.ts";
import { PASSWORD_MAX, passwordProblem } from "./password-policy.ts";

const email = requiredEmail();
const password = z.string({ error: "required" }).min(1, { error: "required" }).max(PASSWORD_MAX, {
  error: "too_long",
});

const signUp = z.strictObject({
  name: requiredLine(100),
  email,
  password,
  rememberMe: z.boolean().optional(),
});
const signIn = z.strictObject({ email, password, rememberMe: z.boolean().optional() });
// No redirectTo: the mail's link is always our own reset page (server/auth.ts).
const requestReset = z.strictObject({ email });
const resetPassword = z.strictObject({
  token: z.string({ error: "required" }).min(1, { error: "required" }).max(200, {
    error: "too_long",
  }),
  newPassword: password,
});
const changePassword = z.strictObject({
  currentPassword: password,
  newPassword: password,
  revokeOtherSessions: z.boolean().optional(),
});

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (!result.success) throw zodIssuesToAppError(result.error.issues);
  return result.data;
}

function checkPassword(field: string, value: string, who: { email: string; name?: string }) {
  const problem = passwordProblem(value, who);
  if (problem) throw new AppError("validation", "PASSWORD_WEAK", { [field]: { key: problem } });
}

/**
 * The body to pass on for `path`, checked. Changing the password always signs out every
 * other session, so a stolen session ends with the password change.
 */
export async function checkedAuthBody(
  path: string,
  body: unknown,
  currentUser: () => Promise<{ email: string; name: string }>,
  resetUser: (token: string) => Promise<{ email: string; name: string } | null> = async () => null,
): Promise<unknown> {
  if (path === "/api/auth/sign-up/email") {
    const input = parse(signUp, body);
    checkPassword("password", input.password, input);
    return { ...input, email: input.email.toLowerCase() };
  }
  if (path === "/api/auth/sign-in/email") return parse(signIn, body);
  if (path === "/api/auth/change-password") {
    const input = parse(changePassword, body);
    checkPassword("newPassword", input.newPassword, await currentUser());
    return { ...input, revokeOtherSessions: true };
  }
  if (path === "/api/auth/request-password-reset") {
    const input = parse(requestReset, body);
    return { email: input.email.toLowerCase() };
  }
  if (path === "/api/auth/reset-password") {
    const input = parse(resetPassword, body);
    // A token of nobody is refused by better-auth (RESET_LINK_INVALID) after the length rule.
    const who = await resetUser(input.token);
    checkPassword("newPassword", input.newPassword, who ?? { email: "" });
    return input;
  }
  return body;
}

// better-auth's error codes that the user can act on, with the field they concern.
const knownCodes: Record<string, { code: string; field?: string; fieldKey?: string }> = {
  INVALID_EMAIL_OR_PASSWORD: { code: "INVALID_EMAIL_OR_PASSWORD" },
  USER_ALREADY_EXISTS: { code: "USER_ALREADY_EXISTS", field: "email" },
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: { code: "USER_ALREADY_EXISTS", field: "email" },
  INVALID_EMAIL: { code: "VALIDATION_FAILED", field: "email" },
  INVALID_PASSWORD: { code: "INVALID_PASSWORD", field: "currentPassword" },
  PASSWORD_TOO_SHORT: { code: "PASSWORD_WEAK", field: "password", fieldKey: "password_too_short" },
  PASSWORD_TOO_LONG: { code: "PASSWORD_WEAK", field: "password", fieldKey: "password_too_long" },
  CREDENTIAL_ACCOUNT_NOT_FOUND: { code: "INVALID_PASSWORD", field: "currentPassword" },
  INVALID_TOKEN: { code: "RESET_LINK_INVALID" },
};

/** better-auth's error answer (any 4xx/5xx) in the common error shape. */
export function authErrorBody(status: number, raw: string, lang: Lang): ErrorBody {
  if (status === 429) return errorBody(new AppError("rate_limited", "RATE_LIMITED"), lang);
  let code = "";
  try {
    code = String((JSON.parse(raw) as { code?: unknown }).code ?? "");
  } catch {
    // not JSON: fall through to the generic message
  }
  const known = knownCodes[code];
  if (!known) {
    const generic = status === 401 ? "UNAUTHENTICATED" : status >= 500 ? "INTERNAL" : "AUTH_FAILED";
    return errorBody(new AppError("validation", generic), lang);
  }
  const fields = known.field ? { [known.field]: { key: known.fieldKey ?? known.code } } : {};
  return errorBody(new AppError("validation", known.code, fields), lang);
}
