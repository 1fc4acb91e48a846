import type { ApiApp, AppDeps } from "../../server/app.ts";
import { notFound } from "../../server/app-error.ts";
import { orgParams } from "../shared/route-helpers.ts";
import { getFeed, renderFeed, revokeFeed, rotateFeed } from "./calendar-feed.service.ts";
import { calendarFeedOut, calendarParams, obligationsOut } from "./obligations.contract.ts";
import { listObligations } from "./obligations.service.ts";

export function registerObligationRoutes(app: ApiApp, { database, guards, config }: AppDeps) {
  const { db } = database;
  const tags = ["obligations"];
  const base = "/orgs/:orgId/obligations";
  const feed = "/orgs/:orgId/calendar-feed";

  app.get(
    base,
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: obligationsOut },
        description:
          "Recurring obligations with the day last done, the next due day (due soon: within " +
          "60 days, today included) and the status, never done first, then by due day.",
      },
    },
    async (req) => listObligations(db, await guards.orgContext(req, "readiness.read")),
  );

  app.get(
    feed,
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: calendarFeedOut },
        description: "Whether the feed exists, since when and by whom; never its URL.",
      },
    },
    async (req) => getFeed(db, await guards.orgContext(req, "readiness.read")),
  );

  app.post(
    feed,
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: calendarFeedOut },
        description:
          "Creates the feed or replaces its secret; the answer holds the URL, shown only once.",
      },
    },
    async (req) =>
      rotateFeed(db, await guards.orgContext(req, "obligations.write"), config.baseUrl),
  );

  app.delete(feed, { schema: { tags, params: orgParams } }, async (req, reply) => {
    await revokeFeed(db, await guards.orgContext(req, "obligations.write"));
    return reply.status(204).send();
  });

  // Public: calendar apps fetch it without a session; the secret in the URL is the key.
  app.get(
    "/calendar/:token.ics",
    {
      schema: {
        tags,
        params: calendarParams,
        description: "The organization's calendar (.ics) behind its secret URL.",
      },
    },
    async (req, reply) => {
      const ics = await renderFeed(db, req.params.token, config.baseUrl);
      if (ics === null) throw notFound();
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("cache-control", "private, no-store")
        .header("content-disposition", 'inline; filename="mamori.ics"')
        .send(ics);
    },
  );
}
