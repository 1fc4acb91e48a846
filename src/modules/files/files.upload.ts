// Uploading a file: the multipart body read under FILE_MAX_MB, the bytes judged by the safe
// upload reader (ZIP limits before anything is inflated, then the type by content), the name
// made safe, and the file stored with its metadata and audit event in one transaction, within
// the organization's total (ORG_FILES_MAX_MB).
import { createHash, randomUUID } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { AppError, notFound } from "../../server/app-error.ts";
import type { FileLimits, UploadLimits } from "../../server/config.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import { megabytes } from "../shared/safe-upload/refusal.ts";
import { readUploadedWith } from "../shared/safe-upload/safe-upload.ts";
import {
  type Content,
  type Detected,
  extensionOf,
  type FileKind,
  judgeFile,
} from "./files.detect.ts";
import { sanitizeFileName } from "./files.names.ts";
import type { AttachmentOwner } from "./files.owners.ts";
import { fileUploadReader } from "./files.reader.ts";
import { ATTACHMENT_ENTITY, auditedFields, lockOrgFiles, orgFileBytes } from "./files.service.ts";
import { databaseFileStore, type FileStore } from "./files.store.ts";
import { attachment } from "./files.tables.ts";

export type UploadedAttachment = { buffer: Buffer; filename: string };
export type AttachmentLimits = { files: FileLimits; upload: UploadLimits };

const fileError = (
  kind: AppError["kind"],
  code: string,
  params: Record<string, string | number> = {},
  key = code,
) => new AppError(kind, code, { file: { key, params } }, params);

const tooLarge = (limits: FileLimits) =>
  fileError("too_large", "ATTACHMENT_TOO_LARGE", { max: megabytes(limits.maxBytes) });

/** The one file of the multipart body (field `file`), read under FILE_MAX_MB. */
export async function readAttachmentUpload(
  req: FastifyRequest,
  limits: FileLimits,
): Promise<UploadedAttachment> {
  const missing = () => fileError("validation", "FILE_MISSING");
  if (!req.isMultipart()) throw missing();
  const part = await req.file({ limits: { fileSize: limits.maxBytes } });
  if (part?.fieldname !== "file") throw missing();
  try {
    return { buffer: await part.toBuffer(), filename: part.filename };
  } catch (err) {
    if ((err as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") throw tooLarge(limits);
    throw err;
  }
}

const PRODUCT_NAMES: Partial<Record<FileKind, string>> = {
  xlsx: "Excel",
  docx: "Word",
  pptx: "PowerPoint",
};

/** What the file really holds, as the mismatch message names it (Japanese, English). */
function contentName(content: Content): [string, string] {
  if (content === "csv" || content === "txt" || content === "eml") return ["テキスト", "text"];
  if (content === "markup") return ["HTML などのマークアップ", "HTML or other markup"];
  if (content === "other")
    return ["添付できない種類のファイル", "a kind of file that cannot be attached"];
  const name = PRODUCT_NAMES[content] ?? content.toUpperCase();
  return [name, name];
}

/** What the file is, or the refusal naming the `file` field. */
async function judgeUpload(file: UploadedAttachment, name: string, limits: AttachmentLimits) {
  const detected = await readUploadedWith<Detected | string>(
    { buffer: file.buffer, filename: name },
    fileUploadReader,
    limits.upload,
  );
  // The reader's own problems (an archive that does not open) arrive as codes.
  if (typeof detected === "string") {
    if (detected === "FILE_EMPTY") throw fileError("validation", "ATTACHMENT_EMPTY");
    throw fileError("validation", "ATTACHMENT_UNREADABLE");
  }
  const judged = judgeFile(detected, name, limits.files.allowZip);
  if (judged.ok) return judged;
  switch (judged.problem) {
    case "empty":
      throw fileError("validation", "ATTACHMENT_EMPTY");
    case "mismatch": {
      const [kindJa, kindEn] = contentName(judged.content);
      throw fileError("validation", "ATTACHMENT_TYPE_MISMATCH", {
        ext: extensionOf(name),
        kindJa,
        kindEn,
      });
    }
    default:
      throw fileError(
        "unsupported_media_type",
        "ATTACHMENT_TYPE_NOT_ALLOWED",
        {},
        limits.files.allowZip ? "ATTACHMENT_TYPE_NOT_ALLOWED_ZIP" : "ATTACHMENT_TYPE_NOT_ALLOWED",
      );
  }
}

export async function uploadAttachment(
  db: Db,
  ctx: OrgContext,
  owner: AttachmentOwner,
  ownerId: string,
  file: UploadedAttachment,
  limits: AttachmentLimits,
  store: FileStore = databaseFileStore,
): Promise<{ id: string }> {
  // Before any work on the bytes: the owner must be the organization's.
  if (!(await owner.exists(db, ctx.orgId, ownerId))) throw notFound();
  const size = file.buffer.length;
  if (size === 0) throw fileError("validation", "ATTACHMENT_EMPTY");
  if (size > limits.files.maxBytes) throw tooLarge(limits.files);
  const name = sanitizeFileName(file.filename);
  const { mediaType } = await judgeUpload(file, name, limits);
  const sha256 = createHash("sha256").update(file.buffer).digest("hex");
  return writeInOrg(db, ctx, async (tx) => {
    if (!(await owner.exists(tx, ctx.orgId, ownerId))) throw notFound();
    await lockOrgFiles(tx, ctx.orgId);
    if ((await orgFileBytes(tx, ctx.orgId)) + size > limits.files.orgMaxBytes)
      throw fileError("too_large", "ORG_FILES_QUOTA_EXCEEDED", {
        max: megabytes(limits.files.orgMaxBytes),
      });
    const storeKey = await store.put(tx, ctx.orgId, file.buffer);
    const [row] = await tx
      .insert(attachment)
      .values({
        orgId: ctx.orgId,
        id: randomUUID(),
        ownerCapability: owner.capability,
        ownerId,
        name,
        mediaType,
        sizeBytes: size,
        sha256,
        storeKey,
        uploadedBy: ctx.userId,
        uploadedByName: ctx.userName,
      })
      .returning();
    if (!row) throw new Error("attachment insert returned nothing");
    await appendAudit(tx, ctx, {
      entity: ATTACHMENT_ENTITY,
      entityId: row.id,
      action: "create",
      changes: diffFields(null, auditedFields(row)),
    });
    return { id: row.id };
  });
}
