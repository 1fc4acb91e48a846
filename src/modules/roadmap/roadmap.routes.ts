import { languageFrom } from "../../i18n/messages.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { idResult } from "../shared/contract-helpers.ts";
import { orgItemParams, orgParams } from "../shared/route-helpers.ts";
import {
  defaultPlanInput,
  defaultPlanOut,
  myTasksOut,
  planOut,
  planPatch,
  roadmapOut,
  stepParams,
  stepPatch,
  stepPlanOut,
  taskInput,
  taskOut,
  taskPatch,
} from "./roadmap.contract.ts";
import { applyDefaultPlan, updatePlan } from "./roadmap.plan.ts";
import { getRoadmap, listMyTasks, updateStep } from "./roadmap.service.ts";
import { createTask, deleteTask, updateTask } from "./roadmap.tasks.ts";

export function registerRoadmapRoutes(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["roadmap"];
  const base = "/orgs/:orgId/roadmap";

  app.get(
    base,
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: roadmapOut },
        description:
          "The 13 construction steps: planned dates, status from the step's readiness rules and " +
          "tasks, lateness judged on today's date in Japan, and the tasks of each step.",
      },
    },
    async (req) =>
      getRoadmap(
        db,
        await guards.orgContext(req, "readiness.read"),
        languageFrom(req.headers["accept-language"]),
      ),
  );

  app.patch(
    `${base}/steps/:step`,
    { schema: { tags, params: stepParams, body: stepPatch, response: { 200: stepPlanOut } } },
    async (req) =>
      updateStep(db, await guards.orgContext(req, "roadmap.write"), req.params.step, req.body),
  );

  app.post(
    `${base}/default-plan`,
    {
      schema: {
        tags,
        params: orgParams,
        body: defaultPlanInput,
        response: { 200: defaultPlanOut },
        description:
          "Writes the default plan from a start day: the 13 steps' dates, the consultant's " +
          "sessions and the first PDCA cycle's tasks, the planned application and the expected " +
          "grant. 409 ROADMAP_NOT_EMPTY on a plan with dates or tasks unless replace is true " +
          "(open tasks are then removed; done tasks stay).",
      },
    },
    async (req) =>
      applyDefaultPlan(
        db,
        await guards.orgContext(req, "roadmap.write"),
        req.body,
        languageFrom(req.headers["accept-language"]),
      ),
  );

  app.patch(
    `${base}/plan`,
    { schema: { tags, params: orgParams, body: planPatch, response: { 200: planOut } } },
    async (req) => updatePlan(db, await guards.orgContext(req, "roadmap.write"), req.body),
  );

  app.post(
    `${base}/tasks`,
    { schema: { tags, params: orgParams, body: taskInput, response: { 201: idResult } } },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "roadmap.write");
      return reply.status(201).send(await createTask(db, ctx, req.body));
    },
  );

  app.patch(
    `${base}/tasks/:id`,
    {
      schema: {
        tags,
        params: orgItemParams,
        body: taskPatch,
        response: { 200: taskOut },
        description:
          "Planners (roadmap.write) change any field; the assignee may send only doneOn for " +
          "their own task.",
      },
    },
    // Every member gets past the guard; the service decides who may change what.
    async (req) =>
      updateTask(db, await guards.orgContext(req, "org.read"), req.params.id, req.body),
  );

  app.delete(
    `${base}/tasks/:id`,
    { schema: { tags, params: orgItemParams } },
    async (req, reply) => {
      await deleteTask(db, await guards.orgContext(req, "roadmap.write"), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    "/me/tasks",
    {
      schema: {
        tags,
        response: { 200: myTasksOut },
        description: "The signed-in user's open tasks in all their organizations, due first.",
      },
    },
    async (req) => listMyTasks(db, (await guards.currentUser(req)).id),
  );
}
