// Attached files: list an owner's files, download one, delete one, and remove an owner's files
// when the owner record goes. Uploads are in files.upload.ts. The owner kind decides who may
// read and change the files (files.owners.ts); every download and delete is audited.
import { and, count, desc, eq, ilike, inArray, type SQL, sql, sum } from "drizzle-orm";
import { can } from "../../core/access/permissions.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { AppError, notFound } from "../../server/app-error.ts";
import type { FileLimits } from "../../server/config.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { type AuditInput, appendAudit, diffFields } from "../audit/index.ts";
import type { DeletionHook } from "../shared/deletion-hooks.ts";
import { escapeLike } from "../shared/sql-helpers.ts";
import type { AttachmentList, AttachmentListQuery, AttachmentOut } from "./files.contract.ts";
import { type AttachmentOwner, attachmentOwner } from "./files.owners.ts";
import { databaseFileStore, type FileStore } from "./files.store.ts";
import { attachment } from "./files.tables.ts";

export const ATTACHMENT_ENTITY = "attachment";
const T = attachment;
type Row = typeof attachment.$inferSelect;

export const forbidden = () => new AppError("forbidden", "FORBIDDEN");

export function present(r: Row): AttachmentOut {
  return {
    id: r.id,
    ownerKind: r.ownerCapability,
    ownerId: r.ownerId,
    name: r.name,
    mediaType: r.mediaType,
    sizeBytes: r.sizeBytes,
    sha256: r.sha256,
    uploadedBy: r.uploadedBy,
    uploadedByName: r.uploadedByName,
    createdAt: r.createdAt.toISOString(),
  };
}

/** What the audit trail keeps of a file (never its bytes). */
export const auditedFields = (r: Row) => ({
  ownerKind: r.ownerCapability,
  ownerId: r.ownerId,
  name: r.name,
  mediaType: r.mediaType,
  sizeBytes: r.sizeBytes,
  sha256: r.sha256,
});

/** Bytes of all the organization's files. */
export async function orgFileBytes(tx: Tx | Db, orgId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sum(T.sizeBytes).mapWith(Number) })
    .from(T)
    .where(eq(T.orgId, orgId));
  return row?.n ?? 0;
}

export async function listAttachments(
  db: Db,
  ctx: OrgContext,
  owner: AttachmentOwner,
  ownerId: string,
  q: AttachmentListQuery,
  limits: FileLimits,
): Promise<AttachmentList> {
  if (!(await owner.exists(db, ctx.orgId, ownerId))) throw notFound();
  const where: SQL[] = [
    eq(T.orgId, ctx.orgId),
    eq(T.ownerCapability, owner.capability),
    eq(T.ownerId, ownerId),
  ];
  if (q.q) where.push(ilike(T.name, `%${escapeLike(q.q)}%`));
  const filter = and(...where);
  const [rows, [total], orgBytes] = await Promise.all([
    db
      .select()
      .from(T)
      .where(filter)
      .orderBy(desc(T.createdAt), desc(T.id))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(T).where(filter),
    orgFileBytes(db, ctx.orgId),
  ]);
  return {
    items: rows.map(present),
    total: total?.n ?? 0,
    nextCursor: null,
    orgBytes,
    orgMaxBytes: limits.orgMaxBytes,
    maxFileBytes: limits.maxBytes,
  };
}

/**
 * The attachment `id` of the organization, if the caller's role may `use` it (the owner kind's
 * read or write action). Another organization's id, or one whose kind is no longer registered,
 * is not found.
 */
async function readAllowed(tx: Tx, ctx: OrgContext, id: string, use: "read" | "write") {
  const [row] = await tx
    .select()
    .from(T)
    .where(and(eq(T.orgId, ctx.orgId), eq(T.id, id)))
    .for(use === "write" ? "update" : "share");
  const owner = row && attachmentOwner(row.ownerCapability);
  if (!row || !owner) throw notFound();
  if (!can(ctx.role, use === "read" ? owner.readAction : owner.writeAction)) throw forbidden();
  return row;
}

export type Download = { attachment: AttachmentOut; bytes: Buffer };

/** The file's bytes; the download is recorded before they are sent. */
export async function downloadAttachment(
  db: Db,
  ctx: OrgContext,
  id: string,
  store: FileStore = databaseFileStore,
): Promise<Download> {
  return writeInOrg(db, ctx, async (tx) => {
    const row = await readAllowed(tx, ctx, id, "read");
    const bytes = await store.get(tx, ctx.orgId, row.storeKey);
    if (!bytes) throw notFound();
    await appendAudit(tx, ctx, {
      entity: ATTACHMENT_ENTITY,
      entityId: id,
      action: "download",
      changes: diffFields(null, { name: row.name, sha256: row.sha256, sizeBytes: row.sizeBytes }),
    });
    return { attachment: present(row), bytes };
  });
}

export async function deleteAttachment(
  db: Db,
  ctx: OrgContext,
  id: string,
  store: FileStore = databaseFileStore,
): Promise<void> {
  await writeInOrg(db, ctx, async (tx) => {
    const row = await readAllowed(tx, ctx, id, "write");
    await tx.delete(T).where(and(eq(T.orgId, ctx.orgId), eq(T.id, id)));
    await store.delete(tx, ctx.orgId, [row.storeKey]);
    await appendAudit(tx, ctx, {
      entity: ATTACHMENT_ENTITY,
      entityId: id,
      action: "delete",
      changes: diffFields(auditedFields(row), null),
    });
  });
}

/**
 * A deletion hook for an owner kind: the record's files go in the deleting transaction (there
 * is no foreign key to cascade), each with its own delete event, and the owner's delete event
 * lists them by name, size and checksum.
 */
export function attachmentsOfDeletedOwner(
  kind: string,
  store: FileStore = databaseFileStore,
): DeletionHook {
  return async (tx, ctx, ownerId) => {
    const owned = and(eq(T.orgId, ctx.orgId), eq(T.ownerCapability, kind), eq(T.ownerId, ownerId));
    const rows = await tx.select().from(T).where(owned).orderBy(T.createdAt, T.id).for("update");
    if (rows.length === 0) return {};
    await tx.delete(T).where(
      and(
        eq(T.orgId, ctx.orgId),
        inArray(
          T.id,
          rows.map((r) => r.id),
        ),
      ),
    );
    await store.delete(
      tx,
      ctx.orgId,
      rows.map((r) => r.storeKey),
    );
    const events: AuditInput[] = rows.map((r) => ({
      entity: ATTACHMENT_ENTITY,
      entityId: r.id,
      action: "delete",
      changes: diffFields(auditedFields(r), null),
    }));
    const attachments = rows.map((r) => ({
      name: r.name,
      sizeBytes: r.sizeBytes,
      sha256: r.sha256,
    }));
    return { snapshot: { attachments }, events };
  };
}

/** Serialises uploads of one organization so two at once cannot both pass the quota. */
export async function lockOrgFiles(tx: Tx, orgId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`files:${orgId}`}, 0))`);
}
