// 教育計画: one plan per fiscal year with its courses. List, read (each course with how many
// are assigned and have completed), create, change with a revision, delete while nobody was
// assigned, approve (the approval is an activity record of kind education_plan, written in the
// same transaction), and copy to next year. Changing an approved plan sends it back to draft:
// it must be approved again, while the earlier approval's activity record stays on file.
import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, ne, sql } from "drizzle-orm";
import { fiscalYearPeriod, sameDayNextYear } from "../../core/education/fiscal-year.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { type Lang, translate } from "../../i18n/messages.ts";
import { AppError, conflict, invalidField } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { recordActivityFromCapability } from "../activities/index.ts";
import { appendAudit, diffFields, recordNoChange } from "../audit/index.ts";
import { person } from "../people/index.ts";
import { deleteUnlessReferenced } from "../shared/sql-helpers.ts";
import type {
  PlanInputParsed,
  PlanList,
  PlanOut,
  PlanPatchParsed,
  PlanSaveOut,
} from "./education.contract.ts";
import { deleteCourseRow, insertCourseCopy } from "./education.courses.ts";
import {
  auditedPlan,
  courseCounts,
  hasAssignments,
  PLAN_ENTITY,
  type PlanRow,
  presentCourseSummary,
  presentPlanListItem,
  readPlan,
} from "./education.present.ts";
import { educationCourse, educationPlan } from "./education.tables.ts";

const P = educationPlan;
const C = educationCourse;
const where = (ctx: OrgContext, id: string) => and(eq(P.orgId, ctx.orgId), eq(P.id, id));

/** 409 naming the year whose plan already exists. */
const planExists = (year: number) =>
  new AppError(
    "conflict",
    "EDUCATION_PLAN_EXISTS",
    { fiscalYear: { key: "EDUCATION_PLAN_EXISTS", params: { year } } },
    { year },
  );

async function checkYearFree(tx: Tx, ctx: OrgContext, year: number) {
  const [taken] = await tx
    .select({ id: P.id })
    .from(P)
    .where(and(eq(P.orgId, ctx.orgId), eq(P.fiscalYear, year)));
  if (taken) throw planExists(year);
}

async function checkResponsible(tx: Tx, ctx: OrgContext, personId: string | null | undefined) {
  if (!personId) return;
  const [row] = await tx
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.orgId, ctx.orgId), eq(person.id, personId)));
  if (!row) throw invalidField("responsiblePersonId", "education_responsible_unknown");
}

function checkPeriod(start: string, end: string) {
  if (end < start) throw invalidField("periodEnd", "education_end_before_start");
}

export async function listPlans(
  db: Db,
  ctx: OrgContext,
  q: { page: number; limit: number },
): Promise<PlanList> {
  const rows = await db
    .select({ plan: P, courseCount: sql<number>`count(${C.id})::int` })
    .from(P)
    .leftJoin(C, and(eq(C.orgId, P.orgId), eq(C.planId, P.id), ne(C.status, "archived")))
    .where(eq(P.orgId, ctx.orgId))
    .groupBy(P.orgId, P.id)
    .orderBy(desc(P.fiscalYear))
    .limit(q.limit)
    .offset((q.page - 1) * q.limit);
  const [total] = await db.select({ n: count() }).from(P).where(eq(P.orgId, ctx.orgId));
  return {
    items: rows.map((r) => presentPlanListItem(r.plan, Number(r.courseCount))),
    total: total?.n ?? 0,
    nextCursor: null,
  };
}

export async function getPlan(db: Db | Tx, ctx: OrgContext, id: string): Promise<PlanOut> {
  const plan = await readPlan(db, ctx.orgId, id);
  const courses = await db
    .select()
    .from(C)
    .where(and(eq(C.orgId, ctx.orgId), eq(C.planId, id)))
    .orderBy(sql`${C.status} = 'archived'`, asc(C.createdAt), asc(C.id));
  const counts = await courseCounts(
    db,
    ctx.orgId,
    courses.map((c) => c.id),
  );
  const [responsible] = plan.responsiblePersonId
    ? await db
        .select({ name: person.name })
        .from(person)
        .where(and(eq(person.orgId, ctx.orgId), eq(person.id, plan.responsiblePersonId)))
    : [];
  const live = courses.filter((c) => c.status !== "archived").length;
  return {
    ...presentPlanListItem(plan, live),
    responsiblePersonId: plan.responsiblePersonId,
    responsibleName: responsible?.name ?? null,
    newHireWithinDays: plan.newHireWithinDays,
    notes: plan.notes,
    approverUserId: plan.approverUserId,
    approvalActivityId: plan.approvalActivityId,
    revision: plan.revision,
    createdAt: plan.createdAt.toISOString(),
    courses: courses.map((c) => presentCourseSummary(c, counts.get(c.id))),
  };
}

