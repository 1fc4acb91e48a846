// 教育の配信: zod contracts of assigning a course, sending links and mails, the tracking lists
// (per course, the plan's matrix, one person's history), withdrawing and paper completion
// (the organization's side), and of the learner's page behind their personal link
// (/p/:token/education). Shared by the API and the web pages.
import { z } from "zod";
import { MAX_CHOICES, MAX_QUESTIONS } from "../../core/education/quiz.ts";
import { isoDate, listQuery, optionalIsoDate } from "../shared/contract-helpers.ts";

/** The personal link's purpose a course travels on (core/personal-links/purposes.ts). */
export const COURSE_PURPOSE = "course";

/** How many people one assignment may reach at once (the bench assigns 3,000). */
export const MAX_ASSIGN_TARGETS = 5000;

const refId = z.string({ error: "invalid_type" }).min(1, { error: "required" }).max(64);
const refIds = (max: number) =>
  z
    .array(refId, { error: "invalid_type" })
    .max(max, { error: "too_many_items" })
    .transform((ids) => [...new Set(ids)]);

export const ASSIGN_SCOPES = ["audience", "department", "people"] as const;

/**
 * Whom to assign: the course's audience (all staff, new hires of the plan's period, the holders
 * of a role), the staff of one department (its sub-departments too), or people by id. People who
 * have left are never assigned. `send` issues each a personal link and mails those with e-mail.
 */
export const assignInput = z
  .strictObject({
    scope: z.enum(ASSIGN_SCOPES, { error: "invalid_value" }),
    departmentId: refId.optional(),
    personIds: refIds(MAX_ASSIGN_TARGETS).optional(),
    /** 受講期限; the course's due day when absent. */
    dueOn: optionalIsoDate,
    send: z.boolean({ error: "invalid_type" }).default(false),
  })
  .superRefine((v, ctx) => {
    if (v.scope === "people" && !v.personIds?.length)
      ctx.addIssue({ code: "custom", message: "required", path: ["personIds"] });
    if (v.scope === "department" && !v.departmentId)
      ctx.addIssue({ code: "custom", message: "required", path: ["departmentId"] });
  });
export type AssignInput = z.input<typeof assignInput>;
export type AssignInputParsed = z.output<typeof assignInput>;

export const deliveryPersonOut = z.object({
  personId: z.string(),
  personName: z.string(),
  departmentName: z.string().nullable(),
});
export type DeliveryPersonOut = z.infer<typeof deliveryPersonOut>;

export const assignResult = z.object({
  /** People assigned now (a new row each). */
  assigned: z.number().int(),
  /** People assigned before: left as they were. */
  already: z.number().int(),
  /** Withdrawn assignments made active again. */
  reactivated: z.number().int(),
  /** Mails queued, each with a new personal link for the course. */
  mailed: z.number().int(),
  /** Sent for, without e-mail: the printed link sheet reaches them. */
  withoutEmail: z.array(deliveryPersonOut),
});
export type AssignResult = z.infer<typeof assignResult>;

/** 再送: to the chosen assignments, or to everyone not completed when none are named. */
export const resendInput = z.strictObject({
  assignmentIds: refIds(MAX_ASSIGN_TARGETS).optional(),
});
export type ResendInput = z.infer<typeof resendInput>;
export const resendResult = z.object({
  mailed: z.number().int(),
  /** Mailed less than 24 hours ago: not mailed again. */
  skippedRecent: z.number().int(),
  withoutEmail: z.array(deliveryPersonOut),
});
export type ResendResult = z.infer<typeof resendResult>;

/** The link sheet (QR cards) for the people of a course without e-mail, or those chosen. */
export const linkSheetInput = z.strictObject({
  assignmentIds: refIds(MAX_ASSIGN_TARGETS).optional(),
});
export type LinkSheetInput = z.infer<typeof linkSheetInput>;

