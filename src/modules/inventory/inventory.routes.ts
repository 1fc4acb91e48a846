import type { ApiApp, AppDeps } from "../../server/app.ts";
import { idResult } from "../shared/contract-helpers.ts";
import { orgItemParams, orgParams } from "../shared/route-helpers.ts";
import {
  flowInput,
  flowOut,
  inventoryItemInput,
  inventoryItemOut,
  inventoryItemPatch,
  inventoryListOut,
  inventoryListQuery,
  markReviewedInput,
  markReviewedResult,
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
        response: { 200: inventoryListOut },
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
}
