// A document's versions: read one, save a draft's text (refusing a save based on an older
// revision, so two people editing the same draft never overwrite each other silently), open a
// new version from the one in force, send a draft for review, send it back, and publish an
// approved version (the one it replaces becomes 旧版). Approval is in documents.approval.ts.
import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray } from "drizzle-orm";
import { can } from "../../core/access/permissions.ts";
import { checkContent, type DocumentContent } from "../../core/documents/content.ts";
import { canMove, isEditable, type VersionStatus } from "../../core/documents/status.ts";
import { nextDue } from "../../core/obligations/dates.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { AppError, conflict, invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import { member, user } from "../auth/index.ts";
import type {
  NewVersionInput,
  PublishInput,
  SaveDraftInput,
  SaveResult,
  SubmitInput,
  VersionOut,
} from "./documents.contract.ts";
import { askDocumentApprover } from "./documents.notify.ts";
import {
  auditedDocument,
  auditedVersion,
  DOCUMENT_ENTITY,
  OPEN_STATUSES,
  presentVersion,
  VERSION_ENTITY,
  type VersionRow,
} from "./documents.present.ts";
import { readDocument } from "./documents.service.ts";
import { pmsDocument, pmsDocumentVersion } from "./documents.tables.ts";

const D = pmsDocument;
const V = pmsDocumentVersion;

