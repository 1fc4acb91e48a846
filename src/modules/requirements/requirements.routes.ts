import type { FastifyRequest } from "fastify";
import { languageFrom } from "../../i18n/messages.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { orgParams } from "../shared/route-helpers.ts";
import {
  adoptionInput,
  adoptionOut,
  adoptionParams,
  assessmentInput,
  assessmentListOut,
  assessmentOut,
  assessmentParams,
  catalogueListOut,
  catalogueOut,
  catalogueParams,
  catalogueQuery,
  catalogueSelector,
} from "./requirements.contract.ts";
import { catalogueDetail, catalogueList } from "./requirements.present.ts";
import {
  adoptVersion,
  getAdoption,
  getAssessment,
  listAssessments,
  putAssessment,
} from "./requirements.service.ts";

const lang = (req: FastifyRequest) => languageFrom(req.headers["accept-language"]);

export function registerRequirementRoutes(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["requirements"];

  app.get(
    "/catalogues",
    {
      schema: {
        tags,
        response: { 200: catalogueListOut },
        description: "Every registered version of every requirement catalogue, with counts.",
      },
    },
    async (req) => {
      await guards.currentUser(req);
      return catalogueList();
    },
  );

  app.get(
    "/catalogues/:id",
    {
      schema: {
        tags,
        params: catalogueParams,
        querystring: catalogueQuery,
        response: { 200: catalogueOut },
        description:
          "One catalogue version (default: the newest). Nodes are flat, in guideline order; " +
          "each names its parent ref (null at the top) and its depth (1 for J.1).",
      },
    },
    async (req) => {
      await guards.currentUser(req);
      return catalogueDetail(req.params.id, req.query.version);
    },
  );

  const base = "/orgs/:orgId/assessments";

  app.get(
    base,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: catalogueSelector,
        response: { 200: assessmentListOut },
        description:
          "Every assessable item of the adopted catalogue version with the organization's " +
          "assessment (unassessed when none), counts by status, and refs kept but hidden.",
      },
    },
    async (req) =>
      listAssessments(
        db,
        await guards.orgContext(req, "readiness.read"),
        req.query.catalogue,
        lang(req),
      ),
  );

  app.get(
    `${base}/:ref`,
    {
      schema: {
        tags,
        params: assessmentParams,
        querystring: catalogueSelector,
        response: { 200: assessmentOut },
      },
    },
    async (req) =>
      getAssessment(
        db,
        await guards.orgContext(req, "readiness.read"),
        req.query.catalogue,
        req.params.ref,
        lang(req),
      ),
  );

  app.put(
    `${base}/:ref`,
    {
      schema: {
        tags,
        params: assessmentParams,
        querystring: catalogueSelector,
        body: assessmentInput,
        response: { 200: assessmentOut },
        description: "Records the judgement of one item against the adopted catalogue version.",
      },
    },
    async (req) =>
      putAssessment(
        db,
        await guards.orgContext(req, "assessments.write"),
        req.query.catalogue,
        req.params.ref,
        req.body,
        lang(req),
      ),
  );

  const adoption = "/orgs/:orgId/catalogue-adoption/:catalogueId";

  app.get(
    adoption,
    { schema: { tags, params: adoptionParams, response: { 200: adoptionOut } } },
    async (req) =>
      getAdoption(db, await guards.orgContext(req, "readiness.read"), req.params.catalogueId),
  );

  app.put(
    adoption,
    {
      schema: {
        tags,
        params: adoptionParams,
        body: adoptionInput,
        response: { 200: adoptionOut },
        description:
          "Adopts a catalogue version. Assessments are all kept; refs the version lacks are " +
          "listed in hiddenRefs and shown again if a version that has them is adopted.",
      },
    },
    async (req) =>
      adoptVersion(
        db,
        await guards.orgContext(req, "assessments.write"),
        req.params.catalogueId,
        req.body.version,
      ),
  );
}
