// お問い合わせ: what outsiders send through the public page's form (questions, complaints,
// requests for disclosure and the like), kept for the PMS office to handle.
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";

export const inquiry = pgTable(
  "inquiry",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    /** 受付番号 shown to the sender (random, so it says nothing of how many came before). */
    referenceNo: text("reference_no").notNull(),
    /** question | complaint | disclosure_request | other (core/inquiries/categories.ts). */
    category: text("category").notNull(),
    name: text("name").notNull(),
    email: text("email"),
    phone: text("phone"),
    message: text("message").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    /** new | in_progress | closed. */
    status: text("status").notNull().default("new"),
    /** The office's own notes on how it was handled. */
    notes: text("notes"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedByName: text("updated_by_name"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("inquiry_org_reference_uq").on(t.orgId, t.referenceNo),
    // The list: newest first, all or one status.
    index("inquiry_org_received_idx").on(t.orgId, t.receivedAt, t.id),
    index("inquiry_org_status_idx").on(t.orgId, t.status, t.receivedAt, t.id),
  ],
);
