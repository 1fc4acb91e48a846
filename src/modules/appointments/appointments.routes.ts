import type { ApiApp, AppDeps } from "../../server/app.ts";
import { idResult, listResult } from "../shared/contract-helpers.ts";
import { orgItemParams, orgParams } from "../shared/route-helpers.ts";
import {
  appointmentInput,
  appointmentListQuery,
  appointmentOut,
  appointmentPatch,
} from "./appointments.contract.ts";
import {
  createAppointment,
  deleteAppointment,
  listAppointments,
  updateAppointment,
} from "./appointments.service.ts";

export function registerAppointmentRoutes(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["appointments"];

  app.get(
    "/orgs/:orgId/appointments",
    {
      schema: {
        tags,
        params: orgParams,
        querystring: appointmentListQuery,
        response: { 200: listResult(appointmentOut) },
      },
    },
    async (req) =>
      listAppointments(db, await guards.orgContext(req, "appointments.read"), req.query),
  );
  app.post(
    "/orgs/:orgId/appointments",
    { schema: { tags, params: orgParams, body: appointmentInput, response: { 201: idResult } } },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "appointments.write");
      return reply.status(201).send(await createAppointment(db, ctx, req.body));
    },
  );
  app.patch(
    "/orgs/:orgId/appointments/:id",
    {
      schema: { tags, params: orgItemParams, body: appointmentPatch, response: { 200: idResult } },
    },
    async (req) =>
      updateAppointment(
        db,
        await guards.orgContext(req, "appointments.write"),
        req.params.id,
        req.body,
      ),
  );
  app.delete(
    "/orgs/:orgId/appointments/:id",
    { schema: { tags, params: orgItemParams } },
    async (req, reply) => {
      await deleteAppointment(
        db,
        await guards.orgContext(req, "appointments.write"),
        req.params.id,
      );
      return reply.status(204).send();
    },
  );
}
