// HTTP routes of notifications: the caller's own list, unread count, marking read and the
// preference, in one organization. Every role may use them (notifications.own); each reads and
// writes only the caller's rows.
import type { FastifyRequest } from "fastify";
import { languageFrom } from "../../i18n/messages.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { listResult } from "../shared/contract-helpers.ts";
import { orgItemParams, orgParams } from "../shared/route-helpers.ts";
import {
  markAllReadOut,
  notificationListQuery,
  notificationOut,
  notificationPreferenceInput,
  notificationPreferenceOut,
  unreadCountOut,
} from "./notifications.contract.ts";
import { setNotificationMailBaseUrl } from "./notifications.mail.ts";
import {
  countMyUnread,
  getMyNotificationPreference,
  listMyNotifications,
  markAllMyNotificationsRead,
  markNotificationRead,
  setMyNotificationPreference,
} from "./notifications.service.ts";

const lang = (req: FastifyRequest) => languageFrom(req.headers["accept-language"]);
const ACTION = "notifications.own";

export function registerNotificationRoutes(app: ApiApp, { database, guards, config }: AppDeps) {
  const { db } = database;
  setNotificationMailBaseUrl(config.baseUrl);
  const tags = ["notifications"];
  const base = "/orgs/:orgId/notifications";

  app.get(
    base,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: notificationListQuery,
        response: { 200: listResult(notificationOut) },
        description: "The caller's notifications, newest first.",
      },
    },
    async (req) =>
      listMyNotifications(db, await guards.orgContext(req, ACTION), req.query, lang(req)),
  );

  app.get(
    `${base}/unread-count`,
    { schema: { tags, params: orgParams, response: { 200: unreadCountOut } } },
    async (req) => countMyUnread(db, await guards.orgContext(req, ACTION)),
  );

  app.post(
    `${base}/read-all`,
    { schema: { tags, params: orgParams, response: { 200: markAllReadOut } } },
    async (req) => markAllMyNotificationsRead(db, await guards.orgContext(req, ACTION)),
  );

  app.post(`${base}/:id/read`, { schema: { tags, params: orgItemParams } }, async (req, reply) => {
    await markNotificationRead(db, await guards.orgContext(req, ACTION), req.params.id);
    return reply.status(204).send();
  });

  app.get(
    "/orgs/:orgId/notification-preference",
    { schema: { tags, params: orgParams, response: { 200: notificationPreferenceOut } } },
    async (req) => getMyNotificationPreference(db, await guards.orgContext(req, ACTION)),
  );

  app.put(
    "/orgs/:orgId/notification-preference",
    {
      schema: {
        tags,
        params: orgParams,
        body: notificationPreferenceInput,
        response: { 200: notificationPreferenceOut },
      },
    },
    async (req) => setMyNotificationPreference(db, await guards.orgContext(req, ACTION), req.body),
  );
}
