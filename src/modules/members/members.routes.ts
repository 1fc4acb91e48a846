import { z } from "zod";
import { languageFrom } from "../../i18n/messages.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { orgItemParams, orgParams } from "../shared/route-helpers.ts";
import {
  invitationOut,
  invitationPreview,
  inviteInput,
  memberOut,
  roleChangeInput,
} from "./members.contract.ts";
import {
  acceptInvitation,
  cancelInvitation,
  changeMemberRole,
  invitationLink,
  inviteMember,
  listInvitations,
  listMembers,
  previewInvitation,
  removeMember,
} from "./members.service.ts";

const invitationParams = z.object({ invitationId: z.string().max(200) });
const invitationLinkParams = invitationParams.extend({ token: z.string().max(100) });
const acceptBody = z.strictObject({ token: z.string().min(1).max(100) });

export function registerMemberRoutes(app: ApiApp, { database, guards, config }: AppDeps) {
  const { db } = database;
  const tags = ["members"];
  // Without a mail server the inviter passes the link on by hand, so it is shown to them.
  const showLinks = !config.smtpConfigured;

  app.get(
    "/orgs/:orgId/members",
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: z.object({ items: z.array(memberOut), total: z.number() }) },
      },
    },
    async (req) => {
      const items = await listMembers(db, await guards.orgContext(req, "members.read"));
      return { items, total: items.length };
    },
  );
  app.patch(
    "/orgs/:orgId/members/:id",
    { schema: { tags, params: orgItemParams, body: roleChangeInput } },
    async (req, reply) => {
      await changeMemberRole(
        db,
        await guards.orgContext(req, "members.manage"),
        req.params.id,
        req.body.role,
      );
      return reply.status(204).send();
    },
  );
  app.delete(
    "/orgs/:orgId/members/:id",
    { schema: { tags, params: orgItemParams } },
    async (req, reply) => {
      await removeMember(db, await guards.orgContext(req, "members.manage"), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    "/orgs/:orgId/invitations",
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: z.object({ items: z.array(invitationOut), total: z.number() }) },
      },
    },
    async (req) => {
      const items = await listInvitations(db, await guards.orgContext(req, "members.manage"));
      return { items, total: items.length };
    },
  );
  app.post(
    "/orgs/:orgId/invitations",
    { schema: { tags, params: orgParams, body: inviteInput, response: { 201: invitationOut } } },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "members.manage");
      const { id, token, expiresAt } = await inviteMember(db, ctx, req.body, {
        baseUrl: config.baseUrl,
        lang: languageFrom(req.headers["accept-language"]),
      });
      return reply.status(201).send({
        id,
        email: req.body.email.toLowerCase(),
        role: req.body.role,
        status: "pending",
        expiresAt: expiresAt.toISOString(),
        // Shown once: only the secret's hash is kept.
        link: showLinks ? invitationLink(config.baseUrl, id, token) : null,
      });
    },
  );
  app.delete(
    "/orgs/:orgId/invitations/:id",
    { schema: { tags, params: orgItemParams } },
    async (req, reply) => {
      await cancelInvitation(db, await guards.orgContext(req, "members.manage"), req.params.id);
      return reply.status(204).send();
    },
  );

  // Opened before signing in: whoever holds the link's secret (the invitee, from the mail)
  // sees who invited them to which organization, then signs up or in to accept.
  app.get(
    "/invitations/:invitationId/:token",
    {
      schema: { tags, params: invitationLinkParams, response: { 200: invitationPreview } },
      config: { publicRateLimit: true },
    },
    async (req) => previewInvitation(db, req.params.invitationId, req.params.token),
  );
  app.post(
    "/invitations/:invitationId/accept",
    {
      schema: {
        tags,
        params: invitationParams,
        body: acceptBody,
        response: { 200: z.object({ orgId: z.string() }) },
      },
    },
    async (req) =>
      acceptInvitation(db, await guards.currentUser(req), req.params.invitationId, req.body.token),
  );

  app.get(
    "/me",
    {
      schema: {
        tags,
        response: { 200: z.object({ id: z.string(), name: z.string(), email: z.string() }) },
      },
    },
    async (req) => guards.currentUser(req),
  );
}
