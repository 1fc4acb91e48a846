// 文書管理台帳 (document register): list, read, create, change, archive and delete the PMS
// documents. A document is created with its first version as a draft, so there is always a
// version to write in. Versions and their moves are in documents.versions.ts and
// documents.approval.ts; every write is one audited transaction.
import { randomUUID } from "node:crypto";
import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  ne,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DocumentContent } from "../../core/documents/content.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { conflict, invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import { person } from "../people/index.ts";
import { escapeLike } from "../shared/sql-helpers.ts";
import type {
  DocumentInputParsed,
  DocumentListItem,
  DocumentListQuery,
  DocumentOut,
  DocumentPatch,
} from "./documents.contract.ts";
import {
  auditedDocument,
  auditedVersion,
  DOCUMENT_ENTITY,
  type DocumentRow,
  kindLabel,
  OPEN_STATUSES,
  presentVersionSummary,
  VERSION_ENTITY,
} from "./documents.present.ts";
import { suggestedApprover } from "./documents.suggest.ts";
import { pmsDocument, pmsDocumentVersion } from "./documents.tables.ts";

const D = pmsDocument;
const V = pmsDocumentVersion;
const cur = alias(pmsDocumentVersion, "cur");
const openV = alias(pmsDocumentVersion, "open_v");

const EMPTY: DocumentContent = { type: "doc", content: [{ type: "paragraph" }] };

/** The document with its version in force, its open version and its owner's name. */
function selectDocuments(db: Db | Tx) {
  return db
    .select({
      doc: D,
      currentVersionNo: cur.versionNo,
      effectiveOn: cur.effectiveOn,
      openVersionId: openV.id,
      openVersionNo: openV.versionNo,
      openStatus: openV.status,
      ownerName: person.name,
    })
    .from(D)
    .leftJoin(cur, and(eq(cur.orgId, D.orgId), eq(cur.id, D.currentVersionId)))
    .leftJoin(
      openV,
      and(
        eq(openV.orgId, D.orgId),
        eq(openV.documentId, D.id),
        inArray(openV.status, [...OPEN_STATUSES]),
      ),
    )
    .leftJoin(person, and(eq(person.orgId, D.orgId), eq(person.id, D.ownerPersonId)));
}
type Joined = Awaited<ReturnType<ReturnType<typeof selectDocuments>["where"]>>[number];

function presentListItem(r: Joined, today: string): DocumentListItem {
  const d = r.doc;
  return {
    id: d.id,
    number: d.number,
    title: d.title,
    kind: d.kind,
    kindLabel: kindLabel(d.kind),
    audience: d.audience,
    approverRole: d.approverRole,
    ownerPersonId: d.ownerPersonId,
    ownerName: r.ownerName,
    currentVersionId: d.currentVersionId,
    currentVersionNo: r.currentVersionNo,
    effectiveOn: r.effectiveOn,
    openVersionId: r.openVersionId,
    openVersionNo: r.openVersionNo,
    openStatus: r.openStatus,
    nextReviewOn: d.nextReviewOn,
    reviewOverdue: !d.archivedAt && !!d.nextReviewOn && d.nextReviewOn < today,
    archived: !!d.archivedAt,
    updatedAt: d.updatedAt.toISOString(),
  };
}

const ORDER: Record<DocumentListQuery["sort"], SQL[]> = {
  number: [asc(D.number), asc(D.id)],
  "-number": [desc(D.number), desc(D.id)],
  title: [asc(D.title), asc(D.id)],
  "-title": [desc(D.title), desc(D.id)],
  nextReviewOn: [sql`${D.nextReviewOn} asc nulls last`, asc(D.id)],
  "-nextReviewOn": [sql`${D.nextReviewOn} desc nulls last`, desc(D.id)],
  updatedAt: [asc(D.updatedAt), asc(D.id)],
  "-updatedAt": [desc(D.updatedAt), desc(D.id)],
};

function hasVersionIn(status: string): SQL {
  return sql`exists (select 1 from ${V} where ${V.orgId} = ${D.orgId}
    and ${V.documentId} = ${D.id} and ${V.status} = ${status})`;
}

