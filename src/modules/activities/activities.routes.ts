import type { FastifyRequest } from "fastify";
import { languageFrom } from "../../i18n/messages.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { idResult, listResult } from "../shared/contract-helpers.ts";
import { orgItemParams, orgParams } from "../shared/route-helpers.ts";
import { approveActivity, recordSignedApproval, withdrawApproval } from "./activities.approval.ts";
import {
  activityInput,
  activityListQuery,
  activityOut,
  activityPatch,
  awaitingApprovalQuery,
  signedApprovalInput,
} from "./activities.contract.ts";
import {
  createActivity,
  deleteActivity,
  getActivity,
  listActivities,
  listAwaitingMyApproval,
  updateActivity,
} from "./activities.service.ts";

const lang = (req: FastifyRequest) => languageFrom(req.headers["accept-language"]);

export function registerActivityRoutes(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["activities"];
  const base = "/orgs/:orgId/activities";

  app.get(
    base,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: activityListQuery,
        response: { 200: listResult(activityOut) },
        description:
          "Activity records (実施記録), latest day first; filters by kind, period, approval.",
      },
    },
    async (req) =>
      listActivities(db, await guards.orgContext(req, "readiness.read"), req.query, lang(req)),
  );

  app.get(
    `${base}/awaiting-my-approval`,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: awaitingApprovalQuery,
        response: { 200: listResult(activityOut) },
        description:
          "The records naming the caller as approver, not approved yet (承認待ち), oldest first. " +
          "Needs only activities.approve: a member approver sees these and no other record.",
      },
    },
    async (req) =>
      listAwaitingMyApproval(
        db,
        await guards.orgContext(req, "activities.approve"),
        req.query,
        lang(req),
      ),
  );

  app.post(
    base,
    { schema: { tags, params: orgParams, body: activityInput, response: { 201: idResult } } },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "activities.write");
      return reply.status(201).send(await createActivity(db, ctx, req.body));
    },
  );

  app.get(
    `${base}/:id`,
    { schema: { tags, params: orgItemParams, response: { 200: activityOut } } },
    async (req) =>
      getActivity(db, await guards.orgContext(req, "readiness.read"), req.params.id, lang(req)),
  );

  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        params: orgItemParams,
        body: activityPatch,
        response: { 200: activityOut },
        description: "A change of the day, the kind or the approver withdraws the approval.",
      },
    },
    async (req) =>
      updateActivity(
        db,
        await guards.orgContext(req, "activities.write"),
        req.params.id,
        req.body,
        lang(req),
      ),
  );

  app.delete(`${base}/:id`, { schema: { tags, params: orgItemParams } }, async (req, reply) => {
    await deleteActivity(db, await guards.orgContext(req, "activities.write"), req.params.id);
    return reply.status(204).send();
  });

  app.post(
    `${base}/:id/approve`,
    {
      schema: {
        tags,
        params: orgItemParams,
        response: { 200: activityOut },
        description: "The named approver approves the record as themself; anyone else: 403.",
      },
    },
    async (req) =>
      approveActivity(
        db,
        await guards.orgContext(req, "activities.approve"),
        req.params.id,
        lang(req),
      ),
  );

  app.post(
    `${base}/:id/withdraw-approval`,
    {
      schema: {
        tags,
        params: orgItemParams,
        response: { 200: activityOut },
        description:
          "Takes an approval back (the record waits again): the approver themself, or for an " +
          "approval on paper also a role that records activities (owner, admin). 409 when not approved.",
      },
    },
    async (req) =>
      withdrawApproval(
        db,
        await guards.orgContext(req, "activities.approve"),
        req.params.id,
        lang(req),
      ),
  );

  app.post(
    `${base}/:id/signed-approval`,
    {
      schema: {
        tags,
        params: orgItemParams,
        body: signedApprovalInput,
        response: { 200: activityOut },
        description: "The approval given on paper: a document the approver signed, attached here.",
      },
    },
    async (req) =>
      recordSignedApproval(
        db,
        await guards.orgContext(req, "activities.write"),
        req.params.id,
        req.body,
        lang(req),
      ),
  );
}
