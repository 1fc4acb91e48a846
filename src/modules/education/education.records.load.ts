// Reads what the printed education records hold (出席簿, 教育実施報告書 per session or course,
// 修了証) and hands the PDF modules plain data: the modules run on the worker thread and never
// touch the database.
import { and, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { AppError, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appointment } from "../appointments/index.ts";
import { organizationName } from "../exports/index.ts";
import { department } from "../org/index.ts";
import { person } from "../people/index.ts";
import { getSessionDetail } from "./education.attendance.ts";
import type { AttendanceSheetInput } from "./education.attendance-sheet.ts";
import type { CertificateInput } from "./education.certificate.ts";
import { jaDay, SESSION_KIND_LABELS } from "./education.pdf-parts.ts";
import type {
  CourseReportInput,
  QuizStats,
  SessionReportInput,
} from "./education.session-report.ts";
import { readCourse, readSession } from "./education.sessions.ts";
import { audienceLabel, DELIVERY_LABELS, isTarget } from "./education.summary.ts";
import {
  educationAssignment,
  educationAttempt,
  educationCourse,
  educationPlan,
} from "./education.tables.ts";

export async function attendanceSheetInput(
  db: Db,
  ctx: OrgContext,
  sessionId: string,
): Promise<AttendanceSheetInput> {
  const [s, organization] = await Promise.all([
    getSessionDetail(db, ctx, sessionId),
    organizationName(db, ctx),
  ]);
  return {
    organization,
    courseTitle: s.courseTitle,
    sessionTitle: s.title,
    kind: s.kind,
    heldOn: s.heldOn,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    place: s.place,
    meetingUrl: s.meetingUrl,
    instructorName: s.instructorName,
    printedOn: todayInJapan(),
    rows: s.attendees.map((a) => ({
      department: a.departmentName,
      name: a.name,
      status: a.status,
    })),
  };
}

/** Of the given people (all assignees when null): who submitted the quiz, who passed it. */
async function quizStats(
  db: Db,
  orgId: string,
  course: typeof educationCourse.$inferSelect,
  personIds: Set<string> | null,
): Promise<QuizStats | null> {
  if (!course.questions.length) return null;
  const rows = await db
    .select({
      personId: educationAttempt.personId,
      passed: sql<boolean>`bool_or(${educationAttempt.passed})`,
    })
    .from(educationAttempt)
    .where(and(eq(educationAttempt.orgId, orgId), eq(educationAttempt.courseId, course.id)))
    .groupBy(educationAttempt.personId);
  const mine = rows.filter((r) => personIds === null || personIds.has(r.personId));
  return {
    takers: mine.length,
    passed: mine.filter((r) => r.passed).length,
    passMark: course.passMark,
    questions: course.questions.length,
  };
}

export async function sessionReportInput(
  db: Db,
  ctx: OrgContext,
  sessionId: string,
): Promise<SessionReportInput> {
  const s = await getSessionDetail(db, ctx, sessionId);
  const [course, organization] = await Promise.all([
    readCourse(db, ctx.orgId, s.courseId),
    organizationName(db, ctx),
  ]);
  const invited = new Set(s.attendees.map((a) => a.personId));
  return {
    mode: "session",
    organization,
    courseTitle: course.title,
    audienceLabel: audienceLabel(course.audience).ja,
    durationMinutes: course.durationMinutes,
    outline: course.sections.map((x) => x.title),
    quiz: await quizStats(db, ctx.orgId, course, invited),
    printedOn: todayInJapan(),
    sessionTitle: s.title,
    kind: s.kind,
    heldOn: s.heldOn,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    place: s.place,
    meetingUrl: s.meetingUrl,
    instructorName: s.instructorName,
    followUpOf: s.followUpOfId,
    notes: s.notes,
    counts: { ...s.counts, notRecorded: s.counts.invited },
    absentees: s.attendees
      .filter((a) => a.status === "absent")
      .map((a) => ({ name: a.name, department: a.departmentName })),
  };
}

/** The e-learning (and every other) completion of a course, over its targets (summary rule). */
export async function courseReportInput(
  db: Db,
  ctx: OrgContext,
  courseId: string,
): Promise<CourseReportInput> {
  const course = await readCourse(db, ctx.orgId, courseId);
  const today = todayInJapan();
  const [[plan], rows, organization] = await Promise.all([
    db
      .select()
      .from(educationPlan)
      .where(and(eq(educationPlan.orgId, ctx.orgId), eq(educationPlan.id, course.planId))),
    db
      .select({
        personId: person.id,
        name: person.name,
        joinedOn: person.joinedOn,
        leftOn: person.leftOn,
        department: department.name,
        courseId: educationAssignment.courseId,
        completedOn: educationAssignment.completedOn,
        completedVia: educationAssignment.completedVia,
        withdrawnAt: educationAssignment.withdrawnAt,
        withdrawnReason: educationAssignment.withdrawnReason,
      })
      .from(educationAssignment)
      .innerJoin(
        person,
        and(
          eq(person.orgId, educationAssignment.orgId),
          eq(person.id, educationAssignment.personId),
        ),
      )
      .leftJoin(
        department,
        and(eq(department.orgId, person.orgId), eq(department.id, person.departmentId)),
      )
      .where(
        and(eq(educationAssignment.orgId, ctx.orgId), eq(educationAssignment.courseId, courseId)),
      )
      .orderBy(
        sql`coalesce(${department.name}, '')`,
        sql`coalesce(${person.kana}, ${person.name})`,
      ),
    organizationName(db, ctx),
  ]);
  if (!plan) throw notFound();
  const period = { start: plan.periodStart, end: plan.periodEnd };
  const targets = rows.filter((r) => isTarget(r, period, today));
  const done = targets.filter((r) => r.completedOn !== null);
  const via = new Map<string, number>();
  for (const r of done) via.set(r.completedVia ?? "", (via.get(r.completedVia ?? "") ?? 0) + 1);
  const days = done.map((r) => r.completedOn as string).sort();
  return {
    mode: "course",
    organization,
    courseTitle: course.title,
    audienceLabel: audienceLabel(course.audience).ja,
    durationMinutes: course.durationMinutes,
    outline: course.sections.map((x) => x.title),
    quiz: await quizStats(db, ctx.orgId, course, null),
    printedOn: today,
    deliveryLabel: DELIVERY_LABELS[course.delivery]?.ja ?? course.delivery,
    scheduledFrom: course.scheduledFrom,
    scheduledTo: course.scheduledTo,
    dueOn: course.dueOn,
    targets: targets.length,
    completed: done.length,
    byVia: [...via].map(([k, count]) => ({ label: DELIVERY_LABELS[k]?.ja ?? k, count })),
    firstCompletedOn: days[0] ?? null,
    lastCompletedOn: days[days.length - 1] ?? null,
    notCompleted: targets
      .filter((r) => r.completedOn === null)
      .map((r) => ({ name: r.name, department: r.department })),
  };
}

/** 修了証 of a completed assignment (404 EDUCATION_NOT_COMPLETED before completion). */
export async function certificateInput(
  db: Db,
  ctx: OrgContext,
  assignmentId: string,
): Promise<CertificateInput & { courseId: string }> {
  const [row] = await db
    .select({ a: educationAssignment, personName: person.name, courseTitle: educationCourse.title })
    .from(educationAssignment)
    .innerJoin(
      person,
      and(eq(person.orgId, educationAssignment.orgId), eq(person.id, educationAssignment.personId)),
    )
    .innerJoin(
      educationCourse,
      and(
        eq(educationCourse.orgId, educationAssignment.orgId),
        eq(educationCourse.id, educationAssignment.courseId),
      ),
    )
    .where(and(eq(educationAssignment.orgId, ctx.orgId), eq(educationAssignment.id, assignmentId)));
  if (!row) throw notFound();
  const { a } = row;
  const completedOn = a.completedOn;
  if (!completedOn) throw new AppError("not_found", "EDUCATION_NOT_COMPLETED");
  let how = "紙による受講";
  if (a.completedVia === "e_learning")
    how = a.bestScore === null ? "eラーニング" : `eラーニング（得点 ${a.bestScore}点）`;
  else if (a.completedVia === "classroom" || a.completedVia === "remote") {
    const s = a.completedSessionId
      ? await readSession(db, ctx.orgId, a.completedSessionId).catch(() => null)
      : null;
    how = `${SESSION_KIND_LABELS[a.completedVia]}（${jaDay(s?.heldOn ?? completedOn)}実施）`;
  }
  // The PMS manager appointed on the day of completion signs as issuer.
  const [issuer] = await db
    .select({ name: person.name })
    .from(appointment)
    .innerJoin(
      person,
      and(eq(person.orgId, appointment.orgId), eq(person.id, appointment.personId)),
    )
    .where(
      and(
        eq(appointment.orgId, ctx.orgId),
        eq(appointment.role, "pms_manager"),
        lte(appointment.fromDate, completedOn),
        or(isNull(appointment.toDate), gte(appointment.toDate, completedOn)),
      ),
    )
    .limit(1);
  return {
    courseId: a.courseId,
    organization: await organizationName(db, ctx),
    personName: row.personName,
    courseTitle: row.courseTitle,
    completedOn,
    how,
    issuerName: issuer?.name ?? null,
    issuedOn: todayInJapan(),
  };
}