export async function listDocuments(
  db: Db,
  ctx: OrgContext,
  q: DocumentListQuery,
  now = new Date(),
) {
  const today = todayInJapan(now);
  const where: SQL[] = [eq(D.orgId, ctx.orgId)];
  where.push(q.archived ? isNotNull(D.archivedAt) : isNull(D.archivedAt));
  if (q.kind) where.push(eq(D.kind, q.kind));
  if (q.audience) where.push(eq(D.audience, q.audience));
  if (q.status) where.push(hasVersionIn(q.status));
  if (q.reviewOverdue === true) where.push(lt(D.nextReviewOn, today));
  if (q.reviewOverdue === false)
    where.push(or(isNull(D.nextReviewOn), sql`${D.nextReviewOn} >= ${today}`) as SQL);
  if (q.q) {
    const term = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(D.number, term), ilike(D.title, term)) as SQL);
  }
  const filter = and(...where);
  const [rows, [total]] = await Promise.all([
    selectDocuments(db)
      .where(filter)
      .orderBy(...ORDER[q.sort])
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(D).where(filter),
  ]);
  return {
    items: rows.map((r) => presentListItem(r, today)),
    total: total?.n ?? 0,
    nextCursor: null,
  };
}

/** The document row, locked for update when asked; 404 for an id of another organization. */
export async function readDocument(
  db: Db | Tx,
  ctx: OrgContext,
  id: string,
  lock = false,
): Promise<DocumentRow> {
  const query = db
    .select()
    .from(D)
    .where(and(eq(D.orgId, ctx.orgId), eq(D.id, id)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}

export async function getDocument(
  db: Db | Tx,
  ctx: OrgContext,
  id: string,
  now = new Date(),
): Promise<DocumentOut> {
  const [joined] = await selectDocuments(db).where(and(eq(D.orgId, ctx.orgId), eq(D.id, id)));
  if (!joined) throw notFound();
  const versions = await db
    .select()
    .from(V)
    .where(and(eq(V.orgId, ctx.orgId), eq(V.documentId, id)))
    .orderBy(desc(V.versionNo));
  const d = joined.doc;
  return {
    ...presentListItem(joined, todayInJapan(now)),
    templateKey: d.templateKey,
    retentionYears: d.retentionYears,
    reviewIntervalMonths: d.reviewIntervalMonths,
    jRefs: d.jRefs,
    archivedAt: d.archivedAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
    versions: versions.map(presentVersionSummary),
    hasHistory: versions.some((v) => v.approvedAt !== null),
    suggestedApprover: await suggestedApprover(db, ctx.orgId, d.approverRole, now),
  };
}

async function checkNumberFree(tx: Tx, ctx: OrgContext, number: string, except?: string) {
  const [taken] = await tx
    .select({ id: D.id })
    .from(D)
    .where(
      and(
        eq(D.orgId, ctx.orgId),
        sql`lower(${D.number}) = lower(${number})`,
        ...(except ? [ne(D.id, except)] : []),
      ),
    );
  if (taken) throw conflict("DOCUMENT_NUMBER_TAKEN", "number");
}

async function checkOwner(tx: Tx, ctx: OrgContext, personId: string | null | undefined) {
  if (!personId) return;
  const [row] = await tx
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.orgId, ctx.orgId), eq(person.id, personId)));
  if (!row) throw invalidField("ownerPersonId", "document_owner_unknown");
}

/** What a new document starts from: its metadata, its text, and the template it came from. */
export type NewDocument = DocumentInputParsed & {
  content?: DocumentContent;
  templateKey?: string | null;
  changeNote?: string | null;
};

/**
 * Inserts a document and its first version (a draft) inside the caller's write, with both
 * create events: the one way documents are created (blank here, from a template in
 * documents.templates.ts). The content must already be checked (core/documents/content.ts).
 */
