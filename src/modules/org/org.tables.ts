import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
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

export type Office = { address: string; business: string };

/** 事業者情報: one row per organization (tenant). */
export const orgProfile = pgTable("org_profile", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  corporateNumber: text("corporate_number"),
  representative: text("representative"),
  headOffice: text("head_office"),
  industry: text("industry"),
  capital: bigint("capital", { mode: "number" }),
  /**
   * The entity has no registered capital (合名・合資会社, 一般社団・財団法人, 個人事業), so the
   * size class goes by staff alone. With capital null and this false, capital is not entered.
   */
  noCapital: boolean("no_capital").notNull().default(false),
  employeeCount: integer("employee_count"),
  offices: jsonb("offices").$type<Office[]>().notNull().default(sql`'[]'::jsonb`),
  scope: text("scope"),
  // 苦情・相談窓口: the desk the public page, the external policy and 公表事項 name (desk.*).
  deskName: text("desk_name"),
  deskAddress: text("desk_address"),
  deskPhone: text("desk_phone"),
  deskEmail: text("desk_email"),
  deskHours: text("desk_hours"),
  /** 認定個人情報保護団体 the organization belongs to, if any (APPI Art. 32 makes it public). */
  accreditedOrgName: text("accredited_org_name"),
  /** 開示等の請求の手数料 as the organization states it (「1件につき1,000円」, 「無料」). */
  requestFee: text("request_fee"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Departments form a tree inside one organization; the parent is in the same organization. */
export const department = pgTable(
  "department",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    name: text("name").notNull(),
    parentId: text("parent_id"),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.parentId], foreignColumns: [t.orgId, t.id] }),
    index("department_parent_idx").on(t.orgId, t.parentId),
  ],
);
