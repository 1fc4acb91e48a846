// The scheduled jobs for an organization's admins: what runs, when next, how it last went; and
// the automatic backup's status, which home shows as a warning when it failed or is stale.
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { orgParams } from "../shared/route-helpers.ts";
import { backupStatusOut, jobsOut } from "./jobs.contract.ts";
import { listJobs } from "./jobs.service.ts";

export function registerJobRoutes(app: ApiApp, { database, guards, config }: AppDeps) {
  const tags = ["jobs"];

  app.get(
    "/orgs/:orgId/jobs",
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: jobsOut },
        description: "The installation's scheduled jobs (the same for every organization).",
      },
    },
    async (req) => {
      await guards.orgContext(req, "jobs.read");
      return listJobs(database, config.jobsEnabled);
    },
  );

  app.get(
    "/orgs/:orgId/jobs/backup-status",
    { schema: { tags, params: orgParams, response: { 200: backupStatusOut } } },
    async (req) => {
      await guards.orgContext(req, "jobs.read");
      return (await listJobs(database, config.jobsEnabled)).backup;
    },
  );
}