/** A version of the document, locked when asked; 404 for an id of another document or org. */
export async function readVersion(
  db: Db | Tx,
  ctx: OrgContext,
  documentId: string,
  versionId: string,
  lock = false,
): Promise<VersionRow> {
  const query = db
    .select()
    .from(V)
    .where(and(eq(V.orgId, ctx.orgId), eq(V.documentId, documentId), eq(V.id, versionId)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}

/**
 * One version with its text. Readers of documents see every version; a member who may only
 * approve sees the version they are named to approve, and nothing else.
 */
export async function getVersion(
  db: Db,
  ctx: OrgContext,
  documentId: string,
  versionId: string,
): Promise<VersionOut> {
  const row = await readVersion(db, ctx, documentId, versionId);
  if (!can(ctx.role, "documents.read") && row.approverUserId !== ctx.userId)
    throw new AppError("forbidden", "FORBIDDEN");
  return presentVersion(row);
}

/** "HH:mm" in Japan, for telling who saved a draft when. */
const timeInJapan = (d: Date) => new Date(d.getTime() + 9 * 3600_000).toISOString().slice(11, 16);

function checkedContent(value: unknown): DocumentContent {
  const check = checkContent(value);
  if (check.ok) return check.content;
  throw new AppError("validation", "DOCUMENT_CONTENT_INVALID", {
    content: { key: `document_content_${check.reason}`, params: { path: check.path ?? "" } },
  });
}

/**
 * Saves a draft's text. The editor sends the revision it started from: when someone saved in
 * between, the save is refused with who saved and when (409 DOCUMENT_SAVE_CONFLICT), and the
 * editor offers to load their text; it never overwrites it.
 */
export async function saveDraft(
  db: Db,
  ctx: OrgContext,
  documentId: string,
  versionId: string,
  input: SaveDraftInput,
  now = new Date(),
): Promise<SaveResult> {
  const content = checkedContent(input.content);
  return writeInOrg(db, ctx, async (tx) => {
    const before = await readVersion(tx, ctx, documentId, versionId, true);
    if (!isEditable(before.status as VersionStatus)) throw conflict("DOCUMENT_VERSION_LOCKED");
    if (input.revision !== before.revision) {
      const savedAt = before.updatedAt;
      throw new AppError(
        "conflict",
        "DOCUMENT_SAVE_CONFLICT",
        {},
        { name: before.updatedByName ?? "", time: timeInJapan(savedAt) },
        {
          revision: before.revision,
          updatedByName: before.updatedByName,
          updatedAt: savedAt.toISOString(),
        },
      );
    }
    const [after] = await tx
      .update(V)
      .set({
        content,
        revision: before.revision + 1,
        ...(input.changeNote !== undefined ? { changeNote: input.changeNote } : {}),
        updatedBy: ctx.userId,
        updatedByName: ctx.userName,
        updatedAt: now,
      })
      .where(and(eq(V.orgId, ctx.orgId), eq(V.id, versionId)))
      .returning();
    if (!after) throw notFound();
    await appendAudit(tx, ctx, {
      entity: VERSION_ENTITY,
      entityId: versionId,
      action: "update",
      changes: diffFields(auditedVersion(before), auditedVersion(after)),
    });
    return {
      revision: after.revision,
      updatedAt: after.updatedAt.toISOString(),
      updatedByName: after.updatedByName,
    };
  });
}

/**
 * Opens the next version as a draft, its text copied from the version in force (or, before
 * anything was published, from the latest version). 409 while a version is still open.
 */
export async function openNewVersion(
  db: Db,
  ctx: OrgContext,
  documentId: string,
  input: NewVersionInput,
): Promise<{ id: string }> {
  return writeInOrg(db, ctx, async (tx) => {
    const doc = await readDocument(tx, ctx, documentId, true);
    if (doc.archivedAt) throw conflict("DOCUMENT_ARCHIVED");
    const versions = await tx
      .select()
      .from(V)
      .where(and(eq(V.orgId, ctx.orgId), eq(V.documentId, documentId)))
      .orderBy(desc(V.versionNo));
    if (versions.some((v) => OPEN_STATUSES.includes(v.status as VersionStatus)))
      throw conflict("DOCUMENT_VERSION_OPEN");
    const source = versions.find((v) => v.id === doc.currentVersionId) ?? versions[0];
    const id = randomUUID();
    const [row] = await tx
      .insert(V)
      .values({
        orgId: ctx.orgId,
        id,
        documentId,
        versionNo: (versions[0]?.versionNo ?? 0) + 1,
        status: "draft",
        content: source?.content ?? { type: "doc", content: [{ type: "paragraph" }] },
        changeNote: input.changeNote,
        createdBy: ctx.userId,
        updatedBy: ctx.userId,
        updatedByName: ctx.userName,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await appendAudit(tx, ctx, {
      entity: VERSION_ENTITY,
      entityId: id,
      action: "create",
      changes: diffFields(null, auditedVersion(row)),
    });
    return { id };
  });
}

/** The approver's name, when they are a member who may approve documents. */
async function approverName(tx: Tx, ctx: OrgContext, userId: string): Promise<string> {
  const [row] = await tx
    .select({ role: member.role, name: user.name })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.organizationId, ctx.orgId), eq(member.userId, userId)));
  if (!row || !can(row.role, "documents.approve"))
    throw invalidField("approverUserId", "document_approver_not_member");
  return row.name;
}

/** Moves a version from one state to the next, in one audited write. */
async function move(
  db: Db,
  ctx: OrgContext,
  documentId: string,
  versionId: string,
  to: VersionStatus,
  action: string,
  extra: (tx: Tx, before: VersionRow) => Promise<Partial<VersionRow>>,
  now: Date,
): Promise<VersionOut> {
  return writeInOrg(db, ctx, async (tx) => {
    const before = await readVersion(tx, ctx, documentId, versionId, true);
    if (!canMove(before.status as VersionStatus, to)) throw conflict("DOCUMENT_WRONG_STATUS");
    const set = await extra(tx, before);
    const [after] = await tx
      .update(V)
      .set({ ...set, status: to, updatedAt: now })
      .where(and(eq(V.orgId, ctx.orgId), eq(V.id, versionId)))
      .returning();
    if (!after) throw notFound();
    await appendAudit(tx, ctx, {
      entity: VERSION_ENTITY,
      entityId: versionId,
      action,
      changes: diffFields(auditedVersion(before), auditedVersion(after)),
    });
    return presentVersion(after);
  });
}

/** Sends a draft for review (承認依頼), naming its approver, who is told. */
export const submitForReview = (
  db: Db,
  ctx: OrgContext,
  documentId: string,
  versionId: string,
  input: SubmitInput,
  now = new Date(),
) =>
  move(
    db,
    ctx,
    documentId,
    versionId,
    "in_review",
    "submit",
    async (tx, before) => {
      const name = await approverName(tx, ctx, input.approverUserId);
      const doc = await readDocument(tx, ctx, documentId);
      await askDocumentApprover(tx, ctx, input.approverUserId, {
        documentId,
        versionId,
        number: doc.number,
        title: doc.title,
        versionNo: before.versionNo,
      });
      return { approverUserId: input.approverUserId, approverName: name };
    },
    now,
  );

/**
 * Sends a version in review back to draft (差し戻し) for changes: whoever writes documents, or
 * the named approver declining to approve it as it stands.
 */
export const sendBack = (
  db: Db,
  ctx: OrgContext,
  documentId: string,
  versionId: string,
  now = new Date(),
) =>
  move(
    db,
    ctx,
    documentId,
    versionId,
    "draft",
    "send_back",
    async (_tx, before) => {
      if (!can(ctx.role, "documents.write") && before.approverUserId !== ctx.userId)
        throw new AppError("forbidden", "FORBIDDEN"); // as the route guard refuses
      return {};
    },
    now,
  );

/**
 * Publishes an approved version (施行): it becomes the version in force, the version it
 * replaces becomes 旧版, and the next review falls due the review interval after 施行日.
 * 施行日 defaults to today and may not come before the approval.
 */
export async function publishVersion(
  db: Db,
  ctx: OrgContext,
  documentId: string,
  versionId: string,
  input: PublishInput,
  now = new Date(),
): Promise<VersionOut> {
  return writeInOrg(db, ctx, async (tx) => {
    const doc = await readDocument(tx, ctx, documentId, true);
    if (doc.archivedAt) throw conflict("DOCUMENT_ARCHIVED");
    const before = await readVersion(tx, ctx, documentId, versionId, true);
    if (!canMove(before.status as VersionStatus, "published"))
      throw conflict("DOCUMENT_WRONG_STATUS");
    const effectiveOn = input.effectiveOn ?? todayInJapan(now);
    if (before.approvedAt && effectiveOn < todayInJapan(before.approvedAt))
      throw invalidField("effectiveOn", "document_effective_before_approval");
    const previous = await tx
      .select()
      .from(V)
      .where(
        and(eq(V.orgId, ctx.orgId), eq(V.documentId, documentId), inArray(V.status, ["published"])),
      )
      .for("update");
    for (const old of previous) {
      const [superseded] = await tx
        .update(V)
        .set({ status: "superseded", supersededAt: now, updatedAt: now })
        .where(and(eq(V.orgId, ctx.orgId), eq(V.id, old.id)))
        .returning();
      await appendAudit(tx, ctx, {
        entity: VERSION_ENTITY,
        entityId: old.id,
        action: "update",
        changes: diffFields(auditedVersion(old), auditedVersion(superseded ?? null)),
      });
    }
    const [after] = await tx
      .update(V)
      .set({ status: "published", effectiveOn, publishedAt: now, updatedAt: now })
      .where(and(eq(V.orgId, ctx.orgId), eq(V.id, versionId)))
      .returning();
    if (!after) throw notFound();
    await appendAudit(tx, ctx, {
      entity: VERSION_ENTITY,
      entityId: versionId,
      action: "publish",
      changes: diffFields(auditedVersion(before), auditedVersion(after)),
    });
    const [docAfter] = await tx
      .update(D)
      .set({
        currentVersionId: versionId,
        nextReviewOn: nextDue(effectiveOn, doc.reviewIntervalMonths),
        updatedAt: now,
      })
      .where(and(eq(D.orgId, ctx.orgId), eq(D.id, documentId)))
      .returning();
    await appendAudit(tx, ctx, {
      entity: DOCUMENT_ENTITY,
      entityId: documentId,
      action: "update",
      changes: diffFields(auditedDocument(doc), auditedDocument(docAfter ?? null)),
    });
    return presentVersion(after);
  });
}
