// Public API of the education capability (教育): other capabilities import only this file.
// The yearly plan, its courses, who is assigned what, and the completions that readiness and
// the PDCA calendar read.

// Delivery: assigning a course (the bench assigns 3,000 people), the hourly reminders and the
// daily joiners/leavers sync the job runner schedules.
export { assignCourse } from "./education.assign.ts";
export { educationReminderJob } from "./education.reminders.job.ts";
// 教育実施サマリー of a plan (the bench builds it for 3,000 people).
export { buildEducationSummary, type EducationSummary } from "./education.summary.ts";
export { educationSyncJob } from "./education.sync.job.ts";
export {
  educationAssignment,
  educationAttempt,
  educationAttendance,
  educationCourse,
  educationPlan,
  educationSession,
} from "./education.tables.ts";
