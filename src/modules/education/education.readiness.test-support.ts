// For tests of other capabilities that need education done (readiness scenarios, the cache):
// completions written in one audited write, as the education services leave them (a plan of
// the completion's fiscal year, an open course, one completed assignment per person), so the
// readiness cache notices them. Not the product's way in: that is the education routes.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { fiscalYearOf, fiscalYearPeriod } from "../../core/education/index.ts";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAuditMany, createEvents } from "../audit/index.ts";
import { educationAssignment, educationCourse, educationPlan } from "./education.tables.ts";

/**
 * Each person completes a new course of `audience` (all_staff unless said) on `completedOn`;
 * returns the assignment ids in the order of `personIds`.
 */
export async function recordTestCompletions(
  db: Db,
  ctx: OrgContext,
  personIds: readonly string[],
  completedOn: string,
  audience = "all_staff",
): Promise<string[]> {
  return writeInOrg(db, ctx, async (tx) => {
    const fiscalYear = fiscalYearOf(completedOn);
    const [found] = await tx
      .select({ id: educationPlan.id })
      .from(educationPlan)
      .where(and(eq(educationPlan.orgId, ctx.orgId), eq(educationPlan.fiscalYear, fiscalYear)));
    const events = [];
    let planId = found?.id;
    if (!planId) {
      const period = fiscalYearPeriod(fiscalYear);
      const plan = {
        orgId: ctx.orgId,
        id: randomUUID(),
        fiscalYear,
        title: `${fiscalYear}年度 教育計画`,
        periodStart: period.start,
        periodEnd: period.end,
      };
      await tx.insert(educationPlan).values(plan);
      events.push(...createEvents("education_plan", [plan]));
      planId = plan.id;
    }
    const course = {
      orgId: ctx.orgId,
      id: randomUUID(),
      planId,
      title: "個人情報保護の基礎",
      audience,
      status: "open",
    };
    await tx.insert(educationCourse).values(course);
    const rows = personIds.map((personId) => ({
      orgId: ctx.orgId,
      id: randomUUID(),
      courseId: course.id,
      personId,
      completedOn,
      completedVia: "paper",
    }));
    if (rows.length) await tx.insert(educationAssignment).values(rows);
    events.push(
      ...createEvents("education_course", [course]),
      ...createEvents("education_assignment", rows),
    );
    await appendAuditMany(tx, ctx, events);
    return rows.map((r) => r.id);
  });
}

/** Moves a completion to another day (an audited update), e.g. to make it too old. */
export async function moveTestCompletion(
  db: Db,
  ctx: OrgContext,
  assignmentId: string,
  completedOn: string,
): Promise<void> {
  await writeInOrg(db, ctx, async (tx) => {
    await tx
      .update(educationAssignment)
      .set({ completedOn })
      .where(
        and(eq(educationAssignment.orgId, ctx.orgId), eq(educationAssignment.id, assignmentId)),
      );
    await appendAuditMany(tx, ctx, [
      {
        entity: "education_assignment",
        entityId: assignmentId,
        action: "update",
        changes: { completedOn: { old: null, new: completedOn } },
      },
    ]);
  });
}
