// 文書管理: the PMS documents (方針・規程・手順・様式・記録), every version with its full text, and
// who was asked to read or sign which version and when they did (周知・誓約).
import { sql } from "drizzle-orm";
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { DocumentContent } from "../../core/documents/content.ts";
import { organization } from "../auth/index.ts";
import { person } from "../people/index.ts";

export const pmsDocument = pgTable(
  "pms_document",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    /** 文書番号, unique in the organization (e.g. "PMS-01"). */
    number: text("number").notNull(),
    title: text("title").notNull(),
    /** policy | rule | procedure | form | record (core/documents/kinds.ts). */
    kind: text("kind").notNull(),
    /** internal, or external (the policy and the notices shown to the public). */
    audience: text("audience").notNull().default("internal"),
    /** The starter template it was written from (core/documents/templates), if any. */
    templateKey: text("template_key"),
    /** 文書の管理責任者: a person of the people register (who then cannot be deleted). */
    ownerPersonId: text("owner_person_id"),
    /** Whose approval makes a version effective: top_management or pms_manager. */
    approverRole: text("approver_role").notNull().default("pms_manager"),
    /** 保存期間 in years; null: kept while in force and for the default period. */
    retentionYears: integer("retention_years"),
    reviewIntervalMonths: integer("review_interval_months").notNull().default(12),
    nextReviewOn: date("next_review_on"),
    /** J items answered by the document as a whole (clauses carry their own in the text). */
    jRefs: jsonb("j_refs").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** The version in force (published), when there is one. */
    currentVersionId: text("current_version_id"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("pms_document_org_number_uq").on(t.orgId, sql`lower(${t.number})`),
    index("pms_document_org_number_idx").on(t.orgId, t.number, t.id),
    foreignKey({
      name: "pms_document_owner_fk",
      columns: [t.orgId, t.ownerPersonId],
      foreignColumns: [person.orgId, person.id],
    }),
  ],
);

export const pmsDocumentVersion = pgTable(
  "pms_document_version",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    documentId: text("document_id").notNull(),
    /** 版: 1, 2, 3 … in the order versions were opened. */
    versionNo: integer("version_no").notNull(),
    /** draft → in_review → approved → published → superseded (core/documents/status.ts). */
    status: text("status").notNull().default("draft"),
    content: jsonb("content").$type<DocumentContent>().notNull(),
    /**
     * The organization's data as it was filled into the fields when the version was approved;
     * null while a draft, whose fields show today's data.
     */
    fieldValues: jsonb("field_values").$type<Record<string, string | null>>(),
    /** Bumped by every save: a save based on an older revision is a conflict (409). */
    revision: integer("revision").notNull().default(1),
    /** 改訂内容: what changed and why, shown in the revision history. */
    changeNote: text("change_note"),
    approverUserId: text("approver_user_id"),
    approverName: text("approver_name"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    /** The activity record the approval wrote (policy_approval, rules_established …). */
    approvalActivityId: text("approval_activity_id"),
    /** 施行日. */
    effectiveOn: date("effective_on"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    supersededAt: timestamp("superseded_at", { withTimezone: true }),
    createdBy: text("created_by"),
    updatedBy: text("updated_by"),
    updatedByName: text("updated_by_name"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("pms_document_version_no_uq").on(t.orgId, t.documentId, t.versionNo),
    // At most one version being written or waiting to be published per document.
    uniqueIndex("pms_document_version_open_uq")
      .on(t.orgId, t.documentId)
      .where(sql`status in ('draft', 'in_review', 'approved')`),
    foreignKey({
      name: "pms_document_version_document_fk",
      columns: [t.orgId, t.documentId],
      foreignColumns: [pmsDocument.orgId, pmsDocument.id],
    }).onDelete("cascade"),
  ],
);

/**
 * One person asked to read (read) or to sign (pledge) one version, and when they did. The rows
 * are written when the version is sent out; acknowledgedAt stays null until the person confirms.
 */
export const pmsDocumentAcknowledgement = pgTable(
  "pms_document_acknowledgement",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    documentId: text("document_id").notNull(),
    versionId: text("version_id").notNull(),
    /** A person with confirmations on record cannot be deleted (mark them as left instead). */
    personId: text("person_id").notNull(),
    /** read (周知の確認) or pledge (誓約). */
    kind: text("kind").notNull(),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    requestedBy: text("requested_by"),
    dueOn: date("due_on"),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    /** A pledge: the name the person typed and the day they signed. */
    typedName: text("typed_name"),
    signedOn: date("signed_on"),
    /** link (their personal link), account (signed in), or paper (entered from a signed sheet). */
    via: text("via"),
    personalLinkId: text("personal_link_id"),
    lastRemindedAt: timestamp("last_reminded_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("pms_document_ack_person_uq").on(t.orgId, t.versionId, t.personId, t.kind),
    index("pms_document_ack_version_idx").on(t.orgId, t.versionId, t.acknowledgedAt),
    index("pms_document_ack_person_idx").on(t.orgId, t.personId),
    foreignKey({
      name: "pms_document_ack_version_fk",
      columns: [t.orgId, t.versionId],
      foreignColumns: [pmsDocumentVersion.orgId, pmsDocumentVersion.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "pms_document_ack_person_fk",
      columns: [t.orgId, t.personId],
      foreignColumns: [person.orgId, person.id],
    }),
  ],
);
