// HTTP routes of the learner's page (教育の受講), under /p/:token/education: no account, the
// public rate limit, and every refusal of the link (malformed, unknown, revoked, expired, the
// person has left, a link of another purpose, a withdrawn assignment) the one 404.
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { notFound } from "../../server/app-error.ts";
import { contentDisposition } from "../files/index.ts";
import { findLiveLink, linkKeyOf } from "../personal-links/index.ts";
import {
  attemptInput,
  attemptResultOut,
  learnerCourseOut,
  learnerFileParams,
  learnerParams,
} from "./education.delivery.contract.ts";
import {
  getMyCourse,
  openMyCourse,
  readMyCourseFile,
  submitMyAttempt,
} from "./education.learner.ts";

export function registerEducationLearnerRoutes(app: ApiApp, { database, config }: AppDeps) {
  const { db } = database;
  const tags = ["personal-links"];
  const base = "/p/:token/education";
  const liveLink = async (token: string) => {
    const link = await findLiveLink(db, linkKeyOf(config, database), token);
    if (!link) throw notFound();
    return link;
  };

  app.get(
    base,
    {
      config: { publicRateLimit: true },
      schema: {
        tags,
        params: learnerParams,
        response: { 200: learnerCourseOut },
        description:
          "The course of the link: material in order, the quiz without its answers, attempts " +
          "used and left, the state and the last attempt's result.",
      },
    },
    async (req) => getMyCourse(db, await liveLink(req.params.token)),
  );

  app.post(
    `${base}/open`,
    {
      config: { publicRateLimit: true },
      schema: {
        tags,
        params: learnerParams,
        description: "Records the first opening of the course (once).",
      },
    },
    async (req, reply) => {
      await openMyCourse(db, await liveLink(req.params.token));
      return reply.status(204).send();
    },
  );

  app.post(
    `${base}/attempts`,
    {
      config: { publicRateLimit: true },
      schema: {
        tags,
        params: learnerParams,
        body: attemptInput,
        response: { 201: attemptResultOut },
        description:
          "Submits the quiz: kept as the next attempt, scored, a pass completes the course " +
          "once; answers which questions were right, with the explanations.",
      },
    },
    async (req, reply) => {
      const out = await submitMyAttempt(db, await liveLink(req.params.token), req.body);
      return reply.status(201).send(out);
    },
  );

  app.get(
    `${base}/files/:attachmentId`,
    {
      config: { publicRateLimit: true },
      schema: {
        tags,
        params: learnerFileParams,
        description: "An image or the slides (PDF) of the link's course, only those it shows.",
      },
    },
    async (req, reply) => {
      const file = await readMyCourseFile(
        db,
        await liveLink(req.params.token),
        req.params.attachmentId,
      );
      // The attachment download's safe headers: the detected type, no sniffing, a sandbox.
      return reply
        .header("content-type", file.mediaType)
        .header("content-disposition", contentDisposition(file.name))
        .header("cache-control", "no-store")
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "default-src 'none'; sandbox")
        .header("content-length", file.bytes.length)
        .send(file.bytes);
    },
  );
}
