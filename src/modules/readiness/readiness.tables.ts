import { boolean, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";

/**
 * A readiness rule the product cannot check from its own records yet (e.g. "resources were
 * secured"): a person ticks it, and the tick records who and when.
 */
export const readinessManualCheck = pgTable(
  "readiness_manual_check",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    ruleId: text("rule_id").notNull(),
    done: boolean("done").notNull(),
    note: text("note"),
    checkedBy: text("checked_by"),
    checkedByName: text("checked_by_name"),
    checkedAt: timestamp("checked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.ruleId] })],
);