export async function insertDocumentWithDraft(
  tx: Tx,
  ctx: OrgContext,
  input: NewDocument,
): Promise<{ id: string; versionId: string }> {
  await checkNumberFree(tx, ctx, input.number);
  await checkOwner(tx, ctx, input.ownerPersonId);
  const id = randomUUID();
  const versionId = randomUUID();
  const [doc] = await tx
    .insert(D)
    .values({
      orgId: ctx.orgId,
      id,
      number: input.number,
      title: input.title,
      kind: input.kind,
      audience: input.audience,
      templateKey: input.templateKey ?? null,
      ownerPersonId: input.ownerPersonId ?? null,
      approverRole:
        input.approverRole ?? (input.kind === "policy" ? "top_management" : "pms_manager"),
      retentionYears: input.retentionYears ?? null,
      reviewIntervalMonths: input.reviewIntervalMonths,
      jRefs: input.jRefs,
    })
    .returning();
  const [version] = await tx
    .insert(V)
    .values({
      orgId: ctx.orgId,
      id: versionId,
      documentId: id,
      versionNo: 1,
      status: "draft",
      content: input.content ?? EMPTY,
      changeNote: input.changeNote ?? null,
      createdBy: ctx.userId,
      updatedBy: ctx.userId,
      updatedByName: ctx.userName,
    })
    .returning();
  if (!doc || !version) throw new Error("insert returned nothing");
  await appendAudit(tx, ctx, {
    entity: DOCUMENT_ENTITY,
    entityId: id,
    action: "create",
    changes: diffFields(null, auditedDocument(doc)),
  });
  await appendAudit(tx, ctx, {
    entity: VERSION_ENTITY,
    entityId: versionId,
    action: "create",
    changes: diffFields(null, auditedVersion(version)),
  });
  return { id, versionId };
}

/** Creates a document with an empty first draft (or the text given). */
export async function createDocument(db: Db, ctx: OrgContext, input: NewDocument) {
  return writeInOrg(db, ctx, (tx) => insertDocumentWithDraft(tx, ctx, input));
}

export async function updateDocument(
  db: Db,
  ctx: OrgContext,
  id: string,
  patch: DocumentPatch,
  now = new Date(),
): Promise<DocumentOut> {
  await writeInOrg(db, ctx, async (tx) => {
    const before = await readDocument(tx, ctx, id, true);
    if (patch.number !== undefined) await checkNumberFree(tx, ctx, patch.number, id);
    if (patch.ownerPersonId !== undefined) await checkOwner(tx, ctx, patch.ownerPersonId);
    const [after] = await tx
      .update(D)
      .set({ ...patch, updatedAt: now })
      .where(and(eq(D.orgId, ctx.orgId), eq(D.id, id)))
      .returning();
    if (!after) throw notFound();
    await appendAudit(tx, ctx, {
      entity: DOCUMENT_ENTITY,
      entityId: id,
      action: "update",
      changes: diffFields(auditedDocument(before), auditedDocument(after)),
    });
  });
  return getDocument(db, ctx, id, now);
}

/**
 * Archives a document no longer used (廃止) or brings it back: its versions stay as they are,
 * it leaves the list of documents in use and its review stops counting as overdue.
 */
export async function setArchived(
  db: Db,
  ctx: OrgContext,
  id: string,
  archived: boolean,
  now = new Date(),
): Promise<DocumentOut> {
  await writeInOrg(db, ctx, async (tx) => {
    const before = await readDocument(tx, ctx, id, true);
    const [after] = await tx
      .update(D)
      .set({ archivedAt: archived ? (before.archivedAt ?? now) : null, updatedAt: now })
      .where(and(eq(D.orgId, ctx.orgId), eq(D.id, id)))
      .returning();
    if (!after) throw notFound();
    await appendAudit(tx, ctx, {
      entity: DOCUMENT_ENTITY,
      entityId: id,
      action: archived ? "archive" : "restore",
      changes: diffFields(auditedDocument(before), auditedDocument(after)),
    });
  });
  return getDocument(db, ctx, id, now);
}

/**
 * Deletes a document that never had an approved version (a draft begun by mistake). Once a
 * version was approved the document is part of the PMS record: 409, archive it instead.
 */
export async function deleteDocument(db: Db, ctx: OrgContext, id: string) {
  await writeInOrg(db, ctx, async (tx) => {
    const before = await readDocument(tx, ctx, id, true);
    const versions = await tx
      .select()
      .from(V)
      .where(and(eq(V.orgId, ctx.orgId), eq(V.documentId, id)))
      .for("update");
    if (versions.some((v) => v.approvedAt !== null)) throw conflict("DOCUMENT_HAS_HISTORY");
    await tx.delete(D).where(and(eq(D.orgId, ctx.orgId), eq(D.id, id)));
    for (const v of versions)
      await appendAudit(tx, ctx, {
        entity: VERSION_ENTITY,
        entityId: v.id,
        action: "delete",
        changes: diffFields(auditedVersion(v), null),
      });
    await appendAudit(tx, ctx, {
      entity: DOCUMENT_ENTITY,
      entityId: id,
      action: "delete",
      changes: diffFields(auditedDocument(before), null),
    });
  });
}
