import { date, foreignKey, index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";
import { department } from "../org/index.ts";
import { person } from "../people/index.ts";

/** PMS appointments (体制): who holds which PMS role, in which period. A domain record, not an access role. */
export const appointment = pgTable(
  "appointment",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    role: text("role").notNull(),
    personId: text("person_id").notNull(),
    departmentId: text("department_id"),
    fromDate: date("from_date").notNull(),
    toDate: date("to_date"),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [person.orgId, person.id] }),
    foreignKey({
      columns: [t.orgId, t.departmentId],
      foreignColumns: [department.orgId, department.id],
    }),
    index("appointment_org_role_idx").on(t.orgId, t.role),
  ],
);
