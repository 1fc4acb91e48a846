// 実施記録 (activity records): zod contracts shared by the API and the web form. A record says
// what PMS activity happened on which day, who did it, who approves it (top management's acts),
// which records of the product it rests on, and carries attached files (files capability).
import { z } from "zod";
import { ACTIVITY_KINDS } from "../../core/activities/kinds.ts";
import {
  isoDate,
  listQuery,
  optionalIsoDate,
  optionalText,
  text,
} from "../shared/contract-helpers.ts";

const kind = z.enum(ACTIVITY_KINDS, { error: "invalid_value" });
const refId = z.string({ error: "invalid_type" }).min(1, { error: "required" }).max(64);

/** The records of the product an activity may point to as evidence (inventory_risk: a risk row). */
export const EVIDENCE_CAPABILITIES = [
  "inventory_item",
  "legal_requirement",
  "person",
  "inventory_risk",
] as const;
export type EvidenceCapability = (typeof EVIDENCE_CAPABILITIES)[number];

const evidenceLink = z.strictObject({
  capability: z.enum(EVIDENCE_CAPABILITIES, { error: "invalid_value" }),
  id: refId,
});

const fields = {
  kind,
  /** The day it was done; not after today. */
  performedOn: isoDate,
  /** A person of the people register … */
  performedByPersonId: refId.nullable().optional(),
  /** … or, for an outsider (a consultant, a lecturer), their name. */
  performedByName: z.union([text(100, "single"), z.null()]).optional(),
  /** A member (user id) with the approve permission; required for top management's acts. */
  approverUserId: refId.nullable().optional(),
  notes: optionalText(2000),
  evidence: z.array(evidenceLink, { error: "invalid_type" }).max(20, { error: "too_many_items" }),
};

type Shape = { performedByPersonId?: string | null; performedByName?: string | null };
function checkPerformer(v: Shape, ctx: z.RefinementCtx) {
  if (!v.performedByPersonId && !v.performedByName)
    ctx.addIssue({
      code: "custom",
      message: "activity_performer_required",
      path: ["performedByPersonId"],
    });
}

export const activityInput = z
  .strictObject({ ...fields, evidence: fields.evidence.default([]) })
  .superRefine(checkPerformer);
export type ActivityInput = z.infer<typeof activityInput>;

// No defaults (they would reset fields a PATCH does not mention); the performer rule is
// checked by the service on the merged record.
export const activityPatch = z.strictObject(fields).partial();
export type ActivityPatch = z.infer<typeof activityPatch>;

export const APPROVAL_STATES = ["pending", "approved", "not_needed"] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

export const activityListQuery = listQuery.extend({
  kind: kind.optional(),
  /** Performed on or after this day. */
  from: optionalIsoDate,
  /** Performed on or before this day. */
  to: optionalIsoDate,
  approval: z.enum(APPROVAL_STATES).optional(),
});
export type ActivityListQuery = z.infer<typeof activityListQuery>;

/** The records waiting for the caller's approval: paging only. */
export const awaitingApprovalQuery = listQuery.pick({ page: true, limit: true });
export type AwaitingApprovalQuery = z.infer<typeof awaitingApprovalQuery>;

export const signedApprovalInput = z.strictObject({
  /** An attachment of this record: the document the approver signed. */
  attachmentId: refId,
});
export type SignedApprovalInput = z.infer<typeof signedApprovalInput>;

const bilingual = z.object({ ja: z.string(), en: z.string() });

export const activityOut = z.object({
  id: z.string(),
  kind: z.string(),
  kindLabel: bilingual,
  performedOn: z.string(),
  performedByPersonId: z.string().nullable(),
  performedByName: z.string().nullable(),
  approverUserId: z.string().nullable(),
  approverName: z.string().nullable(),
  /** pending: named approver, not approved yet; not_needed: no approver and none required. */
  approval: z.enum(APPROVAL_STATES),
  approvedAt: z.string().nullable(),
  approvalVia: z.enum(["in_product", "signed_document"]).nullable(),
  approvalAttachmentId: z.string().nullable(),
  /** The kind is top management's act: it counts only once approved. */
  needsApproval: z.boolean(),
  notes: z.string().nullable(),
  /**
   * name: null when the record pointed to was deleted since. itemId: a risk row's register item
   * (the risk analysis opens filtered by it); null for the other records.
   */
  evidence: z.array(
    z.object({
      capability: z.string(),
      id: z.string(),
      name: z.string().nullable(),
      itemId: z.string().nullable(),
    }),
  ),
  source: z.enum(["entered", "migrated_tick", "migrated_obligation"]),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActivityOut = z.infer<typeof activityOut>;
