// The contract of the education records (教育の記録): classroom and remote sessions, their
// attendance, follow-ups (補講), the summary of the plan and the 理解度 of a course. Shared
// with the web app's 集合・オンライン研修 and 報告書・理解度 tabs.
import { z } from "zod";
import { id, isoDate, listResult, optionalText, text } from "../shared/contract-helpers.ts";

export const SESSION_KINDS = ["classroom", "remote"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const ATTENDANCE_STATUSES = ["invited", "present", "absent"] as const;
/** More than any organization's staff: one request records a whole company's session. */
export const MAX_ATTENDANCE_ENTRIES = 10_000;

const enumError = (iss: { input?: unknown }) =>
  iss.input === undefined ? "required" : "invalid_value";

const orgId = z.string().max(200);
export const sessionParams = z.object({ orgId, sessionId: z.string().max(200) });
export const sessionCourseParams = z.object({ orgId, courseId: z.string().max(200) });
export const sessionPlanParams = z.object({ orgId, planId: z.string().max(200) });
export const assignmentParams = z.object({ orgId, assignmentId: z.string().max(200) });

/** HH:MM on a 24-hour clock; empty and null mean "not set". */
const optionalTime = z
  .union([
    z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "education_time" }),
    z.literal(""),
    z.null(),
  ])
  .optional()
  .transform((v) => (v ? v : null));

/** A meeting address: https only (a link people click from the invitation), or not set. */
export function isHttpsUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return url.protocol === "https:" && url.hostname.length > 0;
  } catch {
    return false;
  }
}
const meetingUrl = z
  .union([text(2000, "single"), z.null()])
  .optional()
  .transform((v) => (v === "" || v === undefined ? null : v))
  .refine((v) => v === null || isHttpsUrl(v), { error: "education_https_only" });

const sessionFields = {
  kind: z.enum(SESSION_KINDS, { error: enumError }),
  title: optionalText(200),
  heldOn: isoDate,
  startsAt: optionalTime,
  endsAt: optionalTime,
  place: optionalText(200),
  meetingUrl,
  instructorName: optionalText(100),
  notes: optionalText(4000),
};

type Times = { startsAt?: string | null; endsAt?: string | null };
/** HH:MM strings compare as times. */
export const endsAfterStarts = (t: Times) => !t.startsAt || !t.endsAt || t.endsAt > t.startsAt;

/**
 * Who is invited: the course's assignees who have not completed it, all its assignees, or
 * people by id (each must be an assignee of the course).
 */
export const sessionInvite = z.union([
  z.enum(["not_completed", "all_assigned"], { error: enumError }),
  z.array(id).max(MAX_ATTENDANCE_ENTRIES, { error: "too_many_items" }),
]);

export const sessionInput = z
  .strictObject({ ...sessionFields, invite: sessionInvite.default("not_completed") })
  .refine(endsAfterStarts, { error: "education_ends_before_starts", path: ["endsAt"] });
export type SessionInput = z.input<typeof sessionInput>;

/** Edits a session; who is invited changes through attendance (or a follow-up). */
export const sessionPatch = z
  .strictObject(sessionFields)
  .partial()
  .refine(endsAfterStarts, { error: "education_ends_before_starts", path: ["endsAt"] });
export type SessionPatch = z.input<typeof sessionPatch>;

/** A follow-up (補講): the same course, a new day; kind defaults to the original's. */
export const followUpInput = z
  .strictObject({ ...sessionFields, kind: sessionFields.kind.optional() })
  .refine(endsAfterStarts, { error: "education_ends_before_starts", path: ["endsAt"] });
export type FollowUpInput = z.input<typeof followUpInput>;

export const attendanceInput = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        personId: id,
        status: z.enum(["present", "absent"], { error: enumError }),
      }),
    )
    .max(MAX_ATTENDANCE_ENTRIES, { error: "too_many_items" }),
});
export type AttendanceInput = z.input<typeof attendanceInput>;

export const sessionListQuery = z.object({ courseId: z.string().max(200).optional() });

const counts = z.object({
  invited: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
});

