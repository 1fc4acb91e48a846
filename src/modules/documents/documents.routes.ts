// HTTP routes of the document register (文書管理): /orgs/:orgId/documents. Reading takes
// documents.read, writing documents.write (the PMS office and the consultant), approving
// documents.approve and being the named approver. Every member reads the internal documents in
// force through /documents/published.
import type { FastifyRequest } from "fastify";
import { CONTENT_LIMITS } from "../../core/documents/content.ts";
import { languageFrom } from "../../i18n/messages.ts";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { AppError } from "../../server/app-error.ts";
import { idResult, listResult } from "../shared/contract-helpers.ts";
import { orgItemParams, orgParams } from "../shared/route-helpers.ts";
import { approveVersion } from "./documents.approval.ts";
import { compareVersions } from "./documents.compare.ts";
import {
  awaitingApprovalItem,
  compareOut,
  compareQuery,
  documentInput,
  documentListItem,
  documentListQuery,
  documentOut,
  documentPatch,
  documentVersionParams,
  newVersionInput,
  pageQuery,
  publishedDocumentOut,
  publishedListItem,
  publishInput,
  saveDraftInput,
  saveResult,
  submitInput,
  versionOut,
} from "./documents.contract.ts";
import {
  getPublishedDocument,
  listAwaitingMyApproval,
  listPublishedDocuments,
} from "./documents.reading.ts";
import {
  createDocument,
  deleteDocument,
  getDocument,
  listDocuments,
  setArchived,
  updateDocument,
} from "./documents.service.ts";
import {
  getVersion,
  openNewVersion,
  publishVersion,
  saveDraft,
  sendBack,
  submitForReview,
} from "./documents.versions.ts";

const lang = (req: FastifyRequest) => languageFrom(req.headers["accept-language"]);

