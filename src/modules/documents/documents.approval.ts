// Approving a document version: the approver's own act, as for activity records. Only the
// member named on the version approves, as themself (anyone else 403). Approval freezes the
// organization's data filled into the fields (so the approved text never changes when, say,
// the representative changes later) and writes the activity record the readiness rules read:
// the internal policy's approval, or the establishment of a rule, procedure or form.
import { and, eq } from "drizzle-orm";
import type { ActivityKind } from "../../core/activities/index.ts";
import type { VersionStatus } from "../../core/documents/status.ts";
import { canMove } from "../../core/documents/status.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { AppError, conflict, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { recordActivityFromCapability } from "../activities/index.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import type { VersionOut } from "./documents.contract.ts";
import { loadFieldValues } from "./documents.fields.ts";
import {
  auditedVersion,
  type DocumentRow,
  presentVersion,
  VERSION_ENTITY,
} from "./documents.present.ts";
import { readDocument } from "./documents.service.ts";
import { pmsDocumentVersion } from "./documents.tables.ts";
import { readVersion } from "./documents.versions.ts";

const V = pmsDocumentVersion;

/** The activity an approval is: the internal policy's approval, or rules established. */
export function approvalActivityKind(
  doc: Pick<DocumentRow, "kind" | "audience">,
): ActivityKind | null {
  if (doc.kind === "policy") return doc.audience === "internal" ? "policy_approval" : null;
  if (doc.kind === "rule" || doc.kind === "procedure" || doc.kind === "form")
    return "rules_established";
  return null;
}

export async function approveVersion(
  db: Db,
  ctx: OrgContext,
  documentId: string,
  versionId: string,
  now = new Date(),
): Promise<VersionOut> {
  return writeInOrg(db, ctx, async (tx) => {
    const doc = await readDocument(tx, ctx, documentId, true);
    const before = await readVersion(tx, ctx, documentId, versionId, true);
    if (before.approverUserId !== ctx.userId)
      throw new AppError("forbidden", "DOCUMENT_NOT_APPROVER");
    if (!canMove(before.status as VersionStatus, "approved"))
      throw conflict("DOCUMENT_WRONG_STATUS");
    const fieldValues = await loadFieldValues(tx, ctx.orgId, {
      documentId,
      versionNo: before.versionNo,
      effectiveOn: before.effectiveOn,
    });
    const kind = approvalActivityKind(doc);
    // The approver's name as it is today (the account may have been renamed since review).
    const approverName = ctx.userName;
    const activityId = kind
      ? await recordActivityFromCapability(tx, ctx, {
          kind,
          performedOn: todayInJapan(now),
          performedByName: approverName,
          approverUserId: ctx.userId,
          approverName,
          approvedAt: now,
          notes: `${doc.number} ${doc.title} 第${before.versionNo}版の承認（文書管理）`,
        })
      : null;
    const [after] = await tx
      .update(V)
      .set({
        status: "approved",
        approvedAt: now,
        approverName,
        fieldValues,
        approvalActivityId: activityId,
        updatedAt: now,
      })
      .where(and(eq(V.orgId, ctx.orgId), eq(V.id, versionId)))
      .returning();
    if (!after) throw notFound();
    await appendAudit(tx, ctx, {
      entity: VERSION_ENTITY,
      entityId: versionId,
      action: "approve",
      changes: diffFields(auditedVersion(before), auditedVersion(after)),
    });
    return presentVersion(after);
  });
}
