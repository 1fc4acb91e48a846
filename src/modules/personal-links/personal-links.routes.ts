// 本人用リンク: the organization's list, issue (JSON or printed sheet) and revoke, and the
// public page's data behind the secret (/p/:token), outside the tenant guard.

import { eq } from "drizzle-orm";
import { lastValidDay } from "../../core/personal-links/purposes.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { notFound } from "../../server/app-error.ts";
import { organization } from "../auth/index.ts";
import { renderOnWorker } from "../exports/index.ts";
import { orgItemParams, orgParams } from "../shared/route-helpers.ts";
import { linkKeyOf } from "./link-key.ts";
import {
  issueInput,
  issueResult,
  personalLinkList,
  personalLinkListQuery,
  personalLinkParams,
  publicLinkOut,
} from "./personal-links.contract.ts";
import { linkTargets, prepareIssue, storeIssue } from "./personal-links.issue.ts";
import { openPersonalLink } from "./personal-links.public.ts";
import { listPersonalLinks, revokePersonalLink } from "./personal-links.service.ts";
import { SHEET_MODULE, type SheetInput } from "./personal-links.sheet.ts";

export function registerPersonalLinkRoutes(app: ApiApp, { database, guards, config }: AppDeps) {
  const { db } = database;
  const tags = ["personal-links"];
  const base = "/orgs/:orgId/personal-links";
  const key = () => linkKeyOf(config, database);

  app.get(
    base,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: personalLinkListQuery,
        response: { 200: personalLinkList },
        description: "Issued links with their status and last use; never their URLs.",
      },
    },
    async (req) =>
      listPersonalLinks(db, await guards.orgContext(req, "personalLinks.read"), req.query),
  );

  app.post(
    base,
    {
      schema: {
        tags,
        params: orgParams,
        body: issueInput,
        response: { 201: issueResult },
        description:
          "Issues a link per person (revoking their earlier live link of the purpose); the " +
          "answer holds the URLs, shown only this once.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "personalLinks.manage");
      const targets = await linkTargets(db, ctx, req.body);
      const days = req.body.days ?? config.personalLinkDays;
      const prepared = prepareIssue(targets, req.body.purpose, {
        key: key(),
        baseUrl: config.baseUrl,
        days,
      });
      return reply.status(201).send(await storeIssue(db, ctx, prepared, "screen"));
    },
  );

  app.post(
    `${base}/sheet.pdf`,
    {
      schema: {
        tags,
        params: orgParams,
        body: issueInput,
        description:
          "Issues the links as POST /personal-links does and answers the printed sheet (PDF, " +
          "one card per person with a QR code); the sheet is the only copy of the URLs.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "personalLinks.manage");
      const targets = await linkTargets(db, ctx, req.body);
      const prepared = prepareIssue(targets, req.body.purpose, {
        key: key(),
        baseUrl: config.baseUrl,
        days: req.body.days ?? config.personalLinkDays,
      });
      const [org] = await db
        .select({ name: organization.name })
        .from(organization)
        .where(eq(organization.id, ctx.orgId));
      const printedOn = todayInJapan(prepared.now);
      const input: SheetInput = {
        organization: org?.name ?? "",
        purpose: prepared.purpose,
        printedOn,
        cards: prepared.links.map((l) => ({
          name: l.personName,
          department: l.departmentName,
          url: l.url,
          lastDay: lastValidDay(new Date(l.expiresAt)),
        })),
      };
      // Rendered first: a sheet that fails leaves the earlier links untouched.
      const bytes = await renderOnWorker({ kind: "document", module: SHEET_MODULE, input });
      await storeIssue(db, ctx, prepared, "sheet");
      const day = printedOn.replaceAll("-", "");
      const name = encodeURIComponent(`本人用リンク_${day}.pdf`);
      return reply
        .header("content-type", "application/pdf")
        .header(
          "content-disposition",
          `attachment; filename="personal-links-${day}.pdf"; filename*=UTF-8''${name}`,
        )
        .header("cache-control", "no-store")
        .send(bytes);
    },
  );

  app.post(
    `${base}/:id/revoke`,
    {
      schema: {
        tags,
        params: orgItemParams,
        description: "Revokes the link at once; revoking a revoked link changes nothing.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "personalLinks.manage");
      await revokePersonalLink(db, ctx, req.params.id);
      return reply.status(204).send();
    },
  );

  // Public: the person has no account; the secret in the URL is the key. Every refusal is
  // the same 404, and every call counts against the per-address limit of public routes.
  app.get(
    "/p/:token",
    {
      config: { publicRateLimit: true },
      schema: {
        tags,
        params: personalLinkParams,
        response: { 200: publicLinkOut },
        description:
          "What the person's page shows (organization, name, purpose, expiry); records the use.",
      },
    },
    async (req) => {
      const page = await openPersonalLink(db, key(), req.params.token);
      if (!page) throw notFound();
      return page;
    },
  );
}
