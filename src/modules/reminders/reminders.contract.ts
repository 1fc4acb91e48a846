// How the organization wants its PDCA duties reminded (owners and admins get the reminders).
import { z } from "zod";

const fields = {
  enabled: z.boolean(),
  daysBefore: z.number().int().min(0).max(90),
  onDueDay: z.boolean(),
  weeklyWhenOverdue: z.boolean(),
};

export const reminderSettingsInput = z.strictObject(fields);
export type ReminderSettingsInput = z.infer<typeof reminderSettingsInput>;

// Not strict: an answer is serialised to its declared fields, never refused for more.
export const reminderSettingsOut = z.object({
  ...fields,
  /** When the settings were last saved; null = never (the defaults apply). */
  updatedAt: z.string().nullable(),
});
export type ReminderSettingsOut = z.infer<typeof reminderSettingsOut>;
