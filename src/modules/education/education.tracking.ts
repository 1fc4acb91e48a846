// 受講状況: who was assigned a course and what they did. The course's list (counts per state,
// search by name, reading or employee number, filters by state and department, paging), the
// plan's matrix (a page of people, their state in every course of the plan) and one person's
// history over all years. The state is computed in SQL (stateOf) so filters, counts and rows
// agree.
import { and, asc, count, desc, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { department, departmentsWithin } from "../org/index.ts";
import { person } from "../people/index.ts";
import { escapeLike } from "../shared/sql-helpers.ts";
import {
  ASSIGNMENT_STATES,
  type AssignmentState,
  type PersonHistoryOut,
  type PlanPeopleList,
  type PlanPeopleQuery,
  type StateCounts,
  type TrackingList,
  type TrackingQuery,
} from "./education.delivery.contract.ts";
import {
  educationAssignment as A,
  educationCourse as C,
  educationPlan as P,
} from "./education.tables.ts";

/** The state of an assignment on `today`, first match (see ASSIGNMENT_STATES). */
export const stateOf = (today: string) =>
  sql<AssignmentState>`case
    when ${A.withdrawnAt} is not null then 'withdrawn'
    when ${A.completedOn} is not null then 'completed'
    when ${A.dueOn} < ${today} then 'overdue'
    when ${A.attemptCount} > 0 then 'failed'
    when ${A.openedAt} is not null then 'opened'
    else 'not_opened' end`;

const personJoin = and(eq(person.orgId, A.orgId), eq(person.id, A.personId));
const departmentJoin = and(
  eq(department.orgId, person.orgId),
  eq(department.id, person.departmentId),
);
const reading = sql`coalesce(${person.kana}, ${person.name})`;
const iso = (d: Date | null) => d?.toISOString() ?? null;

function search(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const term = `%${escapeLike(q)}%`;
  return or(ilike(person.name, term), ilike(person.kana, term), ilike(person.employeeNumber, term));
}

async function inDepartment(db: Db, orgId: string, id: string | undefined) {
  if (!id) return undefined;
  const ids = await departmentsWithin(db, orgId, [id]);
  return sql`${person.departmentId} = any(array(select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)))`;
}

/** Assignments per state of one course (one statement); the counts add up to total. */
export async function stateCountsOf(
  db: Db,
  orgId: string,
  courseId: string,
  today: string,
): Promise<StateCounts> {
  // One filtered count per state rather than GROUP BY the expression: its parameter (today)
  // would be a different placeholder in the select list and the group by, which PostgreSQL
  // refuses.
  const state = stateOf(today);
  const n = (s: AssignmentState) =>
    sql<number>`count(*) filter (where ${state} = ${s})`.mapWith(Number);
  const [row] = await db
    .select({
      total: count(),
      ...Object.fromEntries(ASSIGNMENT_STATES.map((s) => [s, n(s)])),
    })
    .from(A)
    .where(and(eq(A.orgId, orgId), eq(A.courseId, courseId)));
  const counts = {
    total: 0,
    not_opened: 0,
    opened: 0,
    failed: 0,
    completed: 0,
    withdrawn: 0,
    overdue: 0,
  };
  return { ...counts, ...(row as Partial<StateCounts>) };
}

export async function listCourseAssignments(
  db: Db,
  ctx: OrgContext,
  courseId: string,
  q: TrackingQuery,
  now = new Date(),
): Promise<TrackingList> {
  const today = todayInJapan(now);
  const [course] = await db
    .select({
      id: C.id,
      planId: C.planId,
      title: C.title,
      status: C.status,
      audience: C.audience,
      dueOn: C.dueOn,
    })
    .from(C)
    .where(and(eq(C.orgId, ctx.orgId), eq(C.id, courseId)));
  if (!course) throw notFound();
  const state = stateOf(today);
  const filter = and(
    eq(A.orgId, ctx.orgId),
    eq(A.courseId, courseId),
    q.state ? sql`${state} = ${q.state}` : undefined,
    search(q.q),
    await inDepartment(db, ctx.orgId, q.departmentId),
  );
  const [rows, [total], counts] = await Promise.all([
    db
      .select({
        a: A,
        state,
        personName: person.name,
        kana: person.kana,
        employeeNumber: person.employeeNumber,
        email: person.email,
        leftOn: person.leftOn,
        departmentName: department.name,
      })
      .from(A)
      .innerJoin(person, personJoin)
      .leftJoin(department, departmentJoin)
      .where(filter)
      .orderBy(asc(reading), asc(A.id))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(A).innerJoin(person, personJoin).where(filter),
    stateCountsOf(db, ctx.orgId, courseId, today),
  ]);
  return {
    items: rows.map(({ a, ...r }) => ({
      id: a.id,
      personId: a.personId,
      personName: r.personName,
      kana: r.kana,
      employeeNumber: r.employeeNumber,
      departmentName: r.departmentName,
      hasEmail: Boolean(r.email),
      left: r.leftOn !== null && r.leftOn <= today,
      state: r.state,
      source: a.source,
      assignedAt: a.assignedAt.toISOString(),
      dueOn: a.dueOn,
      openedAt: iso(a.openedAt),
      attemptCount: a.attemptCount,
      bestScore: a.bestScore,
      completedOn: a.completedOn,
      completedVia: a.completedVia,
      withdrawnAt: iso(a.withdrawnAt),
      withdrawnReason: a.withdrawnReason,
      lastSentAt: iso(a.lastSentAt),
      lastRemindedAt: iso(a.lastRemindedAt),
    })),
    total: total?.n ?? 0,
    nextCursor: null,
    counts,
    course,
  };
}

/** The plan's people (anyone assigned one of its courses), a page at a time, by reading. */
export async function listPlanPeople(
  db: Db,
  ctx: OrgContext,
  planId: string,
  q: PlanPeopleQuery,
  now = new Date(),
): Promise<PlanPeopleList> {
  const today = todayInJapan(now);
  const [plan] = await db
    .select({ id: P.id })
    .from(P)
    .where(and(eq(P.orgId, ctx.orgId), eq(P.id, planId)));
  if (!plan) throw notFound();
  const courses = await db
    .select({ id: C.id, title: C.title, status: C.status })
    .from(C)
    .where(and(eq(C.orgId, ctx.orgId), eq(C.planId, planId)))
    .orderBy(asc(C.createdAt), asc(C.id));
  const courseIds = courses.map((c) => c.id);
  if (courseIds.length === 0) return { courses, items: [], total: 0, nextCursor: null };
  const state = stateOf(today);
  const ofPlan = and(eq(A.orgId, ctx.orgId), inArray(A.courseId, courseIds));
  const filter = and(
    eq(person.orgId, ctx.orgId),
    sql`exists (select 1 from ${A} where ${ofPlan} and ${A.personId} = ${person.id}
      ${q.state ? sql`and ${state} = ${q.state}` : sql``})`,
    search(q.q),
    await inDepartment(db, ctx.orgId, q.departmentId),
  );
  const [people, [total]] = await Promise.all([
    db
      .select({
        personId: person.id,
        personName: person.name,
        leftOn: person.leftOn,
        departmentName: department.name,
      })
      .from(person)
      .leftJoin(department, departmentJoin)
      .where(filter)
      .orderBy(asc(reading), asc(person.id))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(person).where(filter),
  ]);
  const ids = people.map((p) => p.personId);
  const cells =
    ids.length === 0
      ? []
      : await db
          .select({
            personId: A.personId,
            courseId: A.courseId,
            assignmentId: A.id,
            state,
            completedOn: A.completedOn,
          })
          .from(A)
          .where(and(ofPlan, inArray(A.personId, ids)));
  const byPerson = new Map<string, typeof cells>();
  for (const c of cells) byPerson.set(c.personId, [...(byPerson.get(c.personId) ?? []), c]);
  const order = new Map(courseIds.map((id, i) => [id, i]));
  return {
    courses,
    items: people.map((p) => ({
      personId: p.personId,
      personName: p.personName,
      departmentName: p.departmentName,
      left: p.leftOn !== null && p.leftOn <= today,
      cells: (byPerson.get(p.personId) ?? [])
        .sort((a, b) => (order.get(a.courseId) ?? 0) - (order.get(b.courseId) ?? 0))
        .map(({ personId: _, ...c }) => c),
    })),
    total: total?.n ?? 0,
    nextCursor: null,
  };
}

/** One person's courses over every plan, newest fiscal year first. */
export async function personHistory(
  db: Db,
  ctx: OrgContext,
  personId: string,
  now = new Date(),
): Promise<PersonHistoryOut> {
  const today = todayInJapan(now);
  const [p] = await db
    .select({
      id: person.id,
      name: person.name,
      departmentName: department.name,
      joinedOn: person.joinedOn,
      leftOn: person.leftOn,
    })
    .from(person)
    .leftJoin(department, departmentJoin)
    .where(and(eq(person.orgId, ctx.orgId), eq(person.id, personId)));
  if (!p) throw notFound();
  const rows = await db
    .select({
      assignmentId: A.id,
      courseId: C.id,
      courseTitle: C.title,
      planId: P.id,
      fiscalYear: P.fiscalYear,
      state: stateOf(today),
      dueOn: A.dueOn,
      attemptCount: A.attemptCount,
      bestScore: A.bestScore,
      completedOn: A.completedOn,
      completedVia: A.completedVia,
    })
    .from(A)
    .innerJoin(C, and(eq(C.orgId, A.orgId), eq(C.id, A.courseId)))
    .innerJoin(P, and(eq(P.orgId, C.orgId), eq(P.id, C.planId)))
    .where(and(eq(A.orgId, ctx.orgId), eq(A.personId, personId)))
    .orderBy(desc(P.fiscalYear), asc(C.title), asc(A.id));
  return { person: p, items: rows };
}
