import { pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";

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