export const sessionOut = z.object({
  id: z.string(),
  courseId: z.string(),
  courseTitle: z.string(),
  kind: z.enum(SESSION_KINDS),
  title: z.string().nullable(),
  heldOn: z.string(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  place: z.string().nullable(),
  meetingUrl: z.string().nullable(),
  instructorName: z.string().nullable(),
  notes: z.string().nullable(),
  followUpOfId: z.string().nullable(),
  attendanceRecordedAt: z.string().nullable(),
  /** invited: not yet recorded either way. */
  counts,
});
export type SessionOut = z.infer<typeof sessionOut>;
export const sessionList = listResult(sessionOut);
export type SessionList = z.infer<typeof sessionList>;

export const attendeeOut = z.object({
  personId: z.string(),
  name: z.string(),
  kana: z.string().nullable(),
  departmentName: z.string().nullable(),
  status: z.enum(ATTENDANCE_STATUSES),
  /** The person's completion of the course, however made. */
  completedOn: z.string().nullable(),
  completedVia: z.string().nullable(),
  /** True when this session made the completion. */
  completedHere: z.boolean(),
  left: z.boolean(),
});
export type AttendeeOut = z.infer<typeof attendeeOut>;

export const sessionDetail = sessionOut.extend({
  attendees: z.array(attendeeOut),
  /** Assignees of the course not invited (they can still be marked present). */
  others: z.array(attendeeOut.omit({ status: true })),
});
export type SessionDetail = z.infer<typeof sessionDetail>;

export const attendanceResult = z.object({
  changed: z.number().int(),
  completed: z.number().int(),
  undone: z.number().int(),
  counts,
});
export type AttendanceResult = z.infer<typeof attendanceResult>;

export const createdSession = z.object({ id: z.string(), invited: z.number().int() });

/** 教育実施サマリー (education.summary.ts holds the counting rules). */
export const summaryCourseOut = z.object({
  id: z.string(),
  title: z.string(),
  audience: z.string(),
  audienceLabel: z.string(),
  delivery: z.string(),
  deliveryLabel: z.string(),
  scheduledFrom: z.string().nullable(),
  scheduledTo: z.string().nullable(),
  countsAsYearly: z.boolean(),
  targets: z.number().int(),
  completed: z.number().int(),
  rate: z.number().nullable(),
  firstCompletedOn: z.string().nullable(),
  lastCompletedOn: z.string().nullable(),
  allCompletedOn: z.string().nullable(),
});
export const educationSummaryOut = z.object({
  organization: z.string(),
  today: z.string(),
  plan: z.object({
    id: z.string(),
    fiscalYear: z.number().int(),
    title: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    status: z.string(),
    approverName: z.string().nullable(),
    approvedOn: z.string().nullable(),
    responsibleName: z.string().nullable(),
  }),
  courses: z.array(summaryCourseOut),
  totals: z.object({
    peopleTargeted: z.number().int(),
    peopleCompleted: z.number().int(),
    peopleCompletedAll: z.number().int(),
    staffInOffice: z.number().int(),
    staffInOfficeCompleted: z.number().int(),
    allStaffCompletedOn: z.string().nullable(),
  }),
});
export type EducationSummaryOut = z.infer<typeof educationSummaryOut>;

/** 理解度 of a course (education.understanding.ts): first attempts only. */
export const departmentRateOut = z.object({
  departmentName: z.string().nullable(),
  answered: z.number().int(),
  correct: z.number().int(),
  rate: z.number().nullable(),
});
export const understandingOut = z.object({
  courseId: z.string(),
  courseTitle: z.string(),
  people: z.number().int(),
  questions: z.array(
    z.object({
      questionId: z.string(),
      number: z.number().int(),
      prompt: z.string(),
      kind: z.string(),
      answered: z.number().int(),
      correct: z.number().int(),
      rate: z.number().nullable(),
      choices: z.array(
        z.object({
          id: z.string(),
          text: z.string(),
          correct: z.boolean(),
          count: z.number().int(),
        }),
      ),
      topWrongChoiceId: z.string().nullable(),
      departments: z.array(departmentRateOut),
    }),
  ),
  weakest: z.array(z.string()),
});
export type UnderstandingOut = z.infer<typeof understandingOut>;
