// What people without the register's read permission see of the documents: every member
// reads the internal documents in force (the rules they work by), and a member named as
// approver sees the versions waiting for them. Nothing else of the register.
import { and, asc, count, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import type { PublishedDocumentOut } from "./documents.contract.ts";
import { kindLabel } from "./documents.present.ts";
import { pmsDocument, pmsDocumentVersion } from "./documents.tables.ts";

type Page = { page: number; limit: number };

const D = pmsDocument;
const V = pmsDocumentVersion;

/** Internal documents in force, not archived, by number. */
function inForce(ctx: OrgContext) {
  return and(
    eq(D.orgId, ctx.orgId),
    eq(D.audience, "internal"),
    isNull(D.archivedAt),
    eq(V.status, "published"),
  );
}

export async function listPublishedDocuments(db: Db, ctx: OrgContext, q: Page) {
  const join = and(eq(V.orgId, D.orgId), eq(V.id, D.currentVersionId));
  const [rows, [total]] = await Promise.all([
    db
      .select({ d: D, v: V })
      .from(D)
      .innerJoin(V, join)
      .where(inForce(ctx))
      .orderBy(asc(D.number), asc(D.id))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(D).innerJoin(V, join).where(inForce(ctx)),
  ]);
  return {
    items: rows.map(({ d, v }) => ({
      id: d.id,
      number: d.number,
      title: d.title,
      kind: d.kind,
      kindLabel: kindLabel(d.kind),
      versionNo: v.versionNo,
      effectiveOn: v.effectiveOn,
    })),
    total: total?.n ?? 0,
    nextCursor: null,
  };
}

export async function getPublishedDocument(
  db: Db,
  ctx: OrgContext,
  id: string,
): Promise<PublishedDocumentOut> {
  const [row] = await db
    .select({ d: D, v: V })
    .from(D)
    .innerJoin(V, and(eq(V.orgId, D.orgId), eq(V.id, D.currentVersionId)))
    .where(and(inForce(ctx), eq(D.id, id)));
  if (!row) throw notFound();
  return {
    id: row.d.id,
    number: row.d.number,
    title: row.d.title,
    kind: row.d.kind,
    versionNo: row.v.versionNo,
    effectiveOn: row.v.effectiveOn,
    content: row.v.content,
    fieldValues: row.v.fieldValues ?? null,
  };
}

/** Versions naming the caller as approver, waiting for them, oldest request first. */
export async function listAwaitingMyApproval(db: Db, ctx: OrgContext, q: Page) {
  const filter = and(
    eq(V.orgId, ctx.orgId),
    eq(V.approverUserId, ctx.userId),
    eq(V.status, "in_review"),
  );
  const join = and(eq(D.orgId, V.orgId), eq(D.id, V.documentId));
  const [rows, [total]] = await Promise.all([
    db
      .select({ d: D, v: V })
      .from(V)
      .innerJoin(D, join)
      .where(filter)
      .orderBy(asc(V.updatedAt), asc(V.id))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(V).where(filter),
  ]);
  return {
    items: rows.map(({ d, v }) => ({
      documentId: d.id,
      versionId: v.id,
      number: d.number,
      title: d.title,
      kind: d.kind,
      kindLabel: kindLabel(d.kind),
      versionNo: v.versionNo,
      changeNote: v.changeNote,
      requestedAt: v.updatedAt.toISOString(),
    })),
    total: total?.n ?? 0,
    nextCursor: null,
  };
}

/**
 * The version in force of a document (its text and frozen field values), or null while none is
 * published or the document is archived: what other capabilities (the public page, exports)
 * show of a document.
 */
export async function currentPublishedVersion(
  db: Db | Tx,
  orgId: string,
  documentId: string,
): Promise<(typeof V.$inferSelect & { number: string; title: string }) | null> {
  const [row] = await db
    .select({ d: D, v: V })
    .from(D)
    .innerJoin(V, and(eq(V.orgId, D.orgId), eq(V.id, D.currentVersionId)))
    .where(
      and(
        eq(D.orgId, orgId),
        eq(D.id, documentId),
        isNull(D.archivedAt),
        eq(V.status, "published"),
      ),
    );
  return row ? { ...row.v, number: row.d.number, title: row.d.title } : null;
}
