// The document register's part of readiness (文書管理): every document in use with its version
// in force and the version being written, reduced to the J items they answer (one statement),
// then the confirmations of the internal policy in force (one more). The rules
// (core/readiness/rules/documents.ts) replace the policy, communication and internal-rules
// records that were ticked or recorded by hand.
import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { clauseRefs, type DocumentContent } from "../../core/documents/content.ts";
import type { DocumentKind } from "../../core/documents/status.ts";
import {
  DOCUMENT_RULES,
  internalPolicy,
  type SnapshotAcknowledgement,
  type SnapshotDocument,
  type SnapshotDocumentVersion,
} from "../../core/readiness/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import type { ReadinessProvider } from "../readiness/index.ts";
import { acknowledgementStatus } from "./documents.acknowledgements.status.ts";
import { OPEN_STATUSES } from "./documents.present.ts";
import { pmsDocument, pmsDocumentVersion } from "./documents.tables.ts";

const D = pmsDocument;
const cur = alias(pmsDocumentVersion, "cur");
const openV = alias(pmsDocumentVersion, "open_v");

/**
 * Whether the version's approver was the person appointed as top management on the day of
 * approval: their account's e-mail is that person's (the way the approver is suggested).
 */
const byTopManagement = (v: typeof cur | typeof openV): SQL<boolean | null> => sql`case
  when ${v.approvedAt} is null then null
  else exists (select 1 from "user" u
    join person p on p.org_id = ${v.orgId} and lower(p.email) = lower(u.email)
    join appointment a on a.org_id = p.org_id and a.person_id = p.id
      and a.role = 'top_management'
      and a.from_date <= (${v.approvedAt} at time zone 'Asia/Tokyo')::date
      and (a.to_date is null or a.to_date >= (${v.approvedAt} at time zone 'Asia/Tokyo')::date)
    where u.id = ${v.approverUserId}) end`;

const versionColumns = (v: typeof cur | typeof openV) => ({
  id: v.id,
  versionNo: v.versionNo,
  status: v.status,
  content: v.content,
  approvedAt: v.approvedAt,
  approverName: v.approverName,
  approvedByTopManagement: byTopManagement(v),
});

type VersionRow = {
  id: string | null;
  versionNo: number | null;
  status: string | null;
  content: DocumentContent | null;
  approvedAt: Date | null;
  approverName: string | null;
  approvedByTopManagement: boolean | null;
};

/** A left-joined version: null (or all columns null) when the document has none. */
function version(v: VersionRow | null): SnapshotDocumentVersion | null {
  if (v === null || v.id === null || v.versionNo === null || v.status === null) return null;
  return {
    id: v.id,
    versionNo: v.versionNo,
    status: v.status,
    clauseRefs: v.content ? clauseRefs(v.content).flatMap((c) => c.refs) : [],
    approvedOn: v.approvedAt ? todayInJapan(v.approvedAt) : null,
    approverName: v.approverName,
    approvedByTopManagement: v.approvedByTopManagement,
  };
}

/** Every document not archived, at its version in force and its open version (one statement). */
export async function loadDocumentFacts(db: Db, orgId: string): Promise<SnapshotDocument[]> {
  const rows = await db
    .select({
      id: D.id,
      number: D.number,
      title: D.title,
      kind: D.kind,
      audience: D.audience,
      templateKey: D.templateKey,
      approverRole: D.approverRole,
      jRefs: D.jRefs,
      nextReviewOn: D.nextReviewOn,
      cur: versionColumns(cur),
      open: versionColumns(openV),
    })
    .from(D)
    // In force: the document's current version, while it is the published one.
    .leftJoin(
      cur,
      and(eq(cur.orgId, D.orgId), eq(cur.id, D.currentVersionId), eq(cur.status, "published")),
    )
    .leftJoin(
      openV,
      and(
        eq(openV.orgId, D.orgId),
        eq(openV.documentId, D.id),
        inArray(openV.status, [...OPEN_STATUSES]),
      ),
    )
    .where(and(eq(D.orgId, orgId), isNull(D.archivedAt)));
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    kind: r.kind as DocumentKind,
    audience: r.audience,
    templateKey: r.templateKey,
    approverRole: r.approverRole,
    jRefs: r.jRefs,
    nextReviewOn: r.nextReviewOn,
    current: version(r.cur),
    open: version(r.open),
  }));
}

export const documentsReadiness: ReadinessProvider = {
  id: "documents",
  // Documents and their versions; confirmations; people joining or leaving change who counts
  // as current staff for the policy's communication.
  // Appointments: the policy counts only when approved by the appointed top management.
  reads: [
    "pms_document",
    "pms_document_version",
    "pms_document_acknowledgement",
    "person",
    "appointment",
  ],
  rules: DOCUMENT_RULES,
  async load(db, ctx, { today }) {
    const documents = await loadDocumentFacts(db, ctx.orgId);
    // The policy is chosen as the rules choose it; its confirmations need its version's id.
    const inForce = internalPolicy(documents)?.current ?? null;
    let policyAcknowledgement: SnapshotAcknowledgement | null = null;
    if (inForce) {
      const status = await acknowledgementStatus(db, ctx.orgId, inForce.id, { today });
      policyAcknowledgement = {
        versionId: inForce.id,
        targets: status.targets,
        confirmed: status.confirmed,
      };
    }
    return (snapshot) => {
      snapshot.documents = documents;
      snapshot.policyAcknowledgement = policyAcknowledgement;
    };
  },
};
