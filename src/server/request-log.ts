// What a request log line shows: no query string, and no secret carried in a path.
import { type FastifyReply, type FastifyRequest, LogController } from "fastify";
import { safeErrorLog } from "./safe-error-log.ts";

/**
 * Secrets carried in paths are redacted: `/api/v1/calendar/<token>.ics?x` →
 * `/api/v1/calendar/[redacted]?x`, and an invitation link's secret
 * (`/invite/<id>/<token>`, `/api/v1/invitations/<id>/<token>`), and a personal link's
 * (`/p/<token>`, `/api/v1/p/<token>/…`).
 */
export const redactPathSecrets = (url: string): string =>
  url
    .replace(/(\/calendar\/)[^/?#]*/g, "$1[redacted]")
    .replace(/(^|\/api\/v1)(\/p\/)[^/?#]*/g, "$1$2[redacted]")
    .replace(/(\/invit(?:e|ations)\/[^/?#]+\/)(?!accept(?:[/?#]|$))[^/?#]+/g, "$1[redacted]");

/**
 * Fastify's default request serializer, with the feed token redacted and the query string
 * left out (search terms are often people's names).
 */
export function requestLogSerializer(req: FastifyRequest) {
  const [path, query] = req.url.split("?", 2);
  return {
    method: req.method,
    url: redactPathSecrets(path ?? "") + (query === undefined ? "" : "?…"),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

/** What the request line says of a request: method, path without its secrets, status, time. */
export function requestLine(req: FastifyRequest, reply: FastifyReply) {
  const url = req.raw.url ?? req.url;
  const q = url.indexOf("?");
  return {
    method: req.method,
    url: q === -1 ? redactPathSecrets(url) : `${redactPathSecrets(url.slice(0, q))}?…`,
    statusCode: reply.statusCode,
    ms: Math.round(reply.elapsedTime * 100) / 100,
  };
}

/**
 * One log line per request, written when the response has gone out: method, path (secrets
 * redacted, no query string), status, milliseconds and the request id (the request logger's
 * binding) — never headers, cookies, addresses or bodies. A request slower than
 * `slowRequestMs` is logged at warn level ("slow request") instead of info. Replaces
 * Fastify's two lines per request ("incoming request", "request completed").
 */
export class RequestLogController extends LogController {
  constructor(private readonly slowRequestMs: number) {
    super();
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null, req: FastifyRequest, reply: FastifyReply): void {
    const line = requestLine(req, reply);
    if (error) reply.log.warn({ ...line, err: safeErrorLog(error) }, "request ended with an error");
    else if (line.ms >= this.slowRequestMs)
      reply.log.warn({ ...line, slowRequestMs: this.slowRequestMs }, "slow request");
    else reply.log.info(line, "request");
  }

  /** Fastify's own 404 line would carry the whole URL; the request line says it already. */
  override routeNotFound(): void {}
}
