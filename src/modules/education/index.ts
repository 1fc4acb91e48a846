// Public API of the education capability (教育): other capabilities import only this file.
// The yearly plan, its courses, who is assigned what, and the completions that readiness and
// the PDCA calendar read.
export {
  educationAssignment,
  educationAttempt,
  educationAttendance,
  educationCourse,
  educationPlan,
  educationSession,
} from "./education.tables.ts";
