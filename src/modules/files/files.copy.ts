// Copying files from one record to another of the same kind (a course copied to next year
// keeps its images and slides): each copy is a file of its own, with its own bytes, so that
// deleting either record never takes the other's files. The organization's quota counts the
// copies like uploads.
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { AppError } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { type AuditInput, appendAuditMany, diffFields } from "../audit/index.ts";
import { megabytes } from "../shared/safe-upload/refusal.ts";
import { ATTACHMENT_ENTITY, auditedFields, lockOrgFiles, orgFileBytes } from "./files.service.ts";
import { databaseFileStore, type FileStore } from "./files.store.ts";
import { attachment } from "./files.tables.ts";

export interface AttachmentCopy {
  /** The owner kind as registered, e.g. "education_course". */
  capability: string;
  fromOwnerId: string;
  toOwnerId: string;
  /** The files to copy; ids not attached to `fromOwnerId` are left out. */
  ids: readonly string[];
  /** The organization's quota (ORG_FILES_MAX_MB). */
  orgMaxBytes: number;
}

/**
 * Copies the files inside the caller's write; returns old id → new id. Over the quota the
 * whole write is refused (413 ORG_FILES_QUOTA_EXCEEDED), as an upload would be.
 */
export async function copyAttachments(
  tx: Tx,
  ctx: OrgContext,
  copy: AttachmentCopy,
  store: FileStore = databaseFileStore,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (copy.ids.length === 0) return ids;
  const rows = await tx
    .select()
    .from(attachment)
    .where(
      and(
        eq(attachment.orgId, ctx.orgId),
        eq(attachment.ownerCapability, copy.capability),
        eq(attachment.ownerId, copy.fromOwnerId),
        inArray(attachment.id, [...copy.ids]),
      ),
    )
    .orderBy(attachment.createdAt, attachment.id);
  if (rows.length === 0) return ids;
  await lockOrgFiles(tx, ctx.orgId);
  const adding = rows.reduce((n, r) => n + r.sizeBytes, 0);
  if ((await orgFileBytes(tx, ctx.orgId)) + adding > copy.orgMaxBytes)
    throw new AppError(
      "too_large",
      "ORG_FILES_QUOTA_EXCEEDED",
      {},
      {
        max: megabytes(copy.orgMaxBytes),
      },
    );
  const events: AuditInput[] = [];
  for (const r of rows) {
    const bytes = await store.get(tx, ctx.orgId, r.storeKey);
    if (!bytes) continue; // a file whose bytes are gone is not copied (nothing to show)
    const id = randomUUID();
    const [row] = await tx
      .insert(attachment)
      .values({
        ...r,
        id,
        ownerId: copy.toOwnerId,
        storeKey: await store.put(tx, ctx.orgId, bytes),
        uploadedBy: ctx.userId,
        uploadedByName: ctx.userName,
        createdAt: new Date(),
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    ids.set(r.id, id);
    events.push({
      entity: ATTACHMENT_ENTITY,
      entityId: id,
      action: "create",
      changes: diffFields(null, auditedFields(row)),
    });
  }
  await appendAuditMany(tx, ctx, events);
  return ids;
}
