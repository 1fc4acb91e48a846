// HTTP routes of 教育の配信 and 受講状況, under /orgs/:orgId/education/…: assigning a course
// (and sending its links), resending, the tracking lists, withdrawing, paper completion, the
// printed list of people not completed and the link sheet, and the joiners/leavers sync.
// Assigning, sending and the sync hand out personal links, so they take education.distribute
// (owners and admins); reading takes education.read; a paper record is education.write.
import { z } from "zod";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { recordExport } from "../audit/index.ts";
import { renderOnWorker } from "../exports/index.ts";
import { linkOptionsOf, SHEET_MODULE } from "../personal-links/index.ts";
import { assignCourse } from "./education.assign.ts";
import { completeOnPaper, withdrawAssignment } from "./education.assignments.ts";
import {
  assignInput,
  assignResult,
  courseParams,
  linkSheetInput,
  paperCompletionInput,
  personHistoryOut,
  personParams,
  planParams,
  planPeopleList,
  planPeopleQuery,
  resendInput,
  resendResult,
  syncResult,
  trackingList,
  trackingQuery,
} from "./education.delivery.contract.ts";
import { PENDING_LIST_MODULE } from "./education.pending.pdf.ts";
import { resendCourse } from "./education.reminders.ts";
import { pendingList, prepareLinkSheet } from "./education.sheets.ts";
import { syncPlan } from "./education.sync.ts";
import { listCourseAssignments, listPlanPeople, personHistory } from "./education.tracking.ts";

const assignmentParams = z.object({
  orgId: z.string().max(200),
  assignmentId: z.string().max(200),
});
const paperResult = z.object({ id: z.string(), completedOn: z.string(), completedVia: z.string() });

const pdfHeaders = (name: string, ascii: string) => ({
  "content-type": "application/pdf",
  "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  "cache-control": "no-store",
});

export function registerEducationDeliveryRoutes(
  app: ApiApp,
  { database, guards, config }: AppDeps,
) {
  const { db } = database;
  const tags = ["education"];
  const course = "/orgs/:orgId/education/courses/:courseId";
  const links = () => linkOptionsOf(config, database);

  app.post(
    `${course}/assignments`,
    {
      schema: {
        tags,
        params: courseParams,
        body: assignInput,
        response: { 201: assignResult },
        description:
          "Assigns the open course to its audience, a department or people (those assigned " +
          "before kept); with send, a personal link each and a mail to those with e-mail.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "education.distribute");
      const out = await assignCourse(db, ctx, req.params.courseId, req.body, { links: links() });
      return reply.status(201).send(out);
    },
  );

  app.get(
    `${course}/assignments`,
    {
      schema: {
        tags,
        params: courseParams,
        querystring: trackingQuery,
        response: { 200: trackingList },
        description:
          "受講状況 of a course: counts per state and the people (search, state, department, paging).",
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "education.read");
      return listCourseAssignments(db, ctx, req.params.courseId, req.query);
    },
  );

  app.post(
    `${course}/send`,
    {
      schema: {
        tags,
        params: courseParams,
        body: resendInput,
        response: { 200: resendResult },
        description:
          "Mails a new link to each person not completed (or those chosen) with e-mail, except " +
          "those mailed within 24 hours; answers the ones without e-mail.",
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "education.distribute");
      return resendCourse(db, ctx, req.params.courseId, req.body, links());
    },
  );

  app.get(
    `${course}/pending.pdf`,
    {
      schema: {
        tags,
        params: courseParams,
        description:
          "未修了者一覧: the people in office not completed, by department, with due days.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "education.read");
      const input = await pendingList(db, ctx, req.params.courseId);
      const bytes = await renderOnWorker({ kind: "document", module: PENDING_LIST_MODULE, input });
      await recordExport(db, ctx, "education_pending", "pdf", input.rows.length);
      const day = input.printedOn.replaceAll("-", "");
      return reply
        .headers(pdfHeaders(`未修了者一覧_${input.course}_${day}.pdf`, `pending-${day}.pdf`))
        .send(bytes);
    },
  );

  app.post(
    `${course}/links.pdf`,
    {
      schema: {
        tags,
        params: courseParams,
        body: linkSheetInput,
        description:
          "Issues new links for the pending people without e-mail (or those chosen) and answers " +
          "the printed sheet of QR cards, the only copy of the URLs.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "education.distribute");
      const sheet = await prepareLinkSheet(db, ctx, req.params.courseId, req.body, links());
      // Rendered first: a sheet that fails leaves the earlier links untouched.
      const bytes = await renderOnWorker({
        kind: "document",
        module: SHEET_MODULE,
        input: sheet.sheet,
      });
      await sheet.store();
      const day = todayInJapan().replaceAll("-", "");
      return reply
        .headers(pdfHeaders(`受講用リンク_${day}.pdf`, `course-links-${day}.pdf`))
        .send(bytes);
    },
  );

  app.get(
    "/orgs/:orgId/education/plans/:planId/people",
    {
      schema: {
        tags,
        params: planParams,
        querystring: planPeopleQuery,
        response: { 200: planPeopleList },
        description: "The plan's people, a page at a time, with their state in each course.",
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "education.read");
      return listPlanPeople(db, ctx, req.params.planId, req.query);
    },
  );

  app.post(
    "/orgs/:orgId/education/plans/:planId/sync",
    {
      schema: {
        tags,
        params: planParams,
        response: { 200: syncResult },
        description:
          "入退社を反映: assigns joiners the plan's new-hire courses and withdraws leavers' " +
          "uncompleted assignments (the daily job does the same).",
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "education.distribute");
      return syncPlan(db, ctx, req.params.planId, { links: links() });
    },
  );

  app.get(
    "/orgs/:orgId/education/people/:personId",
    {
      schema: {
        tags,
        params: personParams,
        response: { 200: personHistoryOut },
        description: "One person's education over all years.",
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "education.read");
      return personHistory(db, ctx, req.params.personId);
    },
  );

  app.delete(
    "/orgs/:orgId/education/assignments/:assignmentId",
    {
      schema: {
        tags,
        params: assignmentParams,
        description: "Withdraws an uncompleted assignment (kept, not deleted); completed: 409.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "education.distribute");
      await withdrawAssignment(db, ctx, req.params.assignmentId);
      return reply.status(204).send();
    },
  );

  app.post(
    "/orgs/:orgId/education/assignments/:assignmentId/complete-on-paper",
    {
      schema: {
        tags,
        params: assignmentParams,
        body: paperCompletionInput,
        response: { 200: paperResult },
        description: "Records a test taken on paper, with the day on the sheet.",
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "education.write");
      return completeOnPaper(db, ctx, req.params.assignmentId, req.body);
    },
  );
}
