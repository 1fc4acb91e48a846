// Notifications (お知らせ): zod contracts shared by the API and the web app. Every route is
// about the caller's own notifications and preference in one organization.
import { z } from "zod";
import { listQuery } from "../shared/contract-helpers.ts";

const flag = z.enum(["true", "false"], { error: "invalid_value" }).transform((v) => v === "true");

/** Newest first; `unread=true` keeps only the unread ones. No search: a short-lived list. */
export const notificationListQuery = listQuery.pick({ limit: true, page: true }).extend({
  unread: flag.optional(),
});
export type NotificationListQuery = z.infer<typeof notificationListQuery>;

export const notificationOut = z.object({
  id: z.string(),
  kind: z.string(),
  /** Plain text in the caller's language (never HTML: the web app renders it as text). */
  title: z.string(),
  body: z.string(),
  /** A path of the web app (/orgs/<orgId>/…). */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationOut = z.infer<typeof notificationOut>;

export const unreadCountOut = z.object({ count: z.number().int() });
export const markAllReadOut = z.object({ updated: z.number().int() });

export const notificationChannels = ["in_app", "mail"] as const;
export type NotificationChannel = (typeof notificationChannels)[number];
export const mailLanguages = ["ja", "en"] as const;

/** In the app only, or by mail too; the language of the mails (null: Japanese). */
export const notificationPreferenceInput = z.strictObject({
  channel: z.enum(notificationChannels, { error: "invalid_value" }),
  lang: z.enum(mailLanguages, { error: "invalid_value" }).nullable().optional(),
});
export type NotificationPreferenceInput = z.infer<typeof notificationPreferenceInput>;

export const notificationPreferenceOut = z.object({
  channel: z.enum(notificationChannels),
  lang: z.enum(mailLanguages).nullable(),
});
export type NotificationPreferenceOut = z.infer<typeof notificationPreferenceOut>;
