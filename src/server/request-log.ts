// What a request log line shows: no query string, and no secret carried in a path.
import type { FastifyRequest } from "fastify";

/**
 * Secrets carried in paths are redacted: `/api/v1/calendar/<token>.ics?x` →
 * `/api/v1/calendar/[redacted]?x`, and an invitation link's secret
 * (`/invite/<id>/<token>`, `/api/v1/invitations/<id>/<token>`).
 */
export const redactPathSecrets = (url: string): string =>
  url
    .replace(/(\/calendar\/)[^/?#]*/g, "$1[redacted]")
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
