// How the organization wants its PDCA duties reminded (owners and admins get the reminders).
import { z } from "zod";

export const reminderSettingsInput = z.strictObject({
  enabled: z.boolean(),
  daysBefore: z.number().int().min(0).max(90),
  onDueDay: z.boolean(),
  weeklyWhenOverdue: z.boolean(),
});
export type ReminderSettingsInput = z.infer<typeof reminderSettingsInput>;

export const reminderSettingsOut = reminderSettingsInput.extend({
  /** When the settings were last saved; null = never (the defaults apply). */
  updatedAt: z.string().nullable(),
});
export type ReminderSettingsOut = z.infer<typeof reminderSettingsOut>;
