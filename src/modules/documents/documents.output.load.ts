// Reads what a printed document needs (documents.output.model.ts): the version and its
// document, the versions before it (改訂履歴), the organization's name, and the field values —
// those frozen at approval, or today's for a version not yet approved. Every query is scoped
// by the organization: an id of another organization reads as one that does not exist.
import { and, asc, eq, inArray, isNotNull, isNull, lte } from "drizzle-orm";
import type { VersionStatus } from "../../core/documents/status.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { organizationName } from "../exports/index.ts";
import { loadFieldValues } from "./documents.fields.ts";
import { editionText, japaneseDay, type OutputVersion } from "./documents.output.model.ts";
import { pmsDocument, pmsDocumentVersion } from "./documents.tables.ts";

const D = pmsDocument;
const V = pmsDocumentVersion;

type VersionRow = typeof V.$inferSelect;
type DocumentRow = typeof D.$inferSelect;

/** Statuses whose text an approver signed: they carry the approval stamp and frozen values. */
const APPROVED: readonly VersionStatus[] = ["approved", "published", "superseded"];

const dayOf = (moment: Date | null) => (moment ? todayInJapan(moment) : null);

/** The rows the layout needs of one document: all its versions, oldest first. */
async function versionsOf(db: Db, ctx: OrgContext, documentIds: string[]) {
  if (!documentIds.length) return new Map<string, VersionRow[]>();
  const rows = await db
    .select()
    .from(V)
    .where(and(eq(V.orgId, ctx.orgId), inArray(V.documentId, documentIds)))
    .orderBy(asc(V.documentId), asc(V.versionNo));
  const byDocument = new Map<string, VersionRow[]>();
  for (const row of rows)
    byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
  return byDocument;
}

async function assemble(
  db: Db,
  ctx: OrgContext,
  doc: DocumentRow,
  version: VersionRow,
  all: VersionRow[],
  organization: string,
  printedOn: string,
): Promise<OutputVersion> {
  const approved = APPROVED.includes(version.status as VersionStatus);
  // 制定日: the first day any version of the document took effect.
  const establishedOn =
    all
      .map((v) => v.effectiveOn)
      .filter((d): d is string => !!d)
      .sort()[0] ?? null;
  const values =
    approved && version.fieldValues
      ? { ...version.fieldValues }
      : await loadFieldValues(db, ctx.orgId, {
          documentId: doc.id,
          versionNo: version.versionNo,
          effectiveOn: version.effectiveOn,
        });
  // The version's own data is known whatever was frozen: a 施行日 set at publication, after
  // the approval froze the other values, still prints.
  const own: Record<string, string | null> = {
    "doc.number": doc.number,
    "doc.version": editionText(version.versionNo),
    "doc.establishedOn": establishedOn ? japaneseDay(establishedOn) : null,
    "doc.effectiveOn": version.effectiveOn ? japaneseDay(version.effectiveOn) : null,
  };
  for (const [key, value] of Object.entries(own)) if (value) values[key] = value;
  return {
    organization,
    number: doc.number,
    title: doc.title,
    versionNo: version.versionNo,
    status: version.status as VersionStatus,
    establishedOn,
    effectiveOn: version.effectiveOn,
    content: version.content,
    values,
    stamps: {
      // A draft prints empty boxes: nobody has signed its text yet.
      approved: approved
        ? { name: version.approverName, on: dayOf(version.approvedAt) }
        : { name: null, on: null },
      // 確認 is a paper step the product does not record: the box stays for a stamp.
      checked: { name: null, on: null },
      written: approved ? { name: version.updatedByName, on: null } : { name: null, on: null },
    },
    history: all
      .filter(
        (v) =>
          v.versionNo <= version.versionNo &&
          (v.id === version.id || APPROVED.includes(v.status as VersionStatus)),
      )
      .map((v) => ({
        versionNo: v.versionNo,
        effectiveOn: v.effectiveOn,
        changeNote: v.changeNote,
        approverName: APPROVED.includes(v.status as VersionStatus) ? v.approverName : null,
      })),
    printedOn,
  };
}

/** One version of one document, as printed today; 404 when either is not the organization's. */
export async function loadOutputVersion(
  db: Db,
  ctx: OrgContext,
  documentId: string,
  versionId: string,
  now = new Date(),
): Promise<OutputVersion> {
  const [row] = await db
    .select({ doc: D, version: V })
    .from(V)
    .innerJoin(D, and(eq(D.orgId, V.orgId), eq(D.id, V.documentId)))
    .where(and(eq(V.orgId, ctx.orgId), eq(V.documentId, documentId), eq(V.id, versionId)));
  if (!row) throw notFound();
  const [versions, organization] = await Promise.all([
    db
      .select()
      .from(V)
      .where(
        and(
          eq(V.orgId, ctx.orgId),
          eq(V.documentId, documentId),
          lte(V.versionNo, row.version.versionNo),
        ),
      )
      .orderBy(asc(V.versionNo)),
    organizationName(db, ctx),
  ]);
  return assemble(db, ctx, row.doc, row.version, versions, organization, todayInJapan(now));
}

/** What the zip's 文書一覧 lists of each document besides its files. */
export type CurrentDocument = { kind: string; output: OutputVersion };

/**
 * Every document in force: not archived, with a published current version. In number order,
 * as the register lists them.
 */
export async function loadCurrentOutputs(
  db: Db,
  ctx: OrgContext,
  now = new Date(),
): Promise<{ organization: string; documents: CurrentDocument[] }> {
  const rows = await db
    .select({ doc: D, version: V })
    .from(D)
    .innerJoin(V, and(eq(V.orgId, D.orgId), eq(V.id, D.currentVersionId)))
    .where(
      and(
        eq(D.orgId, ctx.orgId),
        isNull(D.archivedAt),
        isNotNull(D.currentVersionId),
        eq(V.status, "published"),
      ),
    )
    .orderBy(asc(D.number), asc(D.id));
  const [all, organization] = await Promise.all([
    versionsOf(
      db,
      ctx,
      rows.map((r) => r.doc.id),
    ),
    organizationName(db, ctx),
  ]);
  const printedOn = todayInJapan(now);
  const out: CurrentDocument[] = [];
  for (const { doc, version } of rows) {
    const mine = (all.get(doc.id) ?? []).filter((v) => v.versionNo <= version.versionNo);
    out.push({
      kind: doc.kind,
      output: await assemble(db, ctx, doc, version, mine, organization, printedOn),
    });
  }
  return { organization, documents: out };
}
