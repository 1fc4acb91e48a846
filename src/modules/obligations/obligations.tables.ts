import { date, index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";

/**
 * The day a recurring PMS obligation was last done, for the obligations no capability records
 * yet (education, internal audit, management review …). Obligations that have their own
 * records (register review, legal check) are derived from those.
 */
export const obligationRecord = pgTable(
  "obligation_record",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    obligation: text("obligation").notNull(),
    doneOn: date("done_on").notNull(),
    note: text("note"),
    recordedBy: text("recorded_by"),
    recordedByName: text("recorded_by_name"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("obligation_record_org_idx").on(t.orgId, t.obligation, t.doneOn),
  ],
);

/**
 * The secret of the organization's calendar feed (.ics): only its SHA-256 is stored, so the
 * URL cannot be read back from the database; revoking deletes the row.
 */
export const calendarFeed = pgTable("calendar_feed", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdBy: text("created_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
