import { sql } from "drizzle-orm";
import {
  boolean,
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
import type { RiskMatrix } from "../../core/registers/risk-matrix.ts";
import { organization } from "../auth/auth.tables.ts";
import { department } from "../org/org.tables.ts";

/** One 個人情報の項目 of a register row; sensitive marks 要配慮個人情報. */
export type DataItem = { name: string; category?: string | null; sensitive: boolean };

/**
 * 個人情報管理台帳: one row per kind of personal information the organization handles
 * (fields: core/registers/inventory-fields.ts). Enumerable values are stored as text codes.
 */
export const inventoryItem = pgTable(
  "inventory_item",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    name: text("name").notNull(),
    departmentId: text("department_id"),
    subjectCategories: jsonb("subject_categories")
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    dataItems: jsonb("data_items").$type<DataItem[]>().notNull().default(sql`'[]'::jsonb`),
    infoType: text("info_type").notNull().default("personal"),
    /** A number or a range/estimate as written ("約500", "100〜200"). */
    count: text("count"),
    medium: text("medium"),
    acquisition: jsonb("acquisition").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    purpose: text("purpose"),
    noticeMethod: text("notice_method"),
    consentRequired: boolean("consent_required"),
    consentBasis: text("consent_basis"),
    storageLocation: text("storage_location"),
    storageMethod: text("storage_method"),
    accessHolders: jsonb("access_holders").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    usePeriod: text("use_period"),
    retentionPeriod: text("retention_period"),
    disposalMethod: text("disposal_method"),
    outsourced: boolean("outsourced"),
    outsourcee: text("outsourcee"),
    thirdPartyProvision: boolean("third_party_provision"),
    recipients: text("recipients"),
    jointUse: boolean("joint_use"),
    foreignRecipient: boolean("foreign_recipient"),
    foreignCountry: text("foreign_country"),
    retainedPersonalData: boolean("retained_personal_data"),
    sensitive: boolean("sensitive"),
    identifiedOn: date("identified_on"),
    lastReviewedOn: date("last_reviewed_on"),
    status: text("status").notNull().default("active"),
    /**
     * Folded text the list search matches (name, purpose, data items, subjects, outsourcee):
     * maintained by the trigger inventory_item_search (migration 0003) so every writer, bulk
     * imports included, keeps it right. Never returned by the API.
     */
    searchText: text("search_text"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      columns: [t.orgId, t.departmentId],
      foreignColumns: [department.orgId, department.id],
    }),
    // The default list order (by name, then id): page 1 is an index range, not a sort.
    index("inventory_item_org_name_idx").on(t.orgId, t.name, t.id),
    index("inventory_item_org_dept_idx").on(t.orgId, t.departmentId),
    // The few retired rows: the readiness loader leaves their risk rows out without reading
    // every item's status (readiness.snapshot-register.ts).
    index("inventory_item_org_retired_idx").on(t.orgId, t.id).where(sql`status <> 'active'`),
  ],
);

/** The lifecycle flow of one register row: who does what, where, on which medium, by phase. */
export const inventoryFlowStep = pgTable(
  "inventory_flow_step",
  {
    orgId: text("org_id").notNull(),
    itemId: text("item_id").notNull(),
    sort: integer("sort").notNull(),
    phase: text("phase").notNull(),
    who: text("who"),
    what: text("what"),
    where: text("where_"),
    medium: text("medium"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.itemId, t.sort] }),
    foreignKey({
      columns: [t.orgId, t.itemId],
      foreignColumns: [inventoryItem.orgId, inventoryItem.id],
    }).onDelete("cascade"),
  ],
);

