// Risk analysis tables: the organization's risk matrix and the risk rows of each register item.
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import type { RiskMatrix } from "../../core/registers/risk-matrix.ts";
import { organization } from "../auth/index.ts";
import { inventoryItem } from "../inventory/index.ts";

/** The organization's risk matrix (absent: the 3×3 preset applies). */
export const riskMatrix = pgTable("risk_matrix", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  definition: jsonb("definition").$type<RiskMatrix>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * リスク分析: one row per register item × lifecycle phase × assumed risk. Levels are not
 * stored: they follow from likelihood × impact on the organization's current matrix, so a
 * matrix change re-scores every row at once (a value no longer on an axis scores as null).
 */
export const inventoryRisk = pgTable(
  "inventory_risk",
  {
    orgId: text("org_id").notNull(),
    id: text("id").notNull(),
    itemId: text("item_id").notNull(),
    phase: text("phase").notNull(),
    /** core/registers/risk-library.ts RISK_KINDS. */
    kind: text("kind").notNull(),
    description: text("description").notNull(),
    likelihood: integer("likelihood").notNull(),
    impact: integer("impact").notNull(),
    countermeasure: text("countermeasure"),
    residualLikelihood: integer("residual_likelihood"),
    residualImpact: integer("residual_impact"),
    /** Who formally accepted the residual risk (a name as written), and on which day. */
    acceptedBy: text("accepted_by"),
    acceptedOn: date("accepted_on"),
    /** The next review (見直し予定日). */
    reviewOn: date("review_on"),
    /**
     * The last review (見直し日), set only by the 見直し済み action (risks.review.ts): edits and
     * imports never move it.
     */
    lastReviewedOn: date("last_reviewed_on"),
    /** Who recorded that review (the user's name then); null on reviews recorded before 0017. */
    lastReviewedBy: text("last_reviewed_by"),
    /**
     * The day a person last set or confirmed the ratings (likelihood, impact, residual values),
     * and who (the user's name then). Null: 未評価 — the row came from a suggestion with the
     * library's typical ratings and nobody has looked at them yet; readiness leaves it out.
     */
    assessedOn: date("assessed_on"),
    assessedBy: text("assessed_by"),
    /** The library suggestion the row started from, if any. */
    suggestionId: text("suggestion_id"),
    /** Folded description and countermeasure, kept by the trigger inventory_risk_search. */
    searchText: text("search_text"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      columns: [t.orgId, t.itemId],
      foreignColumns: [inventoryItem.orgId, inventoryItem.id],
    }).onDelete("cascade"),
    index("inventory_risk_org_item_idx").on(t.orgId, t.itemId, t.phase),
    index("inventory_risk_org_cell_idx").on(t.orgId, t.likelihood, t.impact),
  ],
);
