import { z } from "zod";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { peopleStaffCounter } from "../people/index.ts";
import { idResult } from "../shared/contract-helpers.ts";
import { orgItemParams, orgParams } from "../shared/route-helpers.ts";
import { seedDemoOrganization } from "./demo/demo-seed.ts";
import {
  createDepartment,
  deleteDepartment,
  listDepartments,
  updateDepartment,
} from "./departments.service.ts";
import {
  createOrgInput,
  departmentInput,
  departmentOut,
  departmentPatch,
  orgSummary,
  profileInput,
  profileOut,
} from "./org.contract.ts";
import {
  createOrganization,
  getProfile,
  listMyOrganizations,
  updateProfile,
} from "./org.service.ts";

export function registerOrgRoutes(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["organization"];

  app.post(
    "/orgs",
    { schema: { tags, body: createOrgInput, response: { 201: idResult } } },
    async (req, reply) => {
      const user = await guards.currentUser(req);
      const seed = req.body.demo ? seedDemoOrganization : undefined;
      const created = await createOrganization(db, user, req.body, seed);
      return reply.status(201).send(created);
    },
  );

  app.get(
    "/orgs",
    {
      schema: {
        tags,
        response: { 200: z.object({ items: z.array(orgSummary), total: z.number() }) },
      },
    },
    async (req) => {
      const user = await guards.currentUser(req);
      const items = await listMyOrganizations(db, user.id);
      return { items, total: items.length };
    },
  );

  app.get(
    "/orgs/:orgId/profile",
    { schema: { tags, params: orgParams, response: { 200: profileOut } } },
    async (req) => getProfile(db, await guards.orgContext(req, "org.read"), peopleStaffCounter),
  );

  app.put(
    "/orgs/:orgId/profile",
    { schema: { tags, params: orgParams, body: profileInput, response: { 200: profileOut } } },
    async (req) =>
      updateProfile(db, await guards.orgContext(req, "org.update"), peopleStaffCounter, req.body),
  );

  app.get(
    "/orgs/:orgId/departments",
    {
      schema: {
        tags,
        params: orgParams,
        querystring: z.object({ q: z.string().trim().max(200).optional() }),
        response: { 200: z.object({ items: z.array(departmentOut), total: z.number() }) },
      },
    },
    async (req) => {
      const items = await listDepartments(
        db,
        await guards.orgContext(req, "departments.read"),
        peopleStaffCounter,
        req.query.q,
      );
      return { items, total: items.length };
    },
  );

  app.post(
    "/orgs/:orgId/departments",
    { schema: { tags, params: orgParams, body: departmentInput, response: { 201: idResult } } },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "departments.write");
      return reply.status(201).send(await createDepartment(db, ctx, req.body));
    },
  );

  app.patch(
    "/orgs/:orgId/departments/:id",
    { schema: { tags, params: orgItemParams, body: departmentPatch, response: { 200: idResult } } },
    async (req) =>
      updateDepartment(
        db,
        await guards.orgContext(req, "departments.write"),
        req.params.id,
        req.body,
      ),
  );

  app.delete(
    "/orgs/:orgId/departments/:id",
    { schema: { tags, params: orgItemParams } },
    async (req, reply) => {
      await deleteDepartment(db, await guards.orgContext(req, "departments.write"), req.params.id);
      return reply.status(204).send();
    },
  );
}
