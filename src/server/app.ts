// Assembles the HTTP server: security headers, auth, API routes of every capability, the
// OpenAPI document, health checks, and the built web app.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from "fastify";
import {
  jsonSchemaTransform,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { Database } from "../db/client.ts";
import { languageFrom } from "../i18n/messages.ts";
import { startAuditTrail } from "../modules/audit/audit-setup.ts";
import { capabilityRoutes, pageRoutes } from "../modules/capabilities.ts";
import { AppError } from "./app-error.ts";
import { type Auth, authSecret, createAuth } from "./auth.ts";
import { registerAuthBridge } from "./auth-bridge.ts";
import type { Config } from "./config.ts";
import { errorBody, handleError } from "./errors.ts";
import { registerPublicRateLimit } from "./public-rate-limit.ts";
import { registerQuotas } from "./quotas.ts";
import { registerRequestGuards } from "./request-guards.ts";
import { RequestLogController, requestLogSerializer } from "./request-log.ts";
import { serializerCompiler } from "./response-serializer.ts";
import { type Guards, makeGuards } from "./tenancy.ts";

/**
 * Addresses and CIDRs go to Fastify (proxy-addr checks the connecting peer). A hop count is
 * a function here: Fastify now refuses to trust bare hop counts, since a client that reaches
 * the app directly could forge them; README says to use it only when every request passes
 * through the proxies.
 */
function trustProxyFn(trust: Config["trustProxy"]): string[] | ((a: string, i: number) => boolean) {
  if (typeof trust === "number") return (_address, hop) => hop < trust;
  return trust === false ? [] : trust;
}

export type AppDeps = { database: Database; auth: Auth; guards: Guards; config: Config };
export type ApiApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

const webDist = fileURLToPath(new URL("../../web/dist", import.meta.url));

export async function buildApp(
  database: Database,
  config: Config,
  opts: { logger?: boolean; logStream?: { write(line: string): void } } = {},
) {
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: config.logLevel,
            // Secrets never reach the log: cookies, auth headers and passwords are redacted.
            redact: [
              "req.headers.cookie",
              "req.headers.authorization",
              "res.headers['set-cookie']",
              "*.password",
            ],
            serializers: { req: requestLogSerializer },
            ...(opts.logStream ? { stream: opts.logStream } : {}),
          },
    // One line per request, after the response (request-log.ts), instead of Fastify's two.
    logController: new RequestLogController(config.slowRequestMs),
    bodyLimit: 1024 * 1024,
    // A malformed URL or an overlong path parameter: the common error shape, not Fastify's.
    frameworkErrors: (err, req, reply) => handleError(err, req, reply),
    trustProxy: trustProxyFn(config.trustProxy),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // Response schemas compiled to fast-json-stringify (zod where it cannot be exact).
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest("user", null);
  app.decorateRequest("org", null);
  app.decorateRequest("refreshedCookies", null);
  app.addHook("onSend", async (req, reply, payload) => {
    for (const cookie of req.refreshedCookies ?? []) reply.header("set-cookie", cookie);
    return payload;
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  registerRequestGuards(app, config);
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 10 },
  });
  await app.register(swagger, {
    openapi: { info: { title: "mamori API", version: "1" } },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });

  await startAuditTrail(database, config, app.log); // the audit key; old chains upgraded
  const secret = await authSecret(database);
  const auth = createAuth(database, config, secret);
  const guards = makeGuards(database, auth);
  const deps: AppDeps = { database, auth, guards, config };
  registerQuotas(app, guards, config.quotas);
  registerPublicRateLimit(app, config.publicRateLimit);

  app.get("/healthz", { schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { schema: { hide: true } }, async (_req, reply) => {
    try {
      await database.query("select 1");
      return { status: "ready", database: database.kind };
    } catch {
      return reply.status(503).send({ status: "unavailable" });
    }
  });

  registerAuthBridge(app, auth, guards, config.baseUrl);
  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      for (const register of capabilityRoutes) register(typed, deps);
    },
    { prefix: "/api/v1" },
  );
  // Public pages outside /api (/p/<slug>); anything they do not serve falls through below.
  for (const register of pageRoutes) register(app, deps);

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/") || !existsSync(webDist)) {
      const lang = languageFrom(req.headers["accept-language"]);
      return reply.status(404).send(errorBody(new AppError("not_found", "NOT_FOUND"), lang));
    }
    return reply.sendFile("index.html");
  });
  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
  }
  return app;
}
