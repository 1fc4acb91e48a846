// 実施記録: one dated record for every PMS activity (policy approval, education, internal
// audit, management review …), the one truth the readiness rules and the PDCA calendar read.
import { sql } from "drizzle-orm";
import { date, index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";

/** A record of the product the activity points to as evidence (validated on write). */
export type ActivityEvidenceLink = { capability: string; id: string };

export const activityRecord = pgTable(
  "activity_record",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    /** core/activities/kinds.ts key. */
    kind: text("kind").notNull(),
    performedOn: date("performed_on").notNull(),
    /**
     * Who did it: a person of the people register, and their name as it was that day (kept when
     * the person is later renamed or removed, so no foreign key); or an outsider's name alone
     * (a consultant running the education). Null only on migrated rows, whose doer is unknown.
     */
    performedByPersonId: text("performed_by_person_id"),
    performedByName: text("performed_by_name"),
    /** The member (user id) who approves it, named on the record; their name as then. */
    approverUserId: text("approver_user_id"),
    approverName: text("approver_name"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    /** in_product: the approver approved as themself; signed_document: their signed paper. */
    approvalVia: text("approval_via"),
    /** The attached file holding the signed approval (signed_document only). */
    approvalAttachmentId: text("approval_attachment_id"),
    notes: text("notes"),
    evidence: jsonb("evidence").$type<ActivityEvidenceLink[]>().notNull().default(sql`'[]'::jsonb`),
    /** entered, or migrated_tick / migrated_obligation (from the earlier ticks and records). */
    source: text("source").notNull().default("entered"),
    createdBy: text("created_by"),
    createdByName: text("created_by_name"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    // The list's default order (latest first) and the readiness/duty reads by kind.
    index("activity_record_org_day_idx").on(t.orgId, t.performedOn, t.id),
    index("activity_record_org_kind_idx").on(t.orgId, t.kind, t.performedOn),
  ],
);
