// 教育: the yearly education plan (教育計画), its courses with their material and quiz, who is
// assigned which course and what they did (opened, attempts, completion), the classroom and
// remote sessions with their attendance. A completion is the dated record the readiness rules
// and the PDCA calendar read; nothing here is a tick.
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type {
  AttemptAnswers,
  AttemptResult,
  CourseSection,
  QuizQuestion,
} from "../../core/education/index.ts";
import { organization } from "../auth/index.ts";
import { person } from "../people/index.ts";

/** 教育計画: one per fiscal year, approved (an activity record) before it runs. */
export const educationPlan = pgTable(
  "education_plan",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    /** 年度: the year in which the period starts (2026 for 2026-04-01 … 2027-03-31). */
    fiscalYear: integer("fiscal_year").notNull(),
    title: text("title").notNull(),
    periodStart: date("period_start").notNull(),
    periodEnd: date("period_end").notNull(),
    /** 教育責任者: a person of the people register. */
    responsiblePersonId: text("responsible_person_id"),
    /** New hires are assigned the plan's new-hire courses due this many days after joining. */
    newHireWithinDays: integer("new_hire_within_days").notNull().default(30),
    notes: text("notes"),
    /** draft | approved (approval is an activity record of kind education_plan). */
    status: text("status").notNull().default("draft"),
    approverUserId: text("approver_user_id"),
    approverName: text("approver_name"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvalActivityId: text("approval_activity_id"),
    /** Bumped by every save: a save based on an older revision is a conflict (409). */
    revision: integer("revision").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("education_plan_year_uq").on(t.orgId, t.fiscalYear),
    foreignKey({
      name: "education_plan_responsible_fk",
      columns: [t.orgId, t.responsiblePersonId],
      foreignColumns: [person.orgId, person.id],
    }),
  ],
);

/**
 * A course of a plan: its audience, schedule, material (sections) and quiz. Sections and
 * questions are kept whole in the row (edited as one form, saved with a revision); every
 * question and choice has a stable id, which attempts and the 理解度 report refer to.
 */
export const educationCourse = pgTable(
  "education_course",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    planId: text("plan_id").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    /** core/education/audiences.ts key: all_staff, new_hires, a role, or chosen. */
    audience: text("audience").notNull().default("all_staff"),
    /** e_learning | classroom | remote | mixed: how it is delivered (sessions may add more). */
    delivery: text("delivery").notNull().default("e_learning"),
    /** 実施予定: the window in which it is taken. */
    scheduledFrom: date("scheduled_from"),
    scheduledTo: date("scheduled_to"),
    /** The day by which assignees should have completed it (default for new assignments). */
    dueOn: date("due_on"),
    /** Minutes the course is expected to take (shown to the learner and on the report). */
    durationMinutes: integer("duration_minutes"),
    /** 合格点, percent of questions answered correctly (0–100). */
    passMark: integer("pass_mark").notNull().default(80),
    /** 受講回数の上限; null: unlimited. */
    maxAttempts: integer("max_attempts"),
    sections: jsonb("sections").$type<CourseSection[]>().notNull().default(sql`'[]'::jsonb`),
    questions: jsonb("questions").$type<QuizQuestion[]>().notNull().default(sql`'[]'::jsonb`),
    /** The starter course it was written from (core/education/starter), if any. */
    starterKey: text("starter_key"),
    /** The course of an earlier plan it was copied from. */
    copiedFromId: text("copied_from_id"),
    /** draft (being written) | open (assignable, takeable) | archived (kept, not takeable). */
    status: text("status").notNull().default("draft"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    revision: integer("revision").notNull().default(1),
    createdBy: text("created_by"),
    updatedByName: text("updated_by_name"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("education_course_plan_idx").on(t.orgId, t.planId),
    foreignKey({
      name: "education_course_plan_fk",
      columns: [t.orgId, t.planId],
      foreignColumns: [educationPlan.orgId, educationPlan.id],
    }),
  ],
);

/**
 * One person assigned one course, and what they did. Written when assigned; completedOn is
 * the dated record of completion (e-learning passed, or attended a session).
 */
export const educationAssignment = pgTable(
  "education_assignment",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    courseId: text("course_id").notNull(),
    /** A person with education on record cannot be deleted (mark them as left instead). */
    personId: text("person_id").notNull(),
    /** plan (the course's audience), new_hire, manual, follow_up. */
    source: text("source").notNull().default("plan"),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
    assignedBy: text("assigned_by"),
    dueOn: date("due_on"),
    /** First time the person opened the course through their link. */
    openedAt: timestamp("opened_at", { withTimezone: true }),
    attemptCount: integer("attempt_count").notNull().default(0),
    /** Best score of the e-learning attempts, percent. */
    bestScore: integer("best_score"),
    /** 修了: when and how (e_learning, classroom, remote, paper). */
    completedAt: timestamp("completed_at", { withTimezone: true }),
    completedOn: date("completed_on"),
    completedVia: text("completed_via"),
    /** The session attended, when completed in class or online. */
    completedSessionId: text("completed_session_id"),
    /** The assignment was withdrawn (the person left before completing, or by hand). */
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawnReason: text("withdrawn_reason"),
    personalLinkId: text("personal_link_id"),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }),
    lastRemindedAt: timestamp("last_reminded_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("education_assignment_person_uq").on(t.orgId, t.courseId, t.personId),
    index("education_assignment_course_idx").on(t.orgId, t.courseId, t.completedOn),
    index("education_assignment_person_idx").on(t.orgId, t.personId, t.completedOn),
    foreignKey({
      name: "education_assignment_course_fk",
      columns: [t.orgId, t.courseId],
      foreignColumns: [educationCourse.orgId, educationCourse.id],
    }),
    foreignKey({
      name: "education_assignment_person_fk",
      columns: [t.orgId, t.personId],
      foreignColumns: [person.orgId, person.id],
    }),
  ],
);

