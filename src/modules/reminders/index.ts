// Public API of the reminders capability: the PDCA duties' reminders and their settings.
export { dutyReminderJob, REMINDER_JOB, sendDutyReminders } from "./reminders.job.ts";
export { reminderSent, reminderSetting } from "./reminders.tables.ts";
