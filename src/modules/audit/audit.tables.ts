import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";

export type FieldChange = { old: unknown; new: unknown };

/**
 * Append-only audit trail, chained per organization (seq 1, 2, 3 … inside each org) with
 * HMAC-SHA256 under a key kept outside the database (see audit-hash.ts for the design).
 * content_mac / actor_mac are null on events of an old unkeyed chain (plain SHA-256) that
 * could not be upgraded because it was already broken.
 */
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
    /** HMAC of org, seq, entity, entity id, action, changes and time. */
    contentMac: text("content_mac"),
    /** HMAC of org, seq, actor user id and actor name. */
    actorMac: text("actor_mac"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.seq] }),
    index("audit_event_entity_idx").on(t.orgId, t.entity, t.entityId),
    index("audit_event_at_idx").on(t.orgId, t.at),
  ],
);

/**
 * The head of each organization's chain; updating it serialises appends within one org.
 * `mac` (HMAC of org, seq, hash) stops a head moved back over deleted events without the key;
 * `key_id` names the key (a fingerprint, not the key) the chain is written with. Both are
 * null on an old unkeyed chain.
 */
export const auditHead = pgTable("audit_head", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  seq: bigint("seq", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
  mac: text("mac"),
  keyId: text("key_id"),
});