/**
 * The state of an assignment, one at a time, first match: withdrawn, completed, overdue (not
 * completed after the due day), failed (attempted, not passed), opened, not_opened. The counts
 * therefore add up to the number of assignments.
 */
export const ASSIGNMENT_STATES = [
  "not_opened",
  "opened",
  "failed",
  "completed",
  "withdrawn",
  "overdue",
] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

export const trackingQuery = listQuery.extend({
  state: z.enum(ASSIGNMENT_STATES, { error: "invalid_value" }).optional(),
  departmentId: z.string().max(64).optional(),
});
export type TrackingQuery = z.infer<typeof trackingQuery>;

export const assignmentRowOut = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  kana: z.string().nullable(),
  employeeNumber: z.string().nullable(),
  departmentName: z.string().nullable(),
  hasEmail: z.boolean(),
  /** The person has left (leaving day today or earlier). */
  left: z.boolean(),
  state: z.enum(ASSIGNMENT_STATES),
  source: z.string(),
  assignedAt: z.string(),
  dueOn: z.string().nullable(),
  openedAt: z.string().nullable(),
  attemptCount: z.number().int(),
  bestScore: z.number().int().nullable(),
  completedOn: z.string().nullable(),
  completedVia: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  lastSentAt: z.string().nullable(),
  lastRemindedAt: z.string().nullable(),
});
export type AssignmentRowOut = z.infer<typeof assignmentRowOut>;

export const stateCounts = z.object({
  total: z.number().int(),
  not_opened: z.number().int(),
  opened: z.number().int(),
  failed: z.number().int(),
  completed: z.number().int(),
  withdrawn: z.number().int(),
  overdue: z.number().int(),
});
export type StateCounts = z.infer<typeof stateCounts>;

export const trackingList = z.object({
  items: z.array(assignmentRowOut),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
  counts: stateCounts,
  course: z.object({
    id: z.string(),
    planId: z.string(),
    title: z.string(),
    status: z.string(),
    audience: z.string(),
    dueOn: z.string().nullable(),
  }),
});
export type TrackingList = z.infer<typeof trackingList>;

/** The plan's matrix: a page of people, each with their state in every course of the plan. */
export const planPeopleQuery = listQuery.extend({
  departmentId: z.string().max(64).optional(),
  /** Only people with at least one assignment in this state. */
  state: z.enum(ASSIGNMENT_STATES, { error: "invalid_value" }).optional(),
});
export type PlanPeopleQuery = z.infer<typeof planPeopleQuery>;

export const planCellOut = z.object({
  courseId: z.string(),
  assignmentId: z.string(),
  state: z.enum(ASSIGNMENT_STATES),
  completedOn: z.string().nullable(),
});
export const planPeopleList = z.object({
  courses: z.array(z.object({ id: z.string(), title: z.string(), status: z.string() })),
  items: z.array(
    z.object({
      personId: z.string(),
      personName: z.string(),
      departmentName: z.string().nullable(),
      left: z.boolean(),
      cells: z.array(planCellOut),
    }),
  ),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});
export type PlanPeopleList = z.infer<typeof planPeopleList>;

/** One person's education over all years, newest plan first. */
export const personHistoryOut = z.object({
  person: z.object({
    id: z.string(),
    name: z.string(),
    departmentName: z.string().nullable(),
    joinedOn: z.string().nullable(),
    leftOn: z.string().nullable(),
  }),
  items: z.array(
    z.object({
      assignmentId: z.string(),
      courseId: z.string(),
      courseTitle: z.string(),
      planId: z.string(),
      fiscalYear: z.number().int(),
      state: z.enum(ASSIGNMENT_STATES),
      dueOn: z.string().nullable(),
      attemptCount: z.number().int(),
      bestScore: z.number().int().nullable(),
      completedOn: z.string().nullable(),
      completedVia: z.string().nullable(),
    }),
  ),
});
export type PersonHistoryOut = z.infer<typeof personHistoryOut>;

