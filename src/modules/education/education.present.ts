// Rows of education plans and courses as the API answers them, the columns their audit events
// show, and the assigned/completed counts per course (one grouped statement for any number).
import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { COURSE_AUDIENCE_LABELS, type CourseAudience } from "../../core/education/audiences.ts";
import type { Bilingual } from "../../core/i18n-text.ts";
import type { Db, Tx } from "../../db/client.ts";
import { notFound } from "../../server/app-error.ts";
import type { CourseOut, CourseSummary, PlanListItem } from "./education.contract.ts";
import {
  educationAssignment,
  educationCourse as educationCourseTable,
  educationPlan as educationPlanTable,
} from "./education.tables.ts";

export type PlanRow = typeof educationPlanTable.$inferSelect;
export type CourseRow = typeof educationCourseTable.$inferSelect;

export const PLAN_ENTITY = "education_plan";
export const COURSE_ENTITY = "education_course";
/** The attachment owner kind of a course's images and slides (files capability). */
export const COURSE_FILES = "education_course";

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const audienceLabel = (audience: string): Bilingual =>
  COURSE_AUDIENCE_LABELS[audience as CourseAudience] ?? { ja: audience, en: audience };

export interface CourseCounts {
  assigned: number;
  completed: number;
}

/** Assigned (not withdrawn) and completed people per course. */
export async function courseCounts(
  db: Db | Tx,
  orgId: string,
  courseIds: readonly string[],
): Promise<Map<string, CourseCounts>> {
  const out = new Map<string, CourseCounts>();
  if (courseIds.length === 0) return out;
  const A = educationAssignment;
  const rows = await db
    .select({
      courseId: A.courseId,
      assigned: count(),
      completed: sql<number>`count(${A.completedOn})::int`,
    })
    .from(A)
    .where(and(eq(A.orgId, orgId), inArray(A.courseId, [...courseIds]), isNull(A.withdrawnAt)))
    .groupBy(A.courseId);
  for (const r of rows)
    out.set(r.courseId, { assigned: Number(r.assigned), completed: Number(r.completed) });
  return out;
}

/** Whether anyone was ever assigned one of the courses (withdrawn ones count: records stay). */
export async function hasAssignments(
  db: Db | Tx,
  orgId: string,
  courseIds: readonly string[],
): Promise<boolean> {
  if (courseIds.length === 0) return false;
  const A = educationAssignment;
  const [row] = await db
    .select({ id: A.id })
    .from(A)
    .where(and(eq(A.orgId, orgId), inArray(A.courseId, [...courseIds])))
    .limit(1);
  return !!row;
}

export function presentCourseSummary(c: CourseRow, counts?: CourseCounts): CourseSummary {
  return {
    id: c.id,
    planId: c.planId,
    title: c.title,
    audience: c.audience,
    audienceLabel: audienceLabel(c.audience),
    delivery: c.delivery,
    status: c.status,
    scheduledFrom: c.scheduledFrom,
    scheduledTo: c.scheduledTo,
    dueOn: c.dueOn,
    durationMinutes: c.durationMinutes,
    passMark: c.passMark,
    maxAttempts: c.maxAttempts,
    starterKey: c.starterKey,
    copiedFromId: c.copiedFromId,
    sectionCount: c.sections.length,
    questionCount: c.questions.length,
    assignedCount: counts?.assigned ?? 0,
    completedCount: counts?.completed ?? 0,
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function presentCourse(c: CourseRow, fiscalYear: number, counts?: CourseCounts): CourseOut {
  return {
    ...presentCourseSummary(c, counts),
    description: c.description,
    sections: c.sections.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      body: s.body ?? null,
      fileId: s.fileId ?? null,
      url: s.url ?? null,
    })),
    questions: c.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      choices: q.choices.map((ch) => ({
        id: ch.id,
        text: ch.text,
        correct: ch.correct,
        explanation: ch.explanation ?? null,
      })),
      explanation: q.explanation ?? null,
    })),
    fiscalYear,
    archivedAt: iso(c.archivedAt),
    revision: c.revision,
    updatedByName: c.updatedByName,
    createdAt: c.createdAt.toISOString(),
  };
}

export function presentPlanListItem(p: PlanRow, courseCount: number): PlanListItem {
  return {
    id: p.id,
    fiscalYear: p.fiscalYear,
    title: p.title,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    status: p.status,
    approverName: p.approverName,
    approvedAt: iso(p.approvedAt),
    courseCount,
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** A plan's columns for its audit events (no tenant id, no row timestamps). */
export function auditedPlan(r: PlanRow | null) {
  if (!r) return null;
  const { orgId: _o, createdAt: _c, updatedAt: _u, ...rest } = r;
  return { ...rest, approvedAt: iso(r.approvedAt) };
}

/**
 * A course's columns for its audit events. The material and quiz are not copied whole into
 * the trail (every save would repeat them); their counts, a length and the revision say that
 * they changed, and the course keeps them.
 */
export function auditedCourse(r: CourseRow | null) {
  if (!r) return null;
  const {
    orgId: _o,
    createdAt: _c,
    updatedAt: _u,
    createdBy: _cb,
    updatedByName: _un,
    sections,
    questions,
    ...rest
  } = r;
  return {
    ...rest,
    sectionCount: sections.length,
    questionCount: questions.length,
    materialLength: JSON.stringify(sections).length + JSON.stringify(questions).length,
    archivedAt: iso(r.archivedAt),
  };
}

/** The plan row, locked for update when asked; 404 for an id of another organization. */
export async function readPlan(db: Db | Tx, orgId: string, id: string, lock = false) {
  const P = educationPlanTable;
  const query = db
    .select()
    .from(P)
    .where(and(eq(P.orgId, orgId), eq(P.id, id)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}

/** The course row, locked for update when asked; 404 for an id of another organization. */
export async function readCourse(db: Db | Tx, orgId: string, id: string, lock = false) {
  const C = educationCourseTable;
  const query = db
    .select()
    .from(C)
    .where(and(eq(C.orgId, orgId), eq(C.id, id)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}