async function insertPlan(tx: Tx, ctx: OrgContext, values: typeof P.$inferInsert) {
  const [row] = await tx.insert(P).values(values).returning();
  if (!row) throw new Error("insert returned nothing");
  await appendAudit(tx, ctx, {
    entity: PLAN_ENTITY,
    entityId: row.id,
    action: "create",
    changes: diffFields(null, auditedPlan(row)),
  });
  return row;
}

const defaultTitle = (year: number) => `${year}年度 教育計画`;

export async function createPlan(
  db: Db,
  ctx: OrgContext,
  input: PlanInputParsed,
): Promise<{ id: string }> {
  return writeInOrg(db, ctx, async (tx) => {
    await checkYearFree(tx, ctx, input.fiscalYear);
    await checkResponsible(tx, ctx, input.responsiblePersonId);
    const period = fiscalYearPeriod(input.fiscalYear);
    const periodStart = input.periodStart ?? period.start;
    const periodEnd = input.periodEnd ?? period.end;
    checkPeriod(periodStart, periodEnd);
    const row = await insertPlan(tx, ctx, {
      orgId: ctx.orgId,
      id: randomUUID(),
      fiscalYear: input.fiscalYear,
      title: input.title ?? defaultTitle(input.fiscalYear),
      periodStart,
      periodEnd,
      responsiblePersonId: input.responsiblePersonId ?? null,
      newHireWithinDays: input.newHireWithinDays,
      notes: input.notes,
    });
    return { id: row.id };
  });
}

/** The approval fields of a plan back in draft. */
const UNAPPROVED = {
  status: "draft",
  approverUserId: null,
  approverName: null,
  approvedAt: null,
  approvalActivityId: null,
} as const;

export async function updatePlan(
  db: Db,
  ctx: OrgContext,
  id: string,
  patch: PlanPatchParsed,
  lang: Lang,
  now = new Date(),
): Promise<PlanSaveOut> {
  const reapprovalNeeded = await writeInOrg(db, ctx, async (tx) => {
    const before = await readPlan(tx, ctx.orgId, id, true);
    if (patch.revision !== before.revision) throw conflict("EDUCATION_SAVE_CONFLICT");
    const { revision: _r, ...fields } = patch;
    if (fields.responsiblePersonId !== undefined)
      await checkResponsible(tx, ctx, fields.responsiblePersonId);
    // A period cleared goes back to the fiscal year's.
    const period = fiscalYearPeriod(before.fiscalYear);
    const periodStart =
      fields.periodStart === undefined ? before.periodStart : (fields.periodStart ?? period.start);
    const periodEnd =
      fields.periodEnd === undefined ? before.periodEnd : (fields.periodEnd ?? period.end);
    checkPeriod(periodStart, periodEnd);
    const next = { ...before, ...fields, periodStart, periodEnd };
    const changed = Object.keys(diffFields(auditedPlan(before), auditedPlan(next))).length > 0;
    if (!changed) {
      await recordNoChange(tx, ctx);
      return false;
    }
    const wasApproved = before.status === "approved";
    const [after] = await tx
      .update(P)
      .set({
        ...fields,
        periodStart,
        periodEnd,
        ...(wasApproved ? UNAPPROVED : {}),
        revision: before.revision + 1,
        updatedAt: now,
      })
      .where(where(ctx, id))
      .returning();
    if (!after) throw new Error("update returned nothing");
    await appendAudit(tx, ctx, {
      entity: PLAN_ENTITY,
      entityId: id,
      action: "update",
      changes: diffFields(auditedPlan(before), auditedPlan(after)),
    });
    return wasApproved;
  });
  return {
    ...(await getPlan(db, ctx, id)),
    reapprovalNeeded,
    notice: reapprovalNeeded ? translate("education_reapproval_needed", lang) : null,
  };
}

/**
 * Deletes a plan and its courses while nobody was assigned any of them; afterwards the plan
 * is part of the records (409: archive its courses instead).
 */
