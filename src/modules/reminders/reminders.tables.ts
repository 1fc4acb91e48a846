// Reminders of the PDCA duties: how the organization wants to be reminded, and which
// reminders went out (so each is sent once, however often the job runs or restarts).
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";

export const reminderSetting = pgTable(
  "reminder_setting",
  {
    orgId: text("org_id")
      .primaryKey()
      .references(() => organization.id, { onDelete: "cascade" }),
    enabled: boolean("enabled").notNull().default(true),
    /** Remind this many days before the due day (0 = not before). */
    daysBefore: integer("days_before").notNull().default(14),
    onDueDay: boolean("on_due_day").notNull().default(true),
    weeklyWhenOverdue: boolean("weekly_when_overdue").notNull().default(true),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("reminder_setting_days_before", sql`${t.daysBefore} between 0 and 90`)],
);

export const reminderSent = pgTable(
  "reminder_sent",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    /** The duty (core/obligations catalogue key). */
    dutyKey: text("duty_key").notNull(),
    /**
     * The due day the reminder was about: a new due day starts its reminders afresh. For a
     * duty never done, the day the organization started (its weeks count from there).
     */
    dueOn: date("due_on").notNull(),
    /**
     * before | due | overdue-<week> (overdue-1 in the first week after the due day …); for a
     * duty never done never-<week> (never-1 in the start's first week …), or never (once).
     */
    stage: text("stage").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.dutyKey, t.dueOn, t.stage] })],
);