/** A test taken on paper, entered by the PMS office with the day on the sheet. */
export const paperCompletionInput = z.strictObject({ completedOn: isoDate });
export type PaperCompletionInput = z.infer<typeof paperCompletionInput>;

export const syncResult = z.object({
  /** New hires assigned a course. */
  assigned: z.number().int(),
  /** Uncompleted assignments of people who left, withdrawn. */
  withdrawn: z.number().int(),
});
export type SyncResult = z.infer<typeof syncResult>;

export const courseParams = z.object({
  orgId: z.string().max(200),
  courseId: z.string().max(200),
});
export const planParams = z.object({ orgId: z.string().max(200), planId: z.string().max(200) });
export const personParams = z.object({
  orgId: z.string().max(200),
  personId: z.string().max(200),
});

// The learner's side.

export const LEARNER_STATES = ["not_started", "in_progress", "failed", "passed", "closed"] as const;
export type LearnerState = (typeof LEARNER_STATES)[number];

export const learnerParams = z.object({ token: z.string() });
export const learnerFileParams = z.object({
  token: z.string(),
  attachmentId: z.string().max(200),
});

const learnerSection = z.object({
  id: z.string(),
  kind: z.enum(["text", "image", "slides", "video"]),
  title: z.string(),
  body: z.string().nullable(),
  fileId: z.string().nullable(),
  url: z.string().nullable(),
});

/** A question as the learner sees it: never which choice is correct, nor the explanations. */
const learnerQuestion = z.object({
  id: z.string(),
  kind: z.enum(["single", "multiple"]),
  prompt: z.string(),
  choices: z.array(z.object({ id: z.string(), text: z.string() })),
});

/** One question of a submitted attempt, with what the learner may now read about it. */
export const attemptQuestionOut = z.object({
  questionId: z.string(),
  prompt: z.string(),
  chosen: z.array(z.string()),
  correct: z.boolean(),
  explanation: z.string().nullable(),
  /** The explanation of each chosen choice (why it is right or wrong). */
  choiceExplanations: z.array(z.object({ choiceId: z.string(), explanation: z.string() })),
});

export const attemptOut = z.object({
  attemptNo: z.number().int(),
  submittedAt: z.string(),
  score: z.number().int(),
  passed: z.boolean(),
  correctCount: z.number().int(),
  questionCount: z.number().int(),
  results: z.array(attemptQuestionOut),
});
export type AttemptOut = z.infer<typeof attemptOut>;

export const learnerCourseOut = z.object({
  organization: z.string(),
  personName: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  durationMinutes: z.number().int().nullable(),
  dueOn: z.string().nullable(),
  passMark: z.number().int(),
  maxAttempts: z.number().int().nullable(),
  attemptsUsed: z.number().int(),
  /** null: unlimited. */
  attemptsLeft: z.number().int().nullable(),
  state: z.enum(LEARNER_STATES),
  completedOn: z.string().nullable(),
  bestScore: z.number().int().nullable(),
  sections: z.array(learnerSection),
  questions: z.array(learnerQuestion),
  lastAttempt: attemptOut.nullable(),
});
export type LearnerCourseOut = z.infer<typeof learnerCourseOut>;

export const attemptInput = z.strictObject({
  /** questionId → chosen choice ids. */
  answers: z
    .record(
      z.string().max(64),
      z.array(z.string().max(64), { error: "invalid_type" }).max(MAX_CHOICES, {
        error: "too_many_items",
      }),
      { error: "invalid_type" },
    )
    .refine((a) => Object.keys(a).length <= MAX_QUESTIONS, { error: "too_many_items" }),
});
export type AttemptInput = z.infer<typeof attemptInput>;

export const attemptResultOut = z.object({
  attempt: attemptOut,
  state: z.enum(LEARNER_STATES),
  attemptsLeft: z.number().int().nullable(),
  completedOn: z.string().nullable(),
  bestScore: z.number().int().nullable(),
});
export type AttemptResultOut = z.infer<typeof attemptResultOut>;
