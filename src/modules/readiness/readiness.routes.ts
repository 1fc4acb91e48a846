import { languageFrom } from "../../i18n/messages.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { orgParams } from "../shared/route-helpers.ts";
import {
  checkInput,
  checkListOut,
  checkOut,
  checkParams,
  readinessOut,
} from "./readiness.contract.ts";
import { getReadiness, listChecks, putCheck } from "./readiness.service.ts";

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

  app.get(
    `${base}/checks`,
    { schema: { tags, params: orgParams, response: { 200: checkListOut } } },
    async (req) => listChecks(db, await guards.orgContext(req, "readiness.read")),
  );

  app.put(
    `${base}/checks/:ruleId`,
    {
      schema: {
        tags,
        params: checkParams,
        body: checkInput,
        response: { 200: checkOut },
        description:
          "Ticks (done: true) or unticks a manual rule, recording who and when. Rules the " +
          "engine checks from records are refused (READINESS_RULE_NOT_MANUAL).",
      },
    },
    async (req) =>
      putCheck(db, await guards.orgContext(req, "assessments.write"), req.params.ruleId, req.body),
  );
}
