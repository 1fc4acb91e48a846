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
import { organization, user } from "../auth/index.ts";
import { department } from "../org/index.ts";

/** 従業者: everyone who works for the organization, officers and dispatched workers included. */
export const person = pgTable(
  "person",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    name: text("name").notNull(),
    kana: text("kana"),
    /** 社員番号 as the organization numbers its staff; re-import matches on it first. */
    employeeNumber: text("employee_number"),
    email: text("email"),
    departmentId: text("department_id"),
    employmentType: text("employment_type").notNull(),
    joinedOn: date("joined_on"),
    leftOn: date("left_on"),
    userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      columns: [t.orgId, t.departmentId],
      foreignColumns: [department.orgId, department.id],
    }),
    // Re-import matches people by e-mail, so it is unique inside an organization (case-insensitive).
    uniqueIndex("person_org_email_uq").on(t.orgId, sql`lower(${t.email})`),
    // Re-import matches on 社員番号 before anything else, so it names one person.
    uniqueIndex("person_org_employee_number_uq").on(t.orgId, t.employeeNumber),
    // The default list order (by reading, then id): page 1 is an index range, not a sort.
    index("person_org_sort_idx").on(t.orgId, sql`coalesce(${t.kana}, ${t.name})`, t.id),
    index("person_org_dept_idx").on(t.orgId, t.departmentId),
  ],
);
