// Activity records written by another capability as part of its own act: approving a PMS
// document in the product (文書管理) is the policy approval or the establishment of the rules,
// so the approval writes the dated record the readiness rules and the PDCA calendar read. It
// runs inside the caller's transaction (the caller's writeInOrg), with its own create event.
import { randomUUID } from "node:crypto";
import type { ActivityKind } from "../../core/activities/index.ts";
import type { Tx } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import { ACTIVITY_ENTITY, audited } from "./activities.service.ts";
import { activityRecord } from "./activities.tables.ts";

export interface CapabilityActivity {
  kind: ActivityKind;
  /** YYYY-MM-DD: the day it happened (the approval day, in Japan). */
  performedOn: string;
  /** Who did it: the approver, by name (the record keeps the name as it was). */
  performedByName: string;
  /** The member who approved, as themself in the product. */
  approverUserId: string;
  approverName: string;
  approvedAt: Date;
  /** What the record is about, in the organization's words (e.g. the document and its 版). */
  notes: string;
}

/** Writes an approved activity record inside the caller's write; returns its id. */
export async function recordActivityFromCapability(
  tx: Tx,
  ctx: OrgContext,
  input: CapabilityActivity,
): Promise<string> {
  const id = randomUUID();
  const [row] = await tx
    .insert(activityRecord)
    .values({
      orgId: ctx.orgId,
      id,
      kind: input.kind,
      performedOn: input.performedOn,
      performedByName: input.performedByName,
      approverUserId: input.approverUserId,
      approverName: input.approverName,
      approvedAt: input.approvedAt,
      approvalVia: "in_product",
      notes: input.notes,
      evidence: [],
      source: "entered",
      createdBy: ctx.userId,
      createdByName: ctx.userName,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  await appendAudit(tx, ctx, {
    entity: ACTIVITY_ENTITY,
    entityId: id,
    action: "create",
    changes: diffFields(null, audited(row)),
  });
  return id;
}
