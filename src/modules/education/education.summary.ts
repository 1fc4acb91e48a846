// 教育実施サマリー: the year's education as an application states it (period, courses,
// audiences, number of targets and of completions, completion dates). One model, read by the
// JSON route, the xlsx and the PDF, so the three always show the same numbers. The counting
// rules are pure (summarizeEducation) and the loader reads everything in five statements
// whatever the size (the bench builds it for 3,000 people).
import { and, asc, eq, inArray } from "drizzle-orm";
import {
  COURSE_AUDIENCE_LABELS,
  type CourseAudience,
  countsAsYearlyEducation,
} from "../../core/education/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { organizationName } from "../exports/index.ts";
import { person } from "../people/index.ts";
import { educationAssignment, educationCourse, educationPlan } from "./education.tables.ts";

export const DELIVERY_LABELS: Readonly<Record<string, { ja: string; en: string }>> = {
  e_learning: { ja: "eラーニング", en: "E-learning" },
  classroom: { ja: "集合研修", en: "Classroom" },
  remote: { ja: "オンライン研修", en: "Remote" },
  mixed: { ja: "組み合わせ", en: "Mixed" },
  paper: { ja: "紙", en: "Paper" },
};

export const audienceLabel = (audience: string) =>
  COURSE_AUDIENCE_LABELS[audience as CourseAudience] ?? { ja: audience, en: audience };

export type SummaryCourse = {
  id: string;
  title: string;
  audience: string;
  audienceLabel: string;
  delivery: string;
  deliveryLabel: string;
  scheduledFrom: string | null;
  scheduledTo: string | null;
  countsAsYearly: boolean;
  targets: number;
  completed: number;
  /** Percent, one decimal, rounded down (never 100.0 while someone is missing); null: no targets. */
  rate: number | null;
  firstCompletedOn: string | null;
  lastCompletedOn: string | null;
  /** The day the last target completed, once every target has; else null. */
  allCompletedOn: string | null;
};

export type EducationSummary = {
  organization: string;
  today: string;
  plan: {
    id: string;
    fiscalYear: number;
    title: string;
    periodStart: string;
    periodEnd: string;
    status: string;
    approverName: string | null;
    approvedOn: string | null;
    responsibleName: string | null;
  };
  courses: SummaryCourse[];
  totals: {
    /** Distinct people who are a target of at least one course. */
    peopleTargeted: number;
    /** Of those, people who completed at least one course they were a target of. */
    peopleCompleted: number;
    /** Of those, people who completed every course they were a target of. */
    peopleCompletedAll: number;
    /** People in office today (joined, not left). */
    staffInOffice: number;
    /** Of those, people who completed at least one yearly course of the plan. */
    staffInOfficeCompleted: number;
    /**
     * The day by which everyone in office today had completed at least one yearly course
     * (countsAsYearlyEducation): the latest of each person's earliest completion; null while
     * someone in office has none (or nobody is in office).
     */
    allStaffCompletedOn: string | null;
  };
};

export type SummaryInput = {
  periodStart: string;
  periodEnd: string;
  courses: Array<
    Pick<SummaryCourse, "id" | "title" | "audience" | "delivery" | "scheduledFrom" | "scheduledTo">
  >;
  assignments: Array<{
    courseId: string;
    personId: string;
    completedOn: string | null;
    withdrawnAt: Date | null;
    withdrawnReason: string | null;
    joinedOn: string | null;
    leftOn: string | null;
  }>;
  staff: Array<{ id: string; joinedOn: string | null; leftOn: string | null }>;
};

type Assignment = SummaryInput["assignments"][number];

/**
 * 対象者: whether an assignment counts among a course's targets. The person must have been in
 * office on at least one day of the plan's period (joined on or before its last day, or no
 * joining day; and no leaving day, or one after its first day: the leaving day is the first
 * day no longer in office, as in the people register). Then:
 * - completed: counts (the completion is a record, even when the assignment was withdrawn
 *   afterwards because the person left);
 * - not completed: counts only while the assignment is active and the person has not left
 *   by today (someone who left without completing is no longer expected to, withdrawn or not);
 * - withdrawn by hand (the course was not for them): never counts, completed or not.
 */
export function isTarget(a: Assignment, period: { start: string; end: string }, today: string) {
  if (a.withdrawnAt !== null && a.withdrawnReason !== "left") return false;
  const inPeriod =
    (a.joinedOn === null || a.joinedOn <= period.end) &&
    (a.leftOn === null || a.leftOn > period.start);
  if (!inPeriod) return false;
  if (a.completedOn !== null) return true;
  return a.withdrawnAt === null && (a.leftOn === null || a.leftOn > today);
}

/** Percent with one decimal, rounded down. */
export const completionRate = (completed: number, targets: number): number | null =>
  targets === 0 ? null : Math.floor((completed * 1000) / targets) / 10;

const earliest = (a: string | null, b: string | null) =>
  a === null || (b !== null && b < a) ? b : a;
const latest = (a: string | null, b: string | null) =>
  a === null || (b !== null && b > a) ? b : a;

