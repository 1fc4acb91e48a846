import { languageFrom } from "../../i18n/messages.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { orgParams } from "../shared/route-helpers.ts";
import { auditList, auditListQuery } from "./audit.contract.ts";
import { listAuditEvents } from "./audit.service.ts";
import { downloadAnchor } from "./audit-anchor.ts";

export function registerAuditRoutes(app: ApiApp, { database, guards }: AppDeps) {
  app.get(
    "/orgs/:orgId/audit-events",
    {
      schema: {
        tags: ["audit"],
        params: orgParams,
        querystring: auditListQuery,
        response: { 200: auditList },
      },
    },
    async (req) =>
      listAuditEvents(
        database.db,
        await guards.orgContext(req, "audit.read"),
        req.query,
        languageFrom(req.headers["accept-language"]),
      ),
  );

  app.get(
    "/orgs/:orgId/audit/anchor",
    {
      schema: {
        tags: ["audit"],
        params: orgParams,
        description:
          "The organization's audit head (seq, hash, time) signed with the audit key, as a file " +
          "to keep outside the app; `mamori audit verify --anchor FILE` checks the chain against it. " +
          "The download is recorded in the audit trail.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "audit.read");
      const file = await downloadAnchor(database.db, ctx);
      const stamp = file.createdAt.replace(/[-:]/g, "").replace("T", "-").slice(0, 13);
      const org = ctx.orgId.replace(/[^A-Za-z0-9_-]/g, "_");
      return reply
        .header("content-type", "application/json; charset=utf-8")
        .header(
          "content-disposition",
          `attachment; filename="mamori-audit-anchor-${org}-${stamp}.json"`,
        )
        .header("cache-control", "no-store")
        .send(`${JSON.stringify(file, null, 2)}\n`);
    },
  );
}
