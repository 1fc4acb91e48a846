// In-app notifications (one row per recipient) and each member's choice of channel.
import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { organization, user } from "../auth/index.ts";

/**
 * One notification as one user of the organization received it. One notifyUsers call gives
 * every recipient the same id (one event, many copies), so the key is (org, user, id): every
 * read and write names the user, and an id never reaches another user's row. The payload holds
 * the values the kind's text needs (never secrets); title and body are made from it in the
 * reader's language when listed. `link` is a path of the web app, never an outside address.
 */
export const notification = pgTable(
  "notification",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    link: text("link").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId, t.id] }),
    // The bell's list, newest first: an index range, not a sort.
    index("notification_recent_idx").on(
      t.orgId,
      t.userId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    // Only unread rows: the unread count (asked every minute by every open page) and the
    // unread filter read this small index, whatever the number of old notifications.
    index("notification_unread_idx")
      .on(t.orgId, t.userId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.readAt} is null`),
  ],
);

/**
 * How a member of an organization wants to be told: in the app only, or by mail too (the
 * default, also when no row exists), and in which language mail is written (null: Japanese).
 */
export const notificationPreference = pgTable(
  "notification_preference",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    channel: text("channel").notNull().default("mail"),
    lang: text("lang"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId] }),
    check("notification_preference_channel", sql`${t.channel} in ('in_app', 'mail')`),
    check("notification_preference_lang", sql`${t.lang} is null or ${t.lang} in ('ja', 'en')`),
  ],
);
