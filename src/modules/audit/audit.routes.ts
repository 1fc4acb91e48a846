import type { ApiApp, AppDeps } from "../../server/app.ts";
import { orgParams } from "../shared/route-helpers.ts";
import { auditList, auditListQuery } from "./audit.contract.ts";
import { listAuditEvents } from "./audit.service.ts";

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
      listAuditEvents(database.db, await guards.orgContext(req, "audit.read"), req.query),
  );
}
