import type { FastifyRequest } from "fastify";
import { LAW_CATALOGUE } from "../../core/registers/law-catalogue.ts";
import { languageFrom } from "../../i18n/messages.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { idResult, listResult } from "../shared/contract-helpers.ts";
import { orgItemParams, orgParams } from "../shared/route-helpers.ts";
import {
  baselineResult,
  legalListQuery,
  legalRequirementInput,
  legalRequirementOut,
  legalRequirementPatch,
  markCheckedInput,
  markCheckedResult,
} from "./legal.contract.ts";
import {
  addBaselineLegalRequirements,
  createLegalRequirement,
  deleteLegalRequirement,
  getLegalRequirement,
  listLegalRequirements,
  markLegalChecked,
  updateLegalRequirement,
} from "./legal.service.ts";

const lang = (req: FastifyRequest) => languageFrom(req.headers["accept-language"]);

export function registerLegalRoutes(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["legal"];
  const base = "/orgs/:orgId/legal-requirements";

  app.get(
    base,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: legalListQuery,
        response: { 200: listResult(legalRequirementOut) },
      },
    },
    async (req) =>
      listLegalRequirements(db, await guards.orgContext(req, "legal.read"), req.query, lang(req)),
  );

  app.post(
    base,
    {
      schema: { tags, params: orgParams, body: legalRequirementInput, response: { 201: idResult } },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "legal.write");
      return reply.status(201).send(await createLegalRequirement(db, ctx, req.body));
    },
  );

  app.post(
    `${base}/baseline`,
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: baselineResult },
        description: "Adds every catalogue entry suggested for all organizations not yet listed.",
      },
    },
    async (req) => addBaselineLegalRequirements(db, await guards.orgContext(req, "legal.write")),
  );

  app.post(
    `${base}/checked`,
    {
      schema: {
        tags,
        params: orgParams,
        body: markCheckedInput,
        response: { 200: markCheckedResult },
        description: "Records the yearly check of several entries against the current texts.",
      },
    },
    async (req) => markLegalChecked(db, await guards.orgContext(req, "legal.write"), req.body),
  );

  app.get(
    `${base}/:id`,
    { schema: { tags, params: orgItemParams, response: { 200: legalRequirementOut } } },
    async (req) =>
      getLegalRequirement(db, await guards.orgContext(req, "legal.read"), req.params.id, lang(req)),
  );

  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        params: orgItemParams,
        body: legalRequirementPatch,
        response: { 200: legalRequirementOut },
      },
    },
    async (req) =>
      updateLegalRequirement(
        db,
        await guards.orgContext(req, "legal.write"),
        req.params.id,
        req.body,
        lang(req),
      ),
  );

  app.delete(`${base}/:id`, { schema: { tags, params: orgItemParams } }, async (req, reply) => {
    await deleteLegalRequirement(db, await guards.orgContext(req, "legal.write"), req.params.id);
    return reply.status(204).send();
  });

  app.get("/laws", { schema: { tags: ["legal"] } }, async (req) => {
    await guards.currentUser(req);
    return { items: LAW_CATALOGUE };
  });
}
