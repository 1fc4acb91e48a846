// The calendar feed's URL is its only secret: request logs show it redacted.
import type { FastifyRequest } from "fastify";

/** `/api/v1/calendar/<token>.ics?x` → `/api/v1/calendar/[redacted]?x`. */
export const redactFeedToken = (url: string): string =>
  url.replace(/(\/calendar\/)[^/?#]*/g, "$1[redacted]");

/** Fastify's default request serializer, with the feed token redacted from the URL. */
export function requestLogSerializer(req: FastifyRequest) {
  return {
    method: req.method,
    url: redactFeedToken(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}
