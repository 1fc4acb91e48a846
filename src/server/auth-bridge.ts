// Serves better-auth's handler (/api/auth/*) from Fastify by translating to a Fetch Request.
import type { FastifyInstance } from "fastify";
import { languageFrom } from "../i18n/messages.ts";
import { AppError } from "./app-error.ts";
import { type Auth, CLIENT_IP_HEADER } from "./auth.ts";
import { authErrorBody, checkedAuthBody } from "./auth-input.ts";
import { errorBody } from "./errors.ts";
import type { Guards } from "./tenancy.ts";

// Only the account endpoints are served. better-auth's organization endpoints stay closed:
// organizations, members and invitations change through /api/v1, where the tenant guard,
// the owner rules and the audit trail apply.
const servedAuthPaths = new Set([
  "/api/auth/sign-up/email",
  "/api/auth/sign-in/email",
  "/api/auth/sign-out",
  "/api/auth/get-session",
  "/api/auth/change-password",
  "/api/auth/request-password-reset",
  "/api/auth/reset-password",
  "/api/auth/list-sessions",
  "/api/auth/revoke-session",
  "/api/auth/revoke-other-sessions",
  "/api/auth/ok",
]);

/** The account a password-reset token belongs to (for the password rule), or null. */
async function userOfResetToken(auth: Auth, token: string) {
  const ctx = await auth.$context;
  const found = await ctx.internalAdapter.findVerificationValue(`reset-password:${token}`);
  if (!found || found.expiresAt < new Date()) return null;
  const user = await ctx.internalAdapter.findUserById(found.value);
  return user ? { email: user.email, name: user.name } : null;
}

export function registerAuthBridge(
  app: FastifyInstance,
  auth: Auth,
  guards: Guards,
  baseUrl: string,
) {
  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    schema: { hide: true },
    async handler(req, reply) {
      const path = req.url.split("?")[0] ?? "";
      const lang = languageFrom(req.headers["accept-language"]);
      if (!servedAuthPaths.has(path)) {
        return reply.status(404).send(errorBody(new AppError("not_found", "NOT_FOUND"), lang));
      }
      const checked =
        req.method === "GET" || req.body === undefined
          ? undefined
          : await checkedAuthBody(
              path,
              req.body,
              () => guards.currentUser(req),
              (token) => userOfResetToken(auth, token),
            );
      const headers = guards.toHeaders(req);
      headers.delete(CLIENT_IP_HEADER);
      headers.set(CLIENT_IP_HEADER, req.ip);
      headers.delete("content-length");
      const body = checked === undefined ? undefined : JSON.stringify(checked);
      if (body !== undefined) headers.set("content-type", "application/json");
      const response = await auth.handler(
        new Request(new URL(req.url, baseUrl), { method: req.method, headers, body }),
      );
      reply.status(response.status);
      for (const cookie of response.headers.getSetCookie()) reply.header("set-cookie", cookie);
      response.headers.forEach((value, key) => {
        if (key === "set-cookie" || key === "content-length") return;
        if (response.status >= 400 && key === "content-type") return;
        reply.header(key, value);
      });
      const raw = response.body ? Buffer.from(await response.arrayBuffer()) : null;
      // Every error leaves in one shape, better-auth's included.
      if (response.status >= 400)
        return reply.send(authErrorBody(response.status, raw?.toString("utf8") ?? "", lang));
      return reply.send(raw);
    },
  });
}
