// Attached files (添付ファイル): zod contracts shared by the API and the web app. Uploads are
// multipart (the file in the field `file`); the owner (its kind and id) is in the path, so the
// route knows which action to check before it reads the body.
import { z } from "zod";
import { listQuery, listResult } from "../shared/contract-helpers.ts";

/** An owner kind as registered (registerAttachmentOwner): lowercase letters and "_". */
export const ownerKind = z
  .string()
  .max(40, { error: "too_long" })
  .regex(/^[a-z][a-z_]*$/, { error: "invalid_value" });

export const ownerParams = z.object({
  orgId: z.string().max(200),
  ownerKind,
  ownerId: z.string().min(1).max(64),
});

export const attachmentListQuery = listQuery.pick({ limit: true, page: true, q: true });
export type AttachmentListQuery = z.infer<typeof attachmentListQuery>;

export const attachmentOut = z.object({
  id: z.string(),
  ownerKind: z.string(),
  ownerId: z.string(),
  /** The file name as uploaded, made safe (no path, control characters or markup). */
  name: z.string(),
  /** The type told by the content. */
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  /** SHA-256 of the content, lowercase hex. */
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedByName: z.string(),
  createdAt: z.string(),
});
export type AttachmentOut = z.infer<typeof attachmentOut>;

export const attachmentList = listResult(attachmentOut).extend({
  /** Bytes of every file of the organization, and its limit (ORG_FILES_MAX_MB). */
  orgBytes: z.number().int(),
  orgMaxBytes: z.number().int(),
  /** The largest file accepted (FILE_MAX_MB). */
  maxFileBytes: z.number().int(),
});
export type AttachmentList = z.infer<typeof attachmentList>;
