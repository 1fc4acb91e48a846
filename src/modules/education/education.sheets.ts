// The two printouts of a course for places without mail: the list of people who have not
// completed it (by department, with the due day), and the sheet of personal links (QR cards,
// personal-links' own sheet) for the pending people without e-mail, or those chosen. The
// sheet's links are rendered BEFORE they are stored, so a sheet that fails to render leaves
// the earlier links as they were.
import { and, asc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { lastValidDay } from "../../core/personal-links/purposes.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { department } from "../org/index.ts";
import { inOffice, joinedBy, person } from "../people/index.ts";
import type { LinkOptions, SheetInput } from "../personal-links/index.ts";
import { assertOpen, type Placed } from "./education.assign.ts";
import type { LinkSheetInput } from "./education.delivery.contract.ts";
import { prepareCourseLinks, storeCourseLinks } from "./education.links.ts";
import type { PendingListInput } from "./education.pending.pdf.ts";
import { educationAssignment as A } from "./education.tables.ts";
import { readDeliveryCourse } from "./education.targets.ts";

const open = (orgId: string, courseId: string, today: string) =>
  and(
    eq(A.orgId, orgId),
    eq(A.courseId, courseId),
    isNull(A.completedOn),
    isNull(A.withdrawnAt),
    inOffice(today),
    joinedBy(today),
  ) as SQL;

const personJoin = and(eq(person.orgId, A.orgId), eq(person.id, A.personId));
const departmentJoin = and(
  eq(department.orgId, person.orgId),
  eq(department.id, person.departmentId),
);

/** Everyone in office who has not completed the course, by department then reading. */
export async function pendingList(
  db: Db,
  ctx: OrgContext,
  courseId: string,
  now = new Date(),
): Promise<PendingListInput> {
  const today = todayInJapan(now);
  const course = await readDeliveryCourse(db, ctx.orgId, courseId);
  const rows = await db
    .select({
      name: person.name,
      department: department.name,
      dueOn: A.dueOn,
      email: person.email,
      attemptCount: A.attemptCount,
    })
    .from(A)
    .innerJoin(person, personJoin)
    .leftJoin(department, departmentJoin)
    .where(open(ctx.orgId, courseId, today))
    .orderBy(
      sql`${department.name} asc nulls last`,
      asc(sql`coalesce(${person.kana}, ${person.name})`),
      asc(A.id),
    );
  return {
    organization: course.orgName,
    course: course.title,
    printedOn: today,
    rows: rows.map((r) => ({
      name: r.name,
      department: r.department,
      dueOn: r.dueOn,
      overdue: r.dueOn !== null && r.dueOn < today,
      hasEmail: Boolean(r.email),
      failed: r.attemptCount > 0,
    })),
  };
}

/**
 * Prepares the link sheet: new links (not stored yet) for the chosen pending assignments, or
 * for every pending person without e-mail. `store` then keeps them.
 */
export async function prepareLinkSheet(
  db: Db,
  ctx: OrgContext,
  courseId: string,
  input: LinkSheetInput,
  links: LinkOptions,
  now = new Date(),
) {
  const today = todayInJapan(now);
  const course = await readDeliveryCourse(db, ctx.orgId, courseId);
  assertOpen(course);
  const chosen = input.assignmentIds;
  if (chosen?.length) {
    const found = await db
      .select({ id: A.id })
      .from(A)
      .where(and(eq(A.orgId, ctx.orgId), eq(A.courseId, courseId), inArray(A.id, chosen)));
    if (found.length !== chosen.length) throw notFound();
  }
  const holders: Placed[] = await db
    .select({
      assignmentId: A.id,
      dueOn: A.dueOn,
      personId: person.id,
      personName: person.name,
      departmentName: department.name,
      email: person.email,
    })
    .from(A)
    .innerJoin(person, personJoin)
    .leftJoin(department, departmentJoin)
    .where(
      and(
        open(ctx.orgId, courseId, today),
        chosen?.length ? inArray(A.id, chosen) : sql`${person.email} is null`,
      ),
    )
    .orderBy(
      sql`${department.name} asc nulls last`,
      asc(sql`coalesce(${person.kana}, ${person.name})`),
      asc(A.id),
    );
  if (holders.length === 0) throw invalidField("assignmentIds", "no_staff");
  const prepared = prepareCourseLinks(course, holders, links, today, now);
  const sheet: SheetInput = {
    organization: course.orgName,
    purpose: "course",
    subjectTitle: course.title,
    printedOn: today,
    cards: prepared.links.map((l) => ({
      name: l.personName,
      department: l.departmentName,
      url: l.url,
      lastDay: lastValidDay(new Date(l.expiresAt)),
    })),
  };
  return {
    sheet,
    count: holders.length,
    store: () =>
      writeInOrg(db, ctx, (tx) => storeCourseLinks(tx, ctx, prepared, holders, "sheet", null)),
  };
}
