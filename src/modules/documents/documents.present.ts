// Rows of the documents tables as the API answers them, and the columns an audit event shows.
import {
  DOCUMENT_KIND_LABELS,
  type DocumentKind,
  VERSION_STATUS_LABELS,
  type VersionStatus,
} from "../../core/documents/status.ts";
import type { Bilingual } from "../../core/i18n-text.ts";
import type { VersionOut, VersionSummary } from "./documents.contract.ts";
import type { pmsDocument, pmsDocumentVersion } from "./documents.tables.ts";

export type DocumentRow = typeof pmsDocument.$inferSelect;
export type VersionRow = typeof pmsDocumentVersion.$inferSelect;

export const DOCUMENT_ENTITY = "pms_document";
export const VERSION_ENTITY = "pms_document_version";

/** The states of a version still being worked on (at most one per document). */
export const OPEN_STATUSES: readonly VersionStatus[] = ["draft", "in_review", "approved"];

export const kindLabel = (kind: string): Bilingual =>
  DOCUMENT_KIND_LABELS[kind as DocumentKind] ?? { ja: kind, en: kind };
export const statusLabel = (status: string): Bilingual =>
  VERSION_STATUS_LABELS[status as VersionStatus] ?? { ja: status, en: status };

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentVersionSummary(v: VersionRow): VersionSummary {
  return {
    id: v.id,
    versionNo: v.versionNo,
    status: v.status,
    statusLabel: statusLabel(v.status),
    approverUserId: v.approverUserId,
    approverName: v.approverName,
    approvedAt: iso(v.approvedAt),
    effectiveOn: v.effectiveOn,
    changeNote: v.changeNote,
    updatedByName: v.updatedByName,
    updatedAt: v.updatedAt.toISOString(),
  };
}

export function presentVersion(v: VersionRow): VersionOut {
  return {
    ...presentVersionSummary(v),
    documentId: v.documentId,
    content: v.content,
    fieldValues: v.fieldValues ?? null,
    revision: v.revision,
    publishedAt: iso(v.publishedAt),
    supersededAt: iso(v.supersededAt),
    approvalActivityId: v.approvalActivityId,
  };
}

/** A document's columns for its audit events (no tenant id, no row timestamps). */
export function auditedDocument(r: DocumentRow | null) {
  if (!r) return null;
  const { orgId: _o, createdAt: _c, updatedAt: _u, ...rest } = r;
  return { ...rest, archivedAt: iso(r.archivedAt) };
}

/**
 * A version's columns for its audit events. The text itself is not copied into the trail (it
 * can be 2 MB and every save would repeat it); the revision and a length say that it changed,
 * and the version keeps the text.
 */
export function auditedVersion(r: VersionRow | null) {
  if (!r) return null;
  const {
    orgId: _o,
    createdAt: _c,
    updatedAt: _u,
    content,
    fieldValues,
    updatedBy: _ub,
    updatedByName: _un,
    ...rest
  } = r;
  return {
    ...rest,
    textLength: JSON.stringify(content).length,
    fieldValues: fieldValues ?? null,
    approvedAt: iso(r.approvedAt),
    publishedAt: iso(r.publishedAt),
    supersededAt: iso(r.supersededAt),
  };
}