export async function deletePlan(db: Db, ctx: OrgContext, id: string) {
  await writeInOrg(db, ctx, async (tx) => {
    const before = await readPlan(tx, ctx.orgId, id, true);
    const courses = await tx
      .select()
      .from(C)
      .where(and(eq(C.orgId, ctx.orgId), eq(C.planId, id)))
      .for("update");
    if (
      await hasAssignments(
        tx,
        ctx.orgId,
        courses.map((c) => c.id),
      )
    )
      throw conflict("EDUCATION_PLAN_IN_USE");
    for (const course of courses) await deleteCourseRow(tx, ctx, course);
    await deleteUnlessReferenced(() => tx.delete(P).where(where(ctx, id)), "EDUCATION_PLAN_IN_USE");
    await appendAudit(tx, ctx, {
      entity: PLAN_ENTITY,
      entityId: id,
      action: "delete",
      changes: diffFields(auditedPlan(before), null),
    });
  });
}

/**
 * Approves a draft plan that has at least one course in use: the approver is the caller (a
 * member with education.approve), and the approval is the activity record the readiness rules
 * and the PDCA calendar read.
 */
export async function approvePlan(db: Db, ctx: OrgContext, id: string, now = new Date()) {
  await writeInOrg(db, ctx, async (tx) => {
    const before = await readPlan(tx, ctx.orgId, id, true);
    if (before.status === "approved") throw conflict("EDUCATION_PLAN_ALREADY_APPROVED");
    const [courses] = await tx
      .select({ n: count() })
      .from(C)
      .where(and(eq(C.orgId, ctx.orgId), eq(C.planId, id), ne(C.status, "archived")));
    if (!courses?.n) throw conflict("EDUCATION_PLAN_NO_COURSES");
    const activityId = await recordActivityFromCapability(tx, ctx, {
      kind: "education_plan",
      performedOn: todayInJapan(now),
      performedByName: ctx.userName,
      approverUserId: ctx.userId,
      approverName: ctx.userName,
      approvedAt: now,
      notes: `教育計画「${before.title}」（${before.fiscalYear}年度）の承認（教育）`,
    });
    const [after] = await tx
      .update(P)
      .set({
        status: "approved",
        approverUserId: ctx.userId,
        approverName: ctx.userName,
        approvedAt: now,
        approvalActivityId: activityId,
        revision: before.revision + 1,
        updatedAt: now,
      })
      .where(where(ctx, id))
      .returning();
    if (!after) throw new Error("update returned nothing");
    await appendAudit(tx, ctx, {
      entity: PLAN_ENTITY,
      entityId: id,
      action: "approve",
      changes: diffFields(auditedPlan(before), auditedPlan(after)),
    });
  });
  return getPlan(db, ctx, id);
}

/** The title with its year moved on (「2026年度 教育計画」 → 「2027年度 教育計画」). */
const nextYearTitle = (title: string, year: number) =>
  title.replace(`${year}年度`, `${year + 1}年度`);

/**
 * Next year's plan from this one: a draft with the period moved on a year, each course in
 * use copied with its files (dates moved on, nobody assigned). 409 when next year's plan
 * exists.
 */
export async function copyPlanToNextYear(
  db: Db,
  ctx: OrgContext,
  id: string,
  files: { orgMaxBytes: number },
): Promise<{ id: string }> {
  return writeInOrg(db, ctx, async (tx) => {
    const source = await readPlan(tx, ctx.orgId, id);
    const year = source.fiscalYear + 1;
    await checkYearFree(tx, ctx, year);
    const plan: PlanRow = await insertPlan(tx, ctx, {
      orgId: ctx.orgId,
      id: randomUUID(),
      fiscalYear: year,
      title: nextYearTitle(source.title, source.fiscalYear),
      periodStart: sameDayNextYear(source.periodStart),
      periodEnd: sameDayNextYear(source.periodEnd),
      responsiblePersonId: source.responsiblePersonId,
      newHireWithinDays: source.newHireWithinDays,
      notes: source.notes,
    });
    const courses = await tx
      .select()
      .from(C)
      .where(and(eq(C.orgId, ctx.orgId), eq(C.planId, id), ne(C.status, "archived")))
      .orderBy(asc(C.createdAt), asc(C.id));
    for (const course of courses)
      await insertCourseCopy(tx, ctx, course, source.fiscalYear, plan, files);
    return { id: plan.id };
  });
}
