// Approving an activity record: top management's own act. In the product only the member named
// as approver may approve, as themself; a document they signed on paper may stand in for it,
// attached to the record by whoever records activities (the approval names the file, and
// readiness counts it only while that file stays attached). Withdrawing an approval is the
// approver's own act too; an approval on paper may also be withdrawn by whoever records
// activities (it was they who recorded it, e.g. the wrong file).
import { and, eq } from "drizzle-orm";
import { can } from "../../core/access/permissions.ts";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import { AppError, invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import { attachment } from "../files/index.ts";
import type { ActivityOut, SignedApprovalInput } from "./activities.contract.ts";
import { askApprover } from "./activities.notify.ts";
import { evidenceNames, present } from "./activities.present.ts";
import { ACTIVITY_ENTITY, ACTIVITY_OWNER, audited } from "./activities.service.ts";
import { activityRecord } from "./activities.tables.ts";

const T = activityRecord;

type Approval = { via: "in_product" } | { via: "signed_document"; attachmentId: string };

async function approve(
  db: Db,
  ctx: OrgContext,
  id: string,
  approval: Approval,
  lang: Lang,
  now: Date,
): Promise<ActivityOut> {
  return writeInOrg(db, ctx, async (tx) => {
    const where = and(eq(T.orgId, ctx.orgId), eq(T.id, id));
    const [before] = await tx.select().from(T).where(where).for("update");
    if (!before) throw notFound();
    if (!before.approverUserId)
      throw new AppError("validation", "ACTIVITY_NO_APPROVER", {
        approverUserId: { key: "activity_approver_required" },
      });
    if (approval.via === "in_product" && before.approverUserId !== ctx.userId)
      throw new AppError("forbidden", "ACTIVITY_NOT_APPROVER");
    if (before.approvedAt) throw new AppError("conflict", "ACTIVITY_ALREADY_APPROVED");
    if (approval.via === "signed_document") {
      const [file] = await tx
        .select({ id: attachment.id })
        .from(attachment)
        .where(
          and(
            eq(attachment.orgId, ctx.orgId),
            eq(attachment.id, approval.attachmentId),
            eq(attachment.ownerCapability, ACTIVITY_OWNER),
            eq(attachment.ownerId, id),
          ),
        )
        .for("share");
      if (!file) throw invalidField("attachmentId", "activity_signed_document_unknown");
    }
    const [after] = await tx
      .update(T)
      .set({
        approvedAt: now,
        approvalVia: approval.via,
        approvalAttachmentId: approval.via === "signed_document" ? approval.attachmentId : null,
        updatedAt: now,
      })
      .where(where)
      .returning();
    if (!after) throw notFound();
    await appendAudit(tx, ctx, {
      entity: ACTIVITY_ENTITY,
      entityId: id,
      action: "approve",
      changes: diffFields(audited(before), audited(after)),
    });
    return present(after, await evidenceNames(tx, ctx.orgId, [after], lang));
  });
}

/** The named approver approves the record as themself (403 for anyone else). */
export const approveActivity = (
  db: Db,
  ctx: OrgContext,
  id: string,
  lang: Lang,
  now = new Date(),
) => approve(db, ctx, id, { via: "in_product" }, lang, now);

/** Records the approver's signature on paper: a file attached to this record. */
export const recordSignedApproval = (
  db: Db,
  ctx: OrgContext,
  id: string,
  input: SignedApprovalInput,
  lang: Lang,
  now = new Date(),
) => approve(db, ctx, id, { via: "signed_document", attachmentId: input.attachmentId }, lang, now);

/**
 * Takes an approval back: the record waits for its approver again and readiness stops counting
 * it. The approver themself may; for an approval on paper also a role that records activities.
 * 409 when the record is not approved. The approver is told when someone else withdrew it.
 */
export async function withdrawApproval(
  db: Db,
  ctx: OrgContext,
  id: string,
  lang: Lang,
  now = new Date(),
): Promise<ActivityOut> {
  return writeInOrg(db, ctx, async (tx) => {
    const where = and(eq(T.orgId, ctx.orgId), eq(T.id, id));
    const [before] = await tx.select().from(T).where(where).for("update");
    if (!before) throw notFound();
    if (!before.approvedAt) throw new AppError("conflict", "ACTIVITY_NOT_APPROVED");
    const mine = before.approverUserId === ctx.userId;
    const onPaper = before.approvalVia === "signed_document" && can(ctx.role, "activities.write");
    if (!mine && !onPaper) throw new AppError("forbidden", "ACTIVITY_WITHDRAW_NOT_ALLOWED");
    const [after] = await tx
      .update(T)
      .set({ approvedAt: null, approvalVia: null, approvalAttachmentId: null, updatedAt: now })
      .where(where)
      .returning();
    if (!after) throw notFound();
    await appendAudit(tx, ctx, {
      entity: ACTIVITY_ENTITY,
      entityId: id,
      action: "withdraw_approval",
      changes: diffFields(audited(before), audited(after)),
    });
    await askApprover(tx, ctx, after);
    return present(after, await evidenceNames(tx, ctx.orgId, [after], lang));
  });
}
