import { languageFrom } from "../../i18n/messages.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { orgParams } from "../shared/route-helpers.ts";
import { readinessOut } from "./readiness.contract.ts";
import { getReadiness } from "./readiness.service.ts";

export function registerReadinessRoutes(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["readiness"];
  const base = "/orgs/:orgId/readiness";

  app.get(
    base,
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: readinessOut },
        description:
          "Every readiness rule evaluated over the organization's records today (Japan time): " +
          "score, open blockers, each rule's result, progress by construction step and by J item.",
      },
    },
    async (req) =>
      getReadiness(
        db,
        await guards.orgContext(req, "readiness.read"),
        languageFrom(req.headers["accept-language"]),
      ),
  );
}
