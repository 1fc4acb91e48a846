import { z } from "zod";
import { RISK_KIND_LABELS, RISK_KINDS, RISK_LIBRARY } from "../../core/registers/risk-library.ts";
import { RISK_MATRIX_PRESETS } from "../../core/registers/risk-matrix-presets.ts";
import { languageFrom } from "../../i18n/messages.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { idResult, listResult } from "../shared/contract-helpers.ts";
import { orgItemParams, orgParams } from "../shared/route-helpers.ts";
import { getRiskMatrix, putRiskMatrix } from "./risk-matrix.service.ts";
import {
  acceptInput,
  fromSuggestionsInput,
  fromSuggestionsOut,
  heatmapOut,
  heatmapQuery,
  markRisksReviewedInput,
  markRisksReviewedResult,
  riskInput,
  riskListQuery,
  riskMatrixOut,
  riskOut,
  riskPatch,
  suggestionsOut,
  suggestionsQuery,
} from "./risks.contract.ts";
import { markRisksReviewed } from "./risks.review.ts";
import { getRisk, listRisks, riskHeatmap } from "./risks.service.ts";
import { createRisksFromSuggestions } from "./risks.suggestions.ts";
import {
  acceptRisk,
  confirmRiskAssessment,
  createRisk,
  deleteRisk,
  updateRisk,
  withdrawAcceptance,
} from "./risks.writes.ts";

export function registerRiskRoutes(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["risks"];
  const risks = "/orgs/:orgId/risks";

  app.get(
    risks,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: riskListQuery,
        response: { 200: listResult(riskOut) },
      },
    },
    async (req) => listRisks(db, await guards.orgContext(req, "inventory.read"), req.query),
  );

  app.post(
    risks,
    { schema: { tags, params: orgParams, body: riskInput, response: { 201: idResult } } },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "inventory.write");
      return reply.status(201).send(await createRisk(db, ctx, req.body));
    },
  );

  app.get(
    `${risks}/heatmap`,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: heatmapQuery,
        response: { 200: heatmapOut },
        description: "Risk counts per matrix cell and per level (inherent or residual).",
      },
    },
    async (req) => riskHeatmap(db, await guards.orgContext(req, "inventory.read"), req.query),
  );

  app.post(
    `${risks}/from-suggestions`,
    {
      schema: {
        tags,
        params: orgParams,
        body: fromSuggestionsInput,
        response: { 200: fromSuggestionsOut, 201: fromSuggestionsOut },
        description:
          "Creates one 未評価 row per item × library suggestion (texts in the caller's language), " +
          "skipping those the item has; with preview: true answers the plan (200), writing nothing.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "inventory.write");
      const lang = languageFrom(req.headers["accept-language"]);
      const out = await createRisksFromSuggestions(db, ctx, req.body, lang);
      return reply.status(req.body.preview ? 200 : 201).send(out);
    },
  );

  app.post(
    `${risks}/reviewed`,
    {
      schema: {
        tags,
        params: orgParams,
        body: markRisksReviewedInput,
        response: { 200: markRisksReviewedResult },
        description:
          "Records the yearly review (見直し) of several risk rows; ratings and acceptance stay.",
      },
    },
    async (req) => markRisksReviewed(db, await guards.orgContext(req, "inventory.write"), req.body),
  );

  app.get(
    `${risks}/:id`,
    { schema: { tags, params: orgItemParams, response: { 200: riskOut } } },
    async (req) => getRisk(db, await guards.orgContext(req, "inventory.read"), req.params.id),
  );

  app.patch(
    `${risks}/:id`,
    { schema: { tags, params: orgItemParams, body: riskPatch, response: { 200: riskOut } } },
    async (req) =>
      updateRisk(db, await guards.orgContext(req, "inventory.write"), req.params.id, req.body),
  );

  app.delete(`${risks}/:id`, { schema: { tags, params: orgItemParams } }, async (req, reply) => {
    await deleteRisk(db, await guards.orgContext(req, "inventory.write"), req.params.id);
    return reply.status(204).send();
  });

  app.post(
    `${risks}/:id/confirm-assessment`,
    {
      schema: {
        tags,
        params: orgItemParams,
        response: { 200: riskOut },
        description: "評価を確認: the caller confirms the row's ratings as they stand (no body).",
      },
    },
    async (req) =>
      confirmRiskAssessment(db, await guards.orgContext(req, "inventory.write"), req.params.id),
  );

  app.post(
    `${risks}/:id/accept`,
    {
      schema: {
        tags,
        params: orgItemParams,
        body: acceptInput,
        response: { 200: riskOut },
        description: "Formally accepts the residual (or, without one, the inherent) risk.",
      },
    },
    async (req) =>
      acceptRisk(db, await guards.orgContext(req, "risks.accept"), req.params.id, req.body),
  );

  app.delete(
    `${risks}/:id/accept`,
    { schema: { tags, params: orgItemParams, response: { 200: riskOut } } },
    async (req) =>
      withdrawAcceptance(db, await guards.orgContext(req, "risks.accept"), req.params.id),
  );

  app.get(
    "/risk-suggestions",
    { schema: { tags, querystring: suggestionsQuery, response: { 200: suggestionsOut } } },
    async (req) => {
      await guards.currentUser(req);
      const phase = req.query.phase;
      return {
        kinds: RISK_KINDS.map((key) => ({ key, label: RISK_KIND_LABELS[key] })),
        items: RISK_LIBRARY.filter((s) => !phase || s.phase === phase).map((s) => ({
          ...s,
          countermeasures: [...s.countermeasures],
        })),
      };
    },
  );

  app.get(
    "/orgs/:orgId/risk-matrix",
    { schema: { tags, params: orgParams, response: { 200: riskMatrixOut } } },
    async (req) => getRiskMatrix(db, await guards.orgContext(req, "inventory.read")),
  );

  app.put(
    "/orgs/:orgId/risk-matrix",
    {
      schema: {
        tags,
        params: orgParams,
        // Checked by validateMatrix, which names each problem (grid size, unknown level …).
        body: z.record(z.string(), z.unknown()),
        response: { 200: riskMatrixOut },
      },
    },
    async (req) => putRiskMatrix(db, await guards.orgContext(req, "riskMatrix.write"), req.body),
  );

  app.get("/risk-matrix/presets", { schema: { tags } }, async (req) => {
    await guards.currentUser(req);
    return {
      items: Object.entries(RISK_MATRIX_PRESETS).map(([key, matrix]) => ({ key, matrix })),
    };
  });
}
