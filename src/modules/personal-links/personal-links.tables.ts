import { sql } from "drizzle-orm";
import {
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";
import { person } from "../people/index.ts";

/**
 * 本人用リンク: a link for a person of the organization who has no account. Only the SHA-256
 * of its secret is stored, so the URL cannot be read back from the database; it exists only
 * in the answer (or printed sheet) of the request that issued it.
 */
export const personalLink = pgTable(
  "personal_link",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    personId: text("person_id").notNull(),
    /** A key of PERSONAL_LINK_PURPOSES (src/core/personal-links/purposes.ts). */
    purpose: text("purpose").notNull(),
    /**
     * What the link is for within its purpose, when a person holds one per thing: the course
     * (education gives one link per person per course). Null: one link for the purpose.
     */
    subjectId: text("subject_id"),
    tokenHash: text("token_hash").notNull(),
    createdBy: text("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: text("revoked_by"),
    /** "revoke" (by hand) or "reissue" (replaced by a new link). */
    revokedReason: text("revoked_reason"),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    useCount: integer("use_count").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    // Cascade: a link means nothing without its person, and a restriction would make deleting
    // a person fail for a reason the people register cannot name. Both the person's delete and
    // each link's events stay in the audit trail.
    foreignKey({
      columns: [t.orgId, t.personId],
      foreignColumns: [person.orgId, person.id],
    }).onDelete("cascade"),
    // One live (not revoked) link per person, purpose and subject; issuing anew revokes the
    // old one.
    uniqueIndex("personal_link_live_uq")
      .on(t.orgId, t.personId, t.purpose, sql`coalesce(${t.subjectId}, '')`)
      .where(sql`${t.revokedAt} is null`),
    // The public page finds a link by its secret alone (no organization in the URL).
    uniqueIndex("personal_link_token_hash_uq").on(t.tokenHash),
    index("personal_link_person_idx").on(t.orgId, t.personId),
    // The list's default order (newest first).
    index("personal_link_org_created_idx").on(t.orgId, t.createdAt, t.id),
  ],
);
