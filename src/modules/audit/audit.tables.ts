import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { organization } from "../auth/auth.tables.ts";

export type FieldChange = { old: unknown; new: unknown };

/** Append-only audit trail, hash-chained per organization (seq 1, 2, 3 … inside each org). */
export const auditEvent = pgTable(
  "audit_event",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    seq: bigint("seq", { mode: "number" }).notNull(),
    actorUserId: text("actor_user_id"),
    actorName: text("actor_name"),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    changes: jsonb("changes").$type<Record<string, FieldChange>>().notNull(),
    at: timestamp("at", { withTimezone: true, precision: 3 }).notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.seq] }),
    index("audit_event_entity_idx").on(t.orgId, t.entity, t.entityId),
    index("audit_event_at_idx").on(t.orgId, t.at),
  ],
);

/** The head of each organization's chain; updating it serialises appends within one org. */
export const auditHead = pgTable("audit_head", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  seq: bigint("seq", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
});
