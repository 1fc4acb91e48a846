// Downloads of personal information are worth knowing about: who took which list out of the
// app, and how many rows it held. Called once the file is built and before it is sent, so a
// refused or failed export leaves nothing behind.
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { type AuditInput, appendAudit } from "./audit.service.ts";

/** The lists that can be downloaded (the audit page labels each). */
export type ExportDocument =
  | "inventory_items"
  | "risks"
  | "people"
  | "audit_anchor"
  // One PMS document version (docx, pdf), or every document in force (zip).
  | "documents"
  // 規程類対照表: J items and the documents and clauses answering them.
  | "document_coverage"
  // The people who have not confirmed (signed) a document version, printed to go round with.
  | "document_acknowledgements"
  // The people who have not completed a course (教育), printed where there is no mail.
  | "education_pending"
  // Education records: a session's 出席簿 and 教育実施報告書, a course's report, the plan's
  // 教育実施サマリー (xlsx, pdf) and a person's 修了証.
  | "education_attendance_sheet"
  | "education_report"
  | "education_summary"
  | "education_certificate";
export type ExportFormat = "xlsx" | "pdf" | "json" | "docx" | "zip";

export const EXPORT_ENTITY = "export";

/** The audit event of one download ("risks.pdf", 12 rows). */
export function exportEvent(
  document: ExportDocument,
  format: ExportFormat,
  rows: number,
): AuditInput {
  return {
    entity: EXPORT_ENTITY,
    entityId: `${document}.${format}`,
    action: "export",
    changes: { rows: { old: null, new: rows } },
  };
}

export function recordExport(
  db: Db,
  ctx: OrgContext,
  document: ExportDocument,
  format: ExportFormat,
  rows: number,
): Promise<void> {
  return writeInOrg(db, ctx, (tx) => appendAudit(tx, ctx, exportEvent(document, format, rows)));
}