/** The organization's risk matrix (absent: the 3×3 preset applies). */
export const riskMatrix = pgTable("risk_matrix", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  definition: jsonb("definition").$type<RiskMatrix>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * リスク分析: one row per register item × lifecycle phase × assumed risk. Levels are not
 * stored: they follow from likelihood × impact on the organization's current matrix, so a
 * matrix change re-scores every row at once (a value no longer on an axis scores as null).
 */
export const inventoryRisk = pgTable(
  "inventory_risk",
  {
    orgId: text("org_id").notNull(),
    id: text("id").notNull(),
    itemId: text("item_id").notNull(),
    phase: text("phase").notNull(),
    /** core/registers/risk-library.ts RISK_KINDS. */
    kind: text("kind").notNull(),
    description: text("description").notNull(),
    likelihood: integer("likelihood").notNull(),
    impact: integer("impact").notNull(),
    countermeasure: text("countermeasure"),
    residualLikelihood: integer("residual_likelihood"),
    residualImpact: integer("residual_impact"),
    /** Who formally accepted the residual risk (a name as written), and on which day. */
    acceptedBy: text("accepted_by"),
    acceptedOn: date("accepted_on"),
    /** The next review (見直し予定日). */
    reviewOn: date("review_on"),
    /** The last yearly review (見直し日), recorded even when nothing had to change. */
    lastReviewedOn: date("last_reviewed_on"),
    /** The library suggestion the row started from, if any. */
    suggestionId: text("suggestion_id"),
    /** Folded description and countermeasure, kept by the trigger inventory_risk_search. */
    searchText: text("search_text"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      columns: [t.orgId, t.itemId],
      foreignColumns: [inventoryItem.orgId, inventoryItem.id],
    }).onDelete("cascade"),
    index("inventory_risk_org_item_idx").on(t.orgId, t.itemId, t.phase),
    index("inventory_risk_org_cell_idx").on(t.orgId, t.likelihood, t.impact),
  ],
);

/**
 * 法令等一覧: the laws, guidelines and standards the organization must follow, either picked
 * from the shipped catalogue (lawId) or its own (lawId null, name given), with who last
 * checked the entry against the current text and when.
 */
export const legalRequirement = pgTable(
  "legal_requirement",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    /** core/registers/law-catalogue.ts id; null for the organization's own entries. */
    lawId: text("law_id"),
    /** Own entries' name; for catalogue entries an optional local label. */
    name: text("name"),
    kind: text("kind").notNull(),
    /** The articles that matter to this organization, as written ("17条, 23条"). */
    articles: text("articles"),
    /** What the organization must do because of it, in its own words (遵守事項). */
    obligations: text("obligations"),
    checkedBy: text("checked_by"),
    checkedOn: date("checked_on"),
    notes: text("notes"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("legal_requirement_org_law_uq")
      .on(t.orgId, t.lawId)
      .where(sql`${t.lawId} is not null`),
  ],
);

/** Which register items a legal requirement applies to. */
export const legalRequirementItem = pgTable(
  "legal_requirement_item",
  {
    orgId: text("org_id").notNull(),
    requirementId: text("requirement_id").notNull(),
    itemId: text("item_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.requirementId, t.itemId] }),
    foreignKey({
      columns: [t.orgId, t.requirementId],
      foreignColumns: [legalRequirement.orgId, legalRequirement.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.orgId, t.itemId],
      foreignColumns: [inventoryItem.orgId, inventoryItem.id],
    }).onDelete("cascade"),
    index("legal_requirement_item_item_idx").on(t.orgId, t.itemId),
  ],
);

/** Which departments a legal requirement applies to. */
export const legalRequirementDepartment = pgTable(
  "legal_requirement_department",
  {
    orgId: text("org_id").notNull(),
    requirementId: text("requirement_id").notNull(),
    departmentId: text("department_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.requirementId, t.departmentId] }),
    foreignKey({
      columns: [t.orgId, t.requirementId],
      foreignColumns: [legalRequirement.orgId, legalRequirement.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.orgId, t.departmentId],
      foreignColumns: [department.orgId, department.id],
    }).onDelete("cascade"),
  ],
);
