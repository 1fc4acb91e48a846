// Serves better-auth's handler (/api/auth/*) from Fastify by translating to a Fetch Request.
import type { FastifyInstance } from "fastify";
import { type Auth, CLIENT_IP_HEADER } from "./auth.ts";
import type { Guards } from "./tenancy.ts";

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