/** One submission of the quiz; every submission is kept (a second one is another attempt). */
export const educationAttempt = pgTable(
  "education_attempt",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    assignmentId: text("assignment_id").notNull(),
    courseId: text("course_id").notNull(),
    personId: text("person_id").notNull(),
    attemptNo: integer("attempt_no").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    /** questionId → chosen choice ids, as submitted. */
    answers: jsonb("answers").$type<AttemptAnswers>().notNull(),
    /** Per question: correct or not, with the question's text as it was (理解度). */
    results: jsonb("results").$type<AttemptResult[]>().notNull(),
    score: integer("score").notNull(),
    passed: boolean("passed").notNull(),
    via: text("via").notNull().default("link"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("education_attempt_no_uq").on(t.orgId, t.assignmentId, t.attemptNo),
    index("education_attempt_course_idx").on(t.orgId, t.courseId),
    foreignKey({
      name: "education_attempt_assignment_fk",
      columns: [t.orgId, t.assignmentId],
      foreignColumns: [educationAssignment.orgId, educationAssignment.id],
    }),
  ],
);

/** A classroom or remote session of a course (集合教育, オンライン), follow-ups included. */
export const educationSession = pgTable(
  "education_session",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    courseId: text("course_id").notNull(),
    /** classroom | remote. */
    kind: text("kind").notNull(),
    title: text("title"),
    heldOn: date("held_on").notNull(),
    startsAt: text("starts_at"),
    endsAt: text("ends_at"),
    place: text("place"),
    /** The meeting's URL (Teams, Zoom …) for a remote session; https only. */
    meetingUrl: text("meeting_url"),
    /** 講師: a person of the organization or an outsider (a consultant), by name. */
    instructorName: text("instructor_name"),
    /** A follow-up for those who missed an earlier session (補講). */
    followUpOfId: text("follow_up_of_id"),
    notes: text("notes"),
    /** When the attendance was entered (the session then counts as held). */
    attendanceRecordedAt: timestamp("attendance_recorded_at", { withTimezone: true }),
    createdBy: text("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("education_session_course_idx").on(t.orgId, t.courseId, t.heldOn),
    foreignKey({
      name: "education_session_course_fk",
      columns: [t.orgId, t.courseId],
      foreignColumns: [educationCourse.orgId, educationCourse.id],
    }),
  ],
);

/** Who was expected at a session and whether they attended (entered afterwards, in bulk). */
export const educationAttendance = pgTable(
  "education_attendance",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    sessionId: text("session_id").notNull(),
    personId: text("person_id").notNull(),
    /** invited | present | absent. */
    status: text("status").notNull().default("invited"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }),
    recordedBy: text("recorded_by"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.sessionId, t.personId] }),
    index("education_attendance_person_idx").on(t.orgId, t.personId),
    foreignKey({
      name: "education_attendance_session_fk",
      columns: [t.orgId, t.sessionId],
      foreignColumns: [educationSession.orgId, educationSession.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "education_attendance_person_fk",
      columns: [t.orgId, t.personId],
      foreignColumns: [person.orgId, person.id],
    }),
  ],
);
