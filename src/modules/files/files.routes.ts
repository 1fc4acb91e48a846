// HTTP routes of attached files. The owner (kind and id) is in the path of the list and the
// upload, so the guard checks the owner kind's action before the body is read; a download or
// delete by the file's id checks membership first, then the action of the file's owner kind.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { AppError } from "../../server/app-error.ts";
import type { Guards } from "../../server/tenancy.ts";
import { idResult } from "../shared/contract-helpers.ts";
import { orgItemParams } from "../shared/route-helpers.ts";
import { attachmentList, attachmentListQuery, ownerParams } from "./files.contract.ts";
import { contentDisposition } from "./files.names.ts";
import { attachmentOwner } from "./files.owners.ts";
import {
  type Download,
  deleteAttachment,
  downloadAttachment,
  listAttachments,
} from "./files.service.ts";
import { readAttachmentUpload, uploadAttachment } from "./files.upload.ts";

/** The registered owner kind and the caller's context for its read or write action. */
async function ownerContext(
  guards: Guards,
  req: FastifyRequest,
  kind: string,
  use: "read" | "write",
) {
  const owner = attachmentOwner(kind);
  if (!owner) {
    // Only a member learns that the kind is unknown; anyone else gets 401 or 404 as usual.
    await guards.orgContext(req, "org.read");
    throw new AppError("validation", "ATTACHMENT_OWNER_UNKNOWN", {
      ownerKind: { key: "ATTACHMENT_OWNER_UNKNOWN" },
    });
  }
  const ctx = await guards.orgContext(req, use === "read" ? owner.readAction : owner.writeAction);
  return { ctx, owner };
}

/**
 * Always a download, never shown in the page: the stored (detected) type, the name in RFC 6266
 * form, no caching, no type sniffing, and a sandbox in case a browser renders it anyway.
 */
function sendFile(reply: FastifyReply, { attachment, bytes }: Download) {
  return reply
    .header("content-type", attachment.mediaType)
    .header("content-disposition", contentDisposition(attachment.name))
    .header("cache-control", "no-store")
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", "default-src 'none'; sandbox")
    .header("content-length", bytes.length)
    .send(bytes);
}

export function registerFileRoutes(app: ApiApp, { database, guards, config }: AppDeps) {
  const { db } = database;
  const tags = ["files"];
  const owned = "/orgs/:orgId/attachments/owners/:ownerKind/:ownerId";

  app.get(
    owned,
    {
      schema: {
        tags,
        params: ownerParams,
        querystring: attachmentListQuery,
        response: { 200: attachmentList },
        description: "The files attached to one record, newest first; `q` searches the names.",
      },
    },
    async (req) => {
      const { ctx, owner } = await ownerContext(guards, req, req.params.ownerKind, "read");
      return listAttachments(db, ctx, owner, req.params.ownerId, req.query, config.files);
    },
  );

  app.post(
    owned,
    {
      schema: {
        tags,
        params: ownerParams,
        consumes: ["multipart/form-data"],
        response: { 201: idResult },
        description:
          "Attaches one file (multipart field `file`): PDF, xlsx, docx, pptx, PNG, JPEG, HEIC, CSV, text or eml (ZIP with FILE_ALLOW_ZIP), told by content; at most FILE_MAX_MB.",
      },
    },
    async (req, reply) => {
      const { ctx, owner } = await ownerContext(guards, req, req.params.ownerKind, "write");
      const file = await readAttachmentUpload(req, config.files);
      const limits = { files: config.files, upload: config.upload };
      const created = await uploadAttachment(db, ctx, owner, req.params.ownerId, file, limits);
      return reply.status(201).send(created);
    },
  );

  app.get(
    "/orgs/:orgId/attachments/:id/download",
    { schema: { tags, params: orgItemParams, description: "The file itself, as a download." } },
    async (req, reply) => {
      // Every role may ask; the file's owner kind decides (403 without its read action).
      const ctx = await guards.orgContext(req, "org.read");
      return sendFile(reply, await downloadAttachment(db, ctx, req.params.id));
    },
  );

  app.delete(
    "/orgs/:orgId/attachments/:id",
    { schema: { tags, params: orgItemParams } },
    async (req, reply) => {
      // Every role may ask; the file's owner kind decides (403 without its write action).
      await deleteAttachment(db, await guards.orgContext(req, "org.read"), req.params.id);
      return reply.status(204).send();
    },
  );
}
