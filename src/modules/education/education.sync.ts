// Assignments that follow joiners and leavers (入社・退職への追随). People who joined during the
// plan's period and are in office get each open course meant for new hires (audience
// new_hires, or all_staff once the course was assigned to the staff by its audience, i.e. it
// has plan-sourced assignments), due `newHireWithinDays` after joining (source new_hire), and
// their link by mail when they have an address. People who have left (leaving day today or
// earlier) get their uncompleted assignments of the plan withdrawn (reason left). Someone
// assigned before, or withdrawn by hand, is left alone: a row of any kind means decided.
import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { addDays } from "../../core/obligations/dates.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { type AuditInput, appendAuditMany } from "../audit/index.ts";
import { department } from "../org/index.ts";
import { inOffice, joinedBy, person } from "../people/index.ts";
import type { LinkOptions } from "../personal-links/index.ts";
import { ASSIGNMENT_ENTITY, placeAssignments, sendLinks } from "./education.assign.ts";
import type { SyncResult } from "./education.delivery.contract.ts";
import {
  educationAssignment as A,
  educationCourse as C,
  educationPlan as P,
} from "./education.tables.ts";
import { readDeliveryCourse } from "./education.targets.ts";

/** The plan's open courses that new hires take. */
async function newHireCourses(tx: Tx, orgId: string, planId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: C.id })
    .from(C)
    .where(
      and(
        eq(C.orgId, orgId),
        eq(C.planId, planId),
        eq(C.status, "open"),
        sql`(${C.audience} = 'new_hires' or (${C.audience} = 'all_staff' and exists (
          select 1 from ${A} where ${A.orgId} = ${C.orgId} and ${A.courseId} = ${C.id}
             and ${A.source} = 'plan')))`,
      ),
    );
  return rows.map((r) => r.id);
}

/** Joiners assigned and leavers withdrawn for one plan, inside the caller's write. */
export async function syncPlanIn(
  tx: Tx,
  ctx: OrgContext,
  planId: string,
  opts: { now: Date; links?: LinkOptions },
): Promise<SyncResult> {
  const today = todayInJapan(opts.now);
  const [plan] = await tx
    .select()
    .from(P)
    .where(and(eq(P.orgId, ctx.orgId), eq(P.id, planId)));
  if (!plan) throw notFound();
  let assigned = 0;
  // Dates as YYYY-MM-DD strings: the earlier of the two.
  const until = [plan.periodEnd, today].sort()[0] as string;
  for (const courseId of await newHireCourses(tx, ctx.orgId, planId)) {
    const joiners = await tx
      .select({
        personId: person.id,
        personName: person.name,
        departmentName: department.name,
        email: person.email,
        joinedOn: person.joinedOn,
      })
      .from(person)
      .leftJoin(
        department,
        and(eq(department.orgId, person.orgId), eq(department.id, person.departmentId)),
      )
      .where(
        and(
          eq(person.orgId, ctx.orgId),
          inOffice(today),
          joinedBy(today),
          sql`${person.joinedOn} >= ${plan.periodStart}`,
          lte(person.joinedOn, until),
          sql`not exists (select 1 from ${A} where ${A.orgId} = ${person.orgId}
                and ${A.courseId} = ${courseId} and ${A.personId} = ${person.id})`,
        ),
      );
    if (joiners.length === 0) continue;
    const course = await readDeliveryCourse(tx, ctx.orgId, courseId, true);
    const placed = await placeAssignments(
      tx,
      ctx,
      course,
      joiners.map(({ joinedOn, ...j }) => ({
        ...j,
        dueOn: addDays(joinedOn ?? today, plan.newHireWithinDays),
      })),
      "new_hire",
      opts.now,
    );
    assigned += placed.fresh.length;
    if (opts.links)
      await sendLinks(tx, ctx, course, placed.fresh, {
        links: opts.links,
        kind: "invite",
        today,
        now: opts.now,
      });
  }
  const leavers = await tx
    .update(A)
    .set({ withdrawnAt: opts.now, withdrawnReason: "left" })
    .where(
      and(
        eq(A.orgId, ctx.orgId),
        isNull(A.completedOn),
        isNull(A.withdrawnAt),
        inArray(
          A.courseId,
          tx
            .select({ id: C.id })
            .from(C)
            .where(and(eq(C.orgId, ctx.orgId), eq(C.planId, planId))),
        ),
        inArray(
          A.personId,
          tx
            .select({ id: person.id })
            .from(person)
            .where(and(eq(person.orgId, ctx.orgId), lte(person.leftOn, today))),
        ),
      ),
    )
    .returning({ id: A.id, personId: A.personId, courseId: A.courseId });
  const names = new Map<string, string>();
  const titles = new Map<string, string>();
  if (leavers.length > 0) {
    for (const c of await tx
      .select({ id: C.id, title: C.title })
      .from(C)
      .where(and(eq(C.orgId, ctx.orgId), eq(C.planId, planId))))
      titles.set(c.id, c.title);
    const ids = [...new Set(leavers.map((l) => l.personId))];
    for (const r of await tx
      .select({ id: person.id, name: person.name })
      .from(person)
      .where(and(eq(person.orgId, ctx.orgId), inArray(person.id, ids))))
      names.set(r.id, r.name);
  }
  const events: AuditInput[] = leavers.map((l) => ({
    entity: ASSIGNMENT_ENTITY,
    entityId: l.id,
    action: "withdraw",
    changes: {
      personName: { old: null, new: names.get(l.personId) ?? "" },
      courseTitle: { old: null, new: titles.get(l.courseId) ?? "" },
      withdrawnAt: { old: null, new: opts.now.toISOString() },
      withdrawnReason: { old: null, new: "left" },
    },
  }));
  // Counts as the write's audit step even when nobody joined or left.
  await appendAuditMany(tx, ctx, events);
  return { assigned, withdrawn: leavers.length };
}

/** 「入退社を反映」: the button on the tracking tab. */
export function syncPlan(
  db: Db,
  ctx: OrgContext,
  planId: string,
  opts: { now?: Date; links?: LinkOptions } = {},
): Promise<SyncResult> {
  return writeInOrg(db, ctx, (tx) =>
    syncPlanIn(tx, ctx, planId, { ...opts, now: opts.now ?? new Date() }),
  );
}
