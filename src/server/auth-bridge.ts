// Serves better-auth's handler (/api/auth/*) from Fastify by translating to a Fetch Request.
import type { FastifyInstance } from "fastify";
import { languageFrom } from "../i18n/messages.ts";
import { AppError } from "./app-error.ts";
import { type Auth, CLIENT_IP_HEADER } from "./auth.ts";
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
  "/api/auth/list-sessions",
  "/api/auth/revoke-session",
  "/api/auth/revoke-other-sessions",
  "/api/auth/ok",
]);

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
      if (!servedAuthPaths.has(path)) {
        const lang = languageFrom(req.headers["accept-language"]);
        return reply.status(404).send(errorBody(new AppError("not_found", "NOT_FOUND"), lang));
      }
      const headers = guards.toHeaders(req);
      headers.delete(CLIENT_IP_HEADER);
      headers.set(CLIENT_IP_HEADER, req.ip);
      const body =
        req.method === "GET" || req.body === undefined ? undefined : JSON.stringify(req.body);
      if (body !== undefined) headers.set("content-type", "application/json");
      const response = await auth.handler(
        new Request(new URL(req.url, baseUrl), { method: req.method, headers, body }),
      );
      reply.status(response.status);
      for (const cookie of response.headers.getSetCookie()) reply.header("set-cookie", cookie);
      response.headers.forEach((value, key) => {
        if (key !== "set-cookie" && key !== "content-length") reply.header(key, value);
      });
      return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
    },
  });
}
