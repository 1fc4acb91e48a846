// Mailing again the people who have not completed a course: by hand (「未修了者に再送」, POST
// …/send), and by the scheduled job once the due day has passed. Each mail carries a new
// personal link for the course (only hashes are kept, so the earlier one cannot be sent
// again). Nobody is mailed twice within 24 hours by hand (the first mail counts), nor more
// than once a week by the job. Completed and withdrawn assignments, and people who have left,
// are never chased.
import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { mailedRecently } from "../../core/personal-links/reminders.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, recordNoChange } from "../audit/index.ts";
import { department } from "../org/index.ts";
import { inOffice, joinedBy, person } from "../people/index.ts";
import type { LinkOptions } from "../personal-links/index.ts";
import {
  ASSIGNMENT_ENTITY,
  assertOpen,
  type Placed,
  personOut,
  sendLinks,
} from "./education.assign.ts";
import type {
  DeliveryPersonOut,
  ResendInput,
  ResendResult,
} from "./education.delivery.contract.ts";
import { educationAssignment as A } from "./education.tables.ts";
import { readDeliveryCourse } from "./education.targets.ts";

export type PendingAssignment = Placed & {
  courseId: string;
  lastSentAt: Date | null;
  lastRemindedAt: Date | null;
};

/** Uncompleted, not withdrawn assignments of people in office matching `where`, locked. */
export async function pendingAssignments(
  tx: Tx,
  orgId: string,
  where: SQL,
  today: string,
): Promise<PendingAssignment[]> {
  return tx
    .select({
      assignmentId: A.id,
      courseId: A.courseId,
      dueOn: A.dueOn,
      lastSentAt: A.lastSentAt,
      lastRemindedAt: A.lastRemindedAt,
      personId: person.id,
      personName: person.name,
      departmentName: department.name,
      email: person.email,
    })
    .from(A)
    .innerJoin(person, and(eq(person.orgId, A.orgId), eq(person.id, A.personId)))
    .leftJoin(
      department,
      and(eq(department.orgId, person.orgId), eq(department.id, person.departmentId)),
    )
    .where(
      and(
        eq(A.orgId, orgId),
        isNull(A.completedOn),
        isNull(A.withdrawnAt),
        inOffice(today),
        joinedBy(today),
        where,
      ),
    )
    .orderBy(sql`coalesce(${person.kana}, ${person.name})`, A.id)
    .for("update", { of: A });
}

/** 「再送」: the course's pending people (or the chosen ones), unless mailed within 24 hours. */
export async function resendCourse(
  db: Db,
  ctx: OrgContext,
  courseId: string,
  input: ResendInput,
  links: LinkOptions,
  now = new Date(),
): Promise<ResendResult> {
  const today = todayInJapan(now);
  return writeInOrg(db, ctx, async (tx) => {
    const course = await readDeliveryCourse(tx, ctx.orgId, courseId, true);
    assertOpen(course);
    const chosen = input.assignmentIds;
    if (chosen?.length) {
      const found = await tx
        .select({ id: A.id })
        .from(A)
        .where(and(eq(A.orgId, ctx.orgId), eq(A.courseId, courseId), inArray(A.id, chosen)));
      if (found.length !== chosen.length) throw notFound();
    }
    const rows = await pendingAssignments(
      tx,
      ctx.orgId,
      and(eq(A.courseId, courseId), chosen?.length ? inArray(A.id, chosen) : undefined) as SQL,
      today,
    );
    const withoutEmail: DeliveryPersonOut[] = [];
    const due: PendingAssignment[] = [];
    let skippedRecent = 0;
    for (const r of rows) {
      if (!r.email) withoutEmail.push(personOut(r));
      else if (mailedRecently([r.lastSentAt, r.lastRemindedAt], now)) skippedRecent++;
      else due.push(r);
    }
    const { mailed } = await sendLinks(tx, ctx, course, due, {
      links,
      kind: "resend",
      today,
      now,
    });
    if (mailed === 0) await recordNoChange(tx, ctx);
    else
      await appendAudit(tx, ctx, {
        entity: ASSIGNMENT_ENTITY,
        entityId: courseId,
        action: "resend",
        changes: {
          courseTitle: { old: null, new: course.title },
          mailed: { old: null, new: mailed },
          skippedRecent: { old: null, new: skippedRecent },
        },
      });
    return { mailed, skippedRecent, withoutEmail };
  });
}
