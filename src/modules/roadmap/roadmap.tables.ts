import { date, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";

/** The organization's plan for one of the 13 construction steps (作業計画): when. */
export const roadmapStep = pgTable(
  "roadmap_step",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    /** 1 … 13 (docs/domain.md#construction-steps). */
    step: integer("step").notNull(),
    plannedStart: date("planned_start"),
    plannedEnd: date("planned_end"),
    note: text("note"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.step] })],
);

/** A manual task of the work plan, under one construction step. */
export const roadmapTask = pgTable(
  "roadmap_task",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    step: integer("step").notNull(),
    title: text("title").notNull(),
    /** client | consultant: which side does it. */
    owner: text("owner").notNull().default("client"),
    /** The member (user id) who does it, shown on their home screen. */
    assigneeUserId: text("assignee_user_id"),
    dueOn: date("due_on"),
    doneOn: date("done_on"),
    sort: integer("sort").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("roadmap_task_org_step_idx").on(t.orgId, t.step, t.sort),
    index("roadmap_task_assignee_idx").on(t.assigneeUserId),
  ],
);

/**
 * The work plan as a whole (one row per organization): the day construction starts, how often
 * the consultant's sessions are, and the planned application day and expected grant day, which
 * are not construction steps. Written by the default plan, editable afterwards.
 */
export const roadmapPlan = pgTable("roadmap_plan", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  startsOn: date("starts_on"),
  /** weekly | fortnightly | none: the rhythm of the consultant's sessions. */
  sessionCadence: text("session_cadence").notNull().default("none"),
  applicationOn: date("application_on"),
  grantOn: date("grant_on"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
