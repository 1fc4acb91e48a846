// Legal register tables (法令等一覧) and its links to register items and departments.
import { sql } from "drizzle-orm";
import {
  date,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";
import { inventoryItem } from "../inventory/index.ts";
import { department } from "../org/index.ts";

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