export function summarizeEducation(
  input: SummaryInput,
  today: string,
): Pick<EducationSummary, "courses" | "totals"> {
  const period = { start: input.periodStart, end: input.periodEnd };
  const byCourse = new Map<string, Assignment[]>();
  for (const a of input.assignments) {
    const list = byCourse.get(a.courseId) ?? [];
    list.push(a);
    byCourse.set(a.courseId, list);
  }
  // person → [targeted courses, completed of them]
  const people = new Map<string, { targets: number; completed: number }>();
  const yearly = new Set(
    input.courses.filter((c) => countsAsYearlyEducation(c.audience)).map((c) => c.id),
  );
  /** person → earliest completion of a yearly course (whether or not a target). */
  const firstYearly = new Map<string, string>();
  const courses = input.courses.map((c): SummaryCourse => {
    let targets = 0;
    let completed = 0;
    let first: string | null = null;
    let last: string | null = null;
    for (const a of byCourse.get(c.id) ?? []) {
      if (yearly.has(c.id) && a.completedOn !== null)
        firstYearly.set(
          a.personId,
          earliest(firstYearly.get(a.personId) ?? null, a.completedOn) ?? a.completedOn,
        );
      if (!isTarget(a, period, today)) continue;
      targets++;
      const p = people.get(a.personId) ?? { targets: 0, completed: 0 };
      p.targets++;
      if (a.completedOn !== null) {
        completed++;
        p.completed++;
        first = earliest(first, a.completedOn);
        last = latest(last, a.completedOn);
      }
      people.set(a.personId, p);
    }
    const label = audienceLabel(c.audience);
    return {
      ...c,
      audienceLabel: label.ja,
      deliveryLabel: DELIVERY_LABELS[c.delivery]?.ja ?? c.delivery,
      countsAsYearly: yearly.has(c.id),
      targets,
      completed,
      rate: completionRate(completed, targets),
      firstCompletedOn: first,
      lastCompletedOn: last,
      allCompletedOn: targets > 0 && completed === targets ? last : null,
    };
  });
  const inOffice = input.staff.filter(
    (s) => (s.joinedOn === null || s.joinedOn <= today) && (s.leftOn === null || s.leftOn > today),
  );
  let allOn: string | null = null;
  let inOfficeCompleted = 0;
  for (const s of inOffice) {
    const on = firstYearly.get(s.id);
    if (on === undefined) continue;
    inOfficeCompleted++;
    allOn = latest(allOn, on);
  }
  const values = [...people.values()];
  return {
    courses,
    totals: {
      peopleTargeted: people.size,
      peopleCompleted: values.filter((p) => p.completed > 0).length,
      peopleCompletedAll: values.filter((p) => p.completed === p.targets).length,
      staffInOffice: inOffice.length,
      staffInOfficeCompleted: inOfficeCompleted,
      allStaffCompletedOn:
        inOffice.length > 0 && inOfficeCompleted === inOffice.length ? allOn : null,
    },
  };
}

/** The plan's summary, read in five statements whatever the number of people. */
export async function buildEducationSummary(
  db: Db,
  ctx: OrgContext,
  planId: string,
  today = todayInJapan(),
): Promise<EducationSummary> {
  const [row] = await db
    .select({ plan: educationPlan, responsibleName: person.name })
    .from(educationPlan)
    .leftJoin(
      person,
      and(eq(person.orgId, educationPlan.orgId), eq(person.id, educationPlan.responsiblePersonId)),
    )
    .where(and(eq(educationPlan.orgId, ctx.orgId), eq(educationPlan.id, planId)));
  if (!row) throw notFound();
  const { plan } = row;
  const courses = await db
    .select({
      id: educationCourse.id,
      title: educationCourse.title,
      audience: educationCourse.audience,
      delivery: educationCourse.delivery,
      scheduledFrom: educationCourse.scheduledFrom,
      scheduledTo: educationCourse.scheduledTo,
    })
    .from(educationCourse)
    .where(and(eq(educationCourse.orgId, ctx.orgId), eq(educationCourse.planId, planId)))
    .orderBy(
      asc(educationCourse.scheduledFrom),
      asc(educationCourse.createdAt),
      asc(educationCourse.id),
    );
  const [assignments, staff, organization] = await Promise.all([
    courses.length
      ? db
          .select({
            courseId: educationAssignment.courseId,
            personId: educationAssignment.personId,
            completedOn: educationAssignment.completedOn,
            withdrawnAt: educationAssignment.withdrawnAt,
            withdrawnReason: educationAssignment.withdrawnReason,
            joinedOn: person.joinedOn,
            leftOn: person.leftOn,
          })
          .from(educationAssignment)
          .innerJoin(
            person,
            and(
              eq(person.orgId, educationAssignment.orgId),
              eq(person.id, educationAssignment.personId),
            ),
          )
          .where(
            and(
              eq(educationAssignment.orgId, ctx.orgId),
              inArray(
                educationAssignment.courseId,
                courses.map((c) => c.id),
              ),
            ),
          )
      : Promise.resolve([]),
    db
      .select({ id: person.id, joinedOn: person.joinedOn, leftOn: person.leftOn })
      .from(person)
      .where(eq(person.orgId, ctx.orgId)),
    organizationName(db, ctx),
  ]);
  const summary = summarizeEducation(
    { periodStart: plan.periodStart, periodEnd: plan.periodEnd, courses, assignments, staff },
    today,
  );
  return {
    organization,
    today,
    plan: {
      id: plan.id,
      fiscalYear: plan.fiscalYear,
      title: plan.title,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      status: plan.status,
      approverName: plan.approverName,
      approvedOn: plan.approvedAt ? todayInJapan(plan.approvedAt) : null,
      responsibleName: row.responsibleName,
    },
    ...summary,
  };
}
