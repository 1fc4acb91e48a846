// Whom a course reaches: the course of a plan (with what assigning needs of it) and the people
// in office of its audience, of a department (sub-departments too), or chosen by id. "In office"
// is joined (or no joining day) and not left by today in Japan: a person joining later is
// assigned by the daily sync once they have joined. Another organization's course, department
// or person is 404; a person chosen by id who has left is refused (400, personIds).
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { AUDIENCE_ROLES, type CourseAudience } from "../../core/education/index.ts";
import type { Db, Tx } from "../../db/client.ts";
import { invalidField, notFound } from "../../server/app-error.ts";
import { appointment } from "../appointments/index.ts";
import { organization } from "../auth/index.ts";
import { department, departmentsWithin } from "../org/index.ts";
import { inOffice, joinedBy, person } from "../people/index.ts";
import { type AssignInputParsed, MAX_ASSIGN_TARGETS } from "./education.delivery.contract.ts";
import { educationCourse as C, educationPlan as P } from "./education.tables.ts";

export type DeliveryCourse = {
  id: string;
  planId: string;
  title: string;
  description: string | null;
  audience: string;
  status: string;
  dueOn: string | null;
  durationMinutes: number | null;
  passMark: number;
  maxAttempts: number | null;
  orgName: string;
  periodStart: string;
  periodEnd: string;
  newHireWithinDays: number;
};

export type Target = {
  personId: string;
  personName: string;
  departmentName: string | null;
  email: string | null;
};

/** The course with its plan and organization; `lock` shares the row against a change. */
export async function readDeliveryCourse(
  db: Db | Tx,
  orgId: string,
  courseId: string,
  lock = false,
): Promise<DeliveryCourse> {
  const query = db
    .select({
      id: C.id,
      planId: C.planId,
      title: C.title,
      description: C.description,
      audience: C.audience,
      status: C.status,
      dueOn: C.dueOn,
      durationMinutes: C.durationMinutes,
      passMark: C.passMark,
      maxAttempts: C.maxAttempts,
      orgName: organization.name,
      periodStart: P.periodStart,
      periodEnd: P.periodEnd,
      newHireWithinDays: P.newHireWithinDays,
    })
    .from(C)
    .innerJoin(P, and(eq(P.orgId, C.orgId), eq(P.id, C.planId)))
    .innerJoin(organization, eq(organization.id, C.orgId))
    .where(and(eq(C.orgId, orgId), eq(C.id, courseId)));
  const [row] = lock ? await query.for("share", { of: C }) : await query;
  if (!row) throw notFound();
  return row;
}

/** Who the course's audience is on `today`, as a condition on person. */
async function audienceFilter(course: DeliveryCourse, today: string): Promise<SQL> {
  const audience = course.audience as CourseAudience;
  if (audience === "all_staff") return sql`true`;
  if (audience === "new_hires")
    return and(
      sql`${person.joinedOn} >= ${course.periodStart}`,
      sql`${person.joinedOn} <= ${course.periodEnd}`,
    ) as SQL;
  const roles = AUDIENCE_ROLES[audience];
  // "chosen": the course has no audience of its own; people are picked by name.
  if (!roles) throw invalidField("scope", "education_audience_chosen");
  return sql`${person.id} in (select ${appointment.personId} from ${appointment}
    where ${appointment.orgId} = ${person.orgId}
      and ${appointment.role} in (select jsonb_array_elements_text(${JSON.stringify(roles)}::jsonb))
      and ${appointment.fromDate} <= ${today}
      and (${appointment.toDate} is null or ${appointment.toDate} >= ${today}))`;
}

export async function assignTargets(
  tx: Tx,
  orgId: string,
  course: DeliveryCourse,
  input: Pick<AssignInputParsed, "scope" | "departmentId" | "personIds">,
  today: string,
): Promise<Target[]> {
  const where: SQL[] = [eq(person.orgId, orgId)];
  if (input.scope === "people") {
    const chosen = input.personIds ?? [];
    const found = await tx
      .select({ id: person.id, leftOn: person.leftOn })
      .from(person)
      .where(and(eq(person.orgId, orgId), inArray(person.id, chosen)));
    if (found.length !== chosen.length) throw notFound();
    if (found.some((p) => p.leftOn !== null && p.leftOn <= today))
      throw invalidField("personIds", "education_person_left");
    // Chosen by name: a person whose joining day is ahead may be assigned in advance.
    where.push(inArray(person.id, chosen));
  } else {
    where.push(inOffice(today), joinedBy(today));
    if (input.scope === "department") {
      const depts = await departmentsWithin(tx, orgId, [input.departmentId ?? ""]);
      where.push(inArray(person.departmentId, depts));
    } else where.push(await audienceFilter(course, today));
  }
  const rows = await tx
    .select({
      personId: person.id,
      personName: person.name,
      departmentName: department.name,
      email: person.email,
    })
    .from(person)
    .leftJoin(
      department,
      and(eq(department.orgId, person.orgId), eq(department.id, person.departmentId)),
    )
    .where(and(...where))
    .orderBy(asc(sql`coalesce(${person.kana}, ${person.name})`), asc(person.id))
    .limit(MAX_ASSIGN_TARGETS + 1);
  const field = input.scope === "department" ? "departmentId" : "scope";
  if (rows.length === 0) throw invalidField(field, "no_staff");
  if (rows.length > MAX_ASSIGN_TARGETS)
    throw invalidField(field, "too_many_items", { max: MAX_ASSIGN_TARGETS });
  return rows;
}