export function registerDocumentRoutes(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["documents"];
  const base = "/orgs/:orgId/documents";
  const one = `${base}/:id`;
  const version = `${one}/versions/:vid`;

  app.get(
    base,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: documentListQuery,
        response: { 200: listResult(documentListItem) },
        description:
          "文書管理台帳: documents with their version in force, open version and review day.",
      },
    },
    async (req) => listDocuments(db, await guards.orgContext(req, "documents.read"), req.query),
  );

  app.post(
    base,
    {
      schema: {
        tags,
        params: orgParams,
        body: documentInput,
        response: { 201: idResult },
        description: "A new document with an empty first draft; a number in use is 409.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "documents.write");
      const { id } = await createDocument(db, ctx, req.body);
      return reply.status(201).send({ id });
    },
  );

  app.get(
    `${base}/published`,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: pageQuery,
        response: { 200: listResult(publishedListItem) },
        description: "The internal documents in force, for every member (周知).",
      },
    },
    async (req) => listPublishedDocuments(db, await guards.orgContext(req, "org.read"), req.query),
  );

  app.get(
    `${base}/published/:id`,
    {
      schema: {
        tags,
        params: orgItemParams,
        response: { 200: publishedDocumentOut },
        description: "An internal document in force with its text, for every member.",
      },
    },
    async (req) =>
      getPublishedDocument(db, await guards.orgContext(req, "org.read"), req.params.id),
  );

  app.get(
    `${base}/awaiting-my-approval`,
    {
      schema: {
        tags,
        params: orgParams,
        querystring: pageQuery,
        response: { 200: listResult(awaitingApprovalItem) },
        description: "Versions naming the caller as approver and waiting for them (承認待ち).",
      },
    },
    async (req) =>
      listAwaitingMyApproval(db, await guards.orgContext(req, "documents.approve"), req.query),
  );

  app.get(
    one,
    { schema: { tags, params: orgItemParams, response: { 200: documentOut } } },
    async (req) => getDocument(db, await guards.orgContext(req, "documents.read"), req.params.id),
  );

  app.patch(
    one,
    {
      schema: {
        tags,
        params: orgItemParams,
        body: documentPatch,
        response: { 200: documentOut },
        description: "Changes the document's metadata (never a version's text).",
      },
    },
    async (req) =>
      updateDocument(db, await guards.orgContext(req, "documents.write"), req.params.id, req.body),
  );

  app.delete(
    one,
    {
      schema: {
        tags,
        params: orgItemParams,
        description: "Only a document never approved; else 409 DOCUMENT_HAS_HISTORY.",
      },
    },
    async (req, reply) => {
      await deleteDocument(db, await guards.orgContext(req, "documents.write"), req.params.id);
      return reply.status(204).send();
    },
  );

  for (const [path, archived] of [
    ["archive", true],
    ["restore", false],
  ] as const)
    app.post(
      `${one}/${path}`,
      {
        schema: {
          tags,
          params: orgItemParams,
          response: { 200: documentOut },
          description: archived
            ? "Archives a document no longer used (廃止); its versions stay."
            : "Brings an archived document back into use.",
        },
      },
      async (req) =>
        setArchived(db, await guards.orgContext(req, "documents.write"), req.params.id, archived),
    );

  app.post(
    `${one}/versions`,
    {
      schema: {
        tags,
        params: orgItemParams,
        body: newVersionInput,
        response: { 201: idResult },
        description:
          "Opens the next version as a draft copied from the version in force; 409 while one is open.",
      },
    },
    async (req, reply) => {
      const ctx = await guards.orgContext(req, "documents.write");
      return reply.status(201).send(await openNewVersion(db, ctx, req.params.id, req.body));
    },
  );

  app.get(
    `${one}/compare`,
    {
      schema: {
        tags,
        params: orgItemParams,
        querystring: compareQuery,
        response: { 200: compareOut },
        description: "Two versions as lines, side by side with the changed lines (新旧対照).",
      },
    },
    async (req) =>
      compareVersions(
        db,
        await guards.orgContext(req, "documents.read"),
        req.params.id,
        req.query,
        lang(req),
      ),
  );

  app.get(
    version,
    {
      schema: {
        tags,
        params: documentVersionParams,
        response: { 200: versionOut },
        description:
          "A version with its text: for readers of documents, and for the member named to approve it.",
      },
    },
    // org.read: a member named as approver reads the version they approve; the service
    // refuses everyone else without documents.read (403).
    async (req) =>
      getVersion(db, await guards.orgContext(req, "org.read"), req.params.id, req.params.vid),
  );

  app.put(
    version,
    {
      // The text may be up to CONTENT_LIMITS.maxBytes, beyond the API's 1 MB default.
      bodyLimit: CONTENT_LIMITS.maxBytes + 64 * 1024,
      schema: {
        tags,
        params: documentVersionParams,
        body: saveDraftInput,
        response: { 200: saveResult },
        description:
          "Saves a draft's text. A stale revision is 409 DOCUMENT_SAVE_CONFLICT (who saved, when); " +
          "a version no longer a draft 409 DOCUMENT_VERSION_LOCKED.",
      },
    },
    async (req) =>
      saveDraft(
        db,
        await guards.orgContext(req, "documents.write"),
        req.params.id,
        req.params.vid,
        req.body,
      ),
  );

  const moveSchema = (description: string) => ({
    tags,
    params: documentVersionParams,
    response: { 200: versionOut },
    description,
  });

  app.post(
    `${version}/submit`,
    {
      schema: {
        ...moveSchema("Sends a draft for review, naming the approver (a member who may approve)."),
        body: submitInput,
      },
    },
    async (req) =>
      submitForReview(
        db,
        await guards.orgContext(req, "documents.write"),
        req.params.id,
        req.params.vid,
        req.body,
      ),
  );

  app.post(
    `${version}/send-back`,
    {
      schema: moveSchema(
        "Sends a version in review back to draft (差し戻し): a writer, or the named approver " +
          "declining it (anyone else with the approve right: 403).",
      ),
    },
    async (req) => {
      // Writers (consultants among them) and approvers (members among them) overlap only in
      // part, so the route admits either and the service checks who the approver is.
      const ctx = await guards
        .orgContext(req, "documents.write")
        .catch((err: unknown) =>
          err instanceof AppError && err.kind === "forbidden"
            ? guards.orgContext(req, "documents.approve")
            : Promise.reject(err),
        );
      return sendBack(db, ctx, req.params.id, req.params.vid);
    },
  );

  app.post(
    `${version}/approve`,
    {
      schema: moveSchema(
        "The named approver approves the version as themself (others 403): the fields' values " +
          "are frozen and the activity record is written.",
      ),
    },
    async (req) =>
      approveVersion(
        db,
        await guards.orgContext(req, "documents.approve"),
        req.params.id,
        req.params.vid,
      ),
  );

  app.post(
    `${version}/publish`,
    {
      schema: {
        ...moveSchema(
          "Publishes an approved version (施行): the previous one becomes 旧版, the next review is set.",
        ),
        body: publishInput,
      },
    },
    async (req) =>
      publishVersion(
        db,
        await guards.orgContext(req, "documents.write"),
        req.params.id,
        req.params.vid,
        req.body,
      ),
  );
}
