// Every table of the product, for Drizzle and drizzle-kit. Each capability owns its tables;
// the write path owns the change counters.

export * from "../modules/activities/activities.tables.ts";
export * from "../modules/appointments/appointments.tables.ts";
export * from "../modules/audit/audit.tables.ts";
export * from "../modules/auth/auth.tables.ts";
export * from "../modules/documents/documents.tables.ts";
export * from "../modules/education/education.tables.ts";
export * from "../modules/files/files.tables.ts";
export * from "../modules/inquiries/inquiries.tables.ts";
export * from "../modules/inventory/inventory.tables.ts";
export * from "../modules/jobs/jobs.tables.ts";
export * from "../modules/legal/legal.tables.ts";
export * from "../modules/mail/mail.tables.ts";
export * from "../modules/notifications/notifications.tables.ts";
export * from "../modules/obligations/obligations.tables.ts";
export * from "../modules/org/org.tables.ts";
export * from "../modules/people/people.tables.ts";
export * from "../modules/personal-links/personal-links.tables.ts";
export * from "../modules/public-page/public-page.tables.ts";
export * from "../modules/reminders/reminders.tables.ts";
export * from "../modules/requirements/requirements.tables.ts";
export * from "../modules/risks/risks.tables.ts";
export * from "../modules/roadmap/roadmap.tables.ts";
export * from "./change-counter.tables.ts";
