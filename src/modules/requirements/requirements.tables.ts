import { jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";

/** A link from an assessment to a record in the product that shows the requirement is met. */
export type EvidenceLink = { kind: string; id: string; label?: string | null };

/**
 * The organization's own assessment of one assessable catalogue item (J.x.y): its status,
 * notes and evidence, and the catalogue version it was made against, so adopting a newer
 * version of the catalogue keeps it.
 */
export const requirementAssessment = pgTable(
  "requirement_assessment",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    catalogueId: text("catalogue_id").notNull(),
    /** The item's reference, e.g. "J.3.1.1" (stable across catalogue versions). */
    ref: text("ref").notNull(),
    catalogueVersion: text("catalogue_version").notNull(),
    /** unassessed | conform | partial | nonconform | na */
    status: text("status").notNull().default("unassessed"),
    notes: text("notes"),
    evidence: jsonb("evidence").$type<EvidenceLink[]>().notNull().default([]),
    updatedBy: text("updated_by"),
    updatedByName: text("updated_by_name"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.catalogueId, t.ref] })],
);

/** Which catalogue version the organization works against (absent: the newest). */
export const catalogueAdoption = pgTable(
  "catalogue_adoption",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    catalogueId: text("catalogue_id").notNull(),
    version: text("version").notNull(),
    adoptedAt: timestamp("adopted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.catalogueId] })],
);
