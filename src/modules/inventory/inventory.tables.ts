import { sql } from "drizzle-orm";
import {
  bigint,
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
} from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";
import { department } from "../org/index.ts";

/**
 * One 個人情報の項目 of a register row; sensitive marks 要配慮個人情報, myNumber marks
 * 特定個人情報 (My Number data, its own rules; absent on items stored before the flag).
 */
export type DataItem = {
  name: string;
  category?: string | null;
  sensitive: boolean;
  myNumber?: boolean;
};

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
    /** 件数 as the person wrote it ("約500", "１２００", "100〜200"). */
    count: text("count"),
    /** 件数 read as a number (core/registers/record-count.ts); null when the text is not one. */
    countValue: bigint("count_value", { mode: "number" }),
    /** about (約) / at_least (以上) / less_than (未満), or null for an exact figure. */
    countQualifier: text("count_qualifier"),
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
    // Sorting and filtering by 件数.
    index("inventory_item_org_count_idx").on(t.orgId, t.countValue, t.id),
    // The few retired rows: the readiness loader leaves their risk rows out without reading
    // every item's status (risks/risks.readiness.ts).
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
