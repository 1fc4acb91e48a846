import { z } from "zod";
import { LAW_CATALOGUE } from "../../core/registers/law-catalogue.ts";
import { RISK_MATRIX_PRESETS } from "../../core/registers/risk-matrix-presets.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { idResult, listResult } from "../shared/contract-helpers.ts";
import { orgItemParams, orgParams } from "../shared/route-helpers.ts";
import {
  flowInput,
  flowOut,
  inventoryItemInput,
  inventoryItemOut,
  inventoryItemPatch,
  inventoryListQuery,
  markReviewedInput,
  markReviewedResult,
  riskMatrixOut,
} from "./inventory.contract.ts";
import {
  createInventoryItem,
  deleteInventoryItem,
  getInventoryFlow,
  getInventoryItem,
  listInventoryItems,
  markInventoryReviewed,
  replaceInventoryFlow,
  updateInventoryItem,
} from "./inventory.service.ts";
import { getRiskMatrix, putRiskMatrix } from "./risk-matrix.service.ts";

export function registerInventoryRoutes(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["inventory"];
  const items = "/orgs/:orgId/inventory-items";

  app.get(
    items,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: inventoryListQuery,
        response: { 200: listResult(inventoryItemOut) },
      },
    },
    async (req) =>
      listInventoryItems(db, await guards.orgContext(req, "inventory.read"), req.query),
  );

  app.post(
    items,
    { schema: { tags, params: orgParams, body: inventoryItemInput, response: { 201: idResult } } },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "inventory.write");
      return reply.status(201).send(await createInventoryItem(db, ctx, req.body));
    },
  );

  app.post(
    `${items}/reviewed`,
    {
      schema: {
        tags,
        params: orgParams,
        body: markReviewedInput,
        response: { 200: markReviewedResult },
        description: "Records the yearly review (見直し) of several register rows.",
      },
    },
    async (req) =>
      markInventoryReviewed(db, await guards.orgContext(req, "inventory.write"), req.body),
  );

  app.get(
    `${items}/:id`,
    { schema: { tags, params: orgItemParams, response: { 200: inventoryItemOut } } },
    async (req) =>
      getInventoryItem(db, await guards.orgContext(req, "inventory.read"), req.params.id),
  );

  app.patch(
    `${items}/:id`,
    {
      schema: {
        tags,
        params: orgItemParams,
        body: inventoryItemPatch,
        response: { 200: inventoryItemOut },
      },
    },
    async (req) =>
      updateInventoryItem(
        db,
        await guards.orgContext(req, "inventory.write"),
        req.params.id,
        req.body,
      ),
  );

  app.delete(`${items}/:id`, { schema: { tags, params: orgItemParams } }, async (req, reply) => {
    await deleteInventoryItem(db, await guards.orgContext(req, "inventory.write"), req.params.id);
    return reply.status(204).send();
  });

  app.get(
    `${items}/:id/flow`,
    { schema: { tags, params: orgItemParams, response: { 200: flowOut } } },
    async (req) =>
      getInventoryFlow(db, await guards.orgContext(req, "inventory.read"), req.params.id),
  );

  app.put(
    `${items}/:id/flow`,
    { schema: { tags, params: orgItemParams, body: flowInput, response: { 200: flowOut } } },
    async (req) =>
      replaceInventoryFlow(
        db,
        await guards.orgContext(req, "inventory.write"),
        req.params.id,
        req.body,
      ),
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

  app.get("/laws", { schema: { tags: ["legal"] } }, async (req) => {
    await guards.currentUser(req);
    return { items: LAW_CATALOGUE };
  });
}
