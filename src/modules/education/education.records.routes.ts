// HTTP routes of the education records (教育の記録) under /orgs/:orgId/education/…: sessions
// and their attendance and follow-ups (education.write records, education.read sees), the
// printed 出席簿 and 教育実施報告書, the plan's 教育実施サマリー (JSON, xlsx, PDF), the 修了証
// of an assignment and the 理解度 of a course.
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { idResult } from "../shared/contract-helpers.ts";
import { getSessionDetail, recordAttendance } from "./education.attendance.ts";
import {
  attendanceInput,
  attendanceResult,
  createdSession,
  followUpInput,
  sessionCourseParams,
  sessionDetail,
  sessionInput,
  sessionList,
  sessionListQuery,
  sessionParams,
  sessionPatch,
  sessionPlanParams,
} from "./education.records.contract.ts";
import { registerEducationRecordDownloads } from "./education.records.downloads.ts";
import {
  createFollowUp,
  createSession,
  deleteSession,
  listSessions,
  updateSession,
} from "./education.sessions.ts";

export function registerEducationRecordRoutes(app: ApiApp, deps: AppDeps) {
  const { database, guards } = deps;
  const { db } = database;
  const tags = ["education"];
  const base = "/orgs/:orgId/education";

  app.post(
    `${base}/courses/:courseId/sessions`,
    {
      schema: {
        tags,
        params: sessionCourseParams,
        body: sessionInput,
        response: { 201: createdSession },
        description:
          "集合・オンライン研修: creates a session of the course and invites assignees (those " +
          "who have not completed it, all of them, or people by id).",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "education.write");
      return reply.status(201).send(await createSession(db, ctx, req.params.courseId, req.body));
    },
  );

  app.get(
    `${base}/plans/:planId/sessions`,
    {
      schema: {
        tags,
        params: sessionPlanParams,
        querystring: sessionListQuery,
        response: { 200: sessionList },
        description: "The sessions of the plan's courses, latest first, with attendance counts.",
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "education.read");
      return listSessions(db, ctx, req.params.planId, req.query);
    },
  );

  app.get(
    `${base}/sessions/:sessionId`,
    {
      schema: {
        tags,
        params: sessionParams,
        response: { 200: sessionDetail },
        description: "A session with its invitees and the course's other assignees.",
      },
    },
    async (req) =>
      getSessionDetail(db, await guards.orgContext(req, "education.read"), req.params.sessionId),
  );

  app.patch(
    `${base}/sessions/:sessionId`,
    {
      schema: {
        tags,
        params: sessionParams,
        body: sessionPatch,
        response: { 200: idResult },
        description: "Edits a session (its day and kind only while no attendance is recorded).",
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "education.write");
      await updateSession(db, ctx, req.params.sessionId, req.body);
      return { id: req.params.sessionId };
    },
  );

  app.delete(
    `${base}/sessions/:sessionId`,
    {
      schema: {
        tags,
        params: sessionParams,
        description: "Deletes a session while no attendance is recorded (409 afterwards).",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "education.write");
      await deleteSession(db, ctx, req.params.sessionId);
      return reply.status(204).send();
    },
  );

  app.put(
    `${base}/sessions/:sessionId/attendance`,
    {
      schema: {
        tags,
        params: sessionParams,
        body: attendanceInput,
        response: { 200: attendanceResult },
        description:
          "出欠の一括入力: present completes the person's course on the session's day (an " +
          "earlier completion stays); absent undoes a completion this session made.",
      },
    },
    async (req) => {
      const ctx = await guards.orgContext(req, "education.write");
      return recordAttendance(db, ctx, req.params.sessionId, req.body);
    },
  );

  app.post(
    `${base}/sessions/:sessionId/follow-up`,
    {
      schema: {
        tags,
        params: sessionParams,
        body: followUpInput,
        response: { 201: createdSession },
        description:
          "補講: a session of the same course inviting those the session missed who have not " +
          "completed the course.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "education.write");
      return reply.status(201).send(await createFollowUp(db, ctx, req.params.sessionId, req.body));
    },
  );

  registerEducationRecordDownloads(app, deps);
}
