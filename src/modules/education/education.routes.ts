// HTTP routes of education plans and courses (教育計画・コース): /orgs/:orgId/education/plans and
// /orgs/:orgId/education/courses. Reading takes education.read; writing plans and courses
// education.write (the PMS office and the consultant); approving a plan education.approve.
import type { FastifyRequest } from "fastify";
import { languageFrom } from "../../i18n/messages.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { idResult } from "../shared/contract-helpers.ts";
import { orgParams } from "../shared/route-helpers.ts";
import {
  courseCopyInput,
  courseInput,
  courseOut,
  courseParams,
  coursePatch,
  planInput,
  planList,
  planListQuery,
  planOut,
  planParams,
  planPatch,
  planSaveOut,
} from "./education.contract.ts";
import {
  copyCourse,
  createCourse,
  deleteCourse,
  getCourse,
  openCourse,
  setCourseArchived,
  updateCourse,
} from "./education.courses.ts";
import {
  approvePlan,
  copyPlanToNextYear,
  createPlan,
  deletePlan,
  getPlan,
  listPlans,
  updatePlan,
} from "./education.plans.ts";

const lang = (req: FastifyRequest) => languageFrom(req.headers["accept-language"]);

export function registerEducationRoutes(app: ApiApp, { database, guards, config }: AppDeps) {
  const { db } = database;
  const tags = ["education"];
  const plans = "/orgs/:orgId/education/plans";
  const plan = `${plans}/:planId`;
  const course = "/orgs/:orgId/education/courses/:courseId";

  app.get(
    plans,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: planListQuery,
        response: { 200: planList },
        description: "教育計画: the plans, newest fiscal year first.",
      },
    },
    async (req) => listPlans(db, await guards.orgContext(req, "education.read"), req.query),
  );

  app.post(
    plans,
    {
      schema: {
        tags,
        params: orgParams,
        body: planInput,
        response: { 201: idResult },
        description: "A plan for a fiscal year (one per year: 409 when it exists).",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "education.write");
      return reply.status(201).send(await createPlan(db, ctx, req.body));
    },
  );

  app.get(
    plan,
    {
      schema: {
        tags,
        params: planParams,
        response: { 200: planOut },
        description: "A plan with its courses and, per course, how many are assigned and done.",
      },
    },
    async (req) => getPlan(db, await guards.orgContext(req, "education.read"), req.params.planId),
  );

  app.patch(
    plan,
    {
      schema: {
        tags,
        params: planParams,
        body: planPatch,
        response: { 200: planSaveOut },
        description:
          "Changes a plan (with its revision); an approved plan changed goes back to draft.",
      },
    },
    async (req) =>
      updatePlan(
        db,
        await guards.orgContext(req, "education.write"),
        req.params.planId,
        req.body,
        lang(req),
      ),
  );

  app.delete(
    plan,
    {
      schema: {
        tags,
        params: planParams,
        description: "Deletes a plan and its courses while nobody was assigned (else 409).",
      },
    },
    async (req, reply) => {
      await deletePlan(db, await guards.orgContext(req, "education.write"), req.params.planId);
      return reply.status(204).send();
    },
  );

  app.post(
    `${plan}/approve`,
    {
      schema: {
        tags,
        params: planParams,
        response: { 200: planOut },
        description: "Approves the plan: the caller is the approver; writes the activity record.",
      },
    },
    async (req) =>
      approvePlan(db, await guards.orgContext(req, "education.approve"), req.params.planId),
  );

  app.post(
    `${plan}/copy`,
    {
      schema: {
        tags,
        params: planParams,
        response: { 201: idResult },
        description: "Next year's plan from this one, its courses copied as drafts.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "education.write");
      return reply
        .status(201)
        .send(await copyPlanToNextYear(db, ctx, req.params.planId, config.files));
    },
  );

  app.post(
    `${plan}/courses`,
    {
      schema: {
        tags,
        params: planParams,
        body: courseInput,
        response: { 201: idResult },
        description: "A course in the plan: blank, or a starter course with today's facts.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "education.write");
      return reply.status(201).send(await createCourse(db, ctx, req.params.planId, req.body));
    },
  );

  app.get(
    course,
    {
      schema: {
        tags,
        params: courseParams,
        response: { 200: courseOut },
        description: "A course with its material and quiz (correct answers included).",
      },
    },
    async (req) =>
      getCourse(db, await guards.orgContext(req, "education.read"), req.params.courseId),
  );

  app.patch(
    course,
    {
      schema: {
        tags,
        params: courseParams,
        body: coursePatch,
        response: { 200: courseOut },
        description: "Saves a course (material and quiz whole) with its revision.",
      },
    },
    async (req) =>
      updateCourse(
        db,
        await guards.orgContext(req, "education.write"),
        req.params.courseId,
        req.body,
      ),
  );

  app.delete(
    course,
    {
      schema: {
        tags,
        params: courseParams,
        description: "Deletes a course nobody was assigned (else 409: archive it).",
      },
    },
    async (req, reply) => {
      await deleteCourse(db, await guards.orgContext(req, "education.write"), req.params.courseId);
      return reply.status(204).send();
    },
  );

  const move = (path: string, description: string, run: typeof openCourse) =>
    app.post(
      `${course}/${path}`,
      {
        schema: { tags, params: courseParams, response: { 200: courseOut }, description },
      },
      async (req) => run(db, await guards.orgContext(req, "education.write"), req.params.courseId),
    );
  move("open", "Opens a draft course for taking (material and a usable quiz needed).", openCourse);
  move("archive", "Archives a course: kept with its records, no longer taken.", (d, c, id) =>
    setCourseArchived(d, c, id, true),
  );
  move("restore", "Brings an archived course back as a draft.", (d, c, id) =>
    setCourseArchived(d, c, id, false),
  );

  app.post(
    `${course}/copy`,
    {
      schema: {
        tags,
        params: courseParams,
        body: courseCopyInput,
        response: { 201: idResult },
        description: "Copies the course as a draft into a plan of the organization.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "education.write");
      return reply
        .status(201)
        .send(await copyCourse(db, ctx, req.params.courseId, req.body, config.files));
    },
  );
}
