// Per organization and audited entity, how many write transactions changed it. Bumped by the
// write path (write-path.ts) in the writing transaction; caches (the readiness report) key on
// the counters of what they read, so any process sees every other process's writes.
import { bigint, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { organization } from "../modules/auth/index.ts";

export const orgChange = pgTable(
  "org_change",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    /** The audit event's entity (inventory_item, person, …). */
    entity: text("entity").notNull(),
    counter: bigint("counter", { mode: "number" }).notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.entity] })],
);
