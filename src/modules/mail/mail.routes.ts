// The organization's outbox (owners and admins): list, one mail, retry, cancel.
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { orgItemParams, orgParams } from "../shared/route-helpers.ts";
import { cancelMail, getOrgMail, listOrgMail, retryMail } from "./mail.admin.ts";
import { mailDetailOut, mailListOut, mailListQuery } from "./mail.contract.ts";

export function registerMailRoutes(app: ApiApp, { database, guards, config }: AppDeps) {
  const { db } = database;
  const tags = ["mail"];
  const base = "/orgs/:orgId/mail";

  app.get(
    base,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: mailListQuery,
        response: { 200: mailListOut },
      },
    },
    async (req) => ({
      ...(await listOrgMail(db, await guards.orgContext(req, "mail.read"), req.query)),
      smtpConfigured: Boolean(config.mail.smtpUrl),
    }),
  );
  app.get(
    `${base}/:id`,
    { schema: { tags, params: orgItemParams, response: { 200: mailDetailOut } } },
    async (req) => getOrgMail(db, await guards.orgContext(req, "mail.read"), req.params.id),
  );
  app.post(`${base}/:id/retry`, { schema: { tags, params: orgItemParams } }, async (req, reply) => {
    await retryMail(db, await guards.orgContext(req, "mail.manage"), req.params.id);
    return reply.status(204).send();
  });
  app.post(
    `${base}/:id/cancel`,
    { schema: { tags, params: orgItemParams } },
    async (req, reply) => {
      await cancelMail(db, await guards.orgContext(req, "mail.manage"), req.params.id);
      return reply.status(204).send();
    },
  );
}
