// 作業計画: the 13 steps with their planned dates, their status from the readiness rules and
// the tasks, and each user's open tasks across their organizations (home screen).
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { StepProgress } from "../../core/readiness/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import { invalidField } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields, recordNoChange } from "../audit/index.ts";
import { member, organization, user } from "../auth/index.ts";
import { getReadiness } from "../readiness/index.ts";
import type { MyTaskOut, RoadmapOut, StepPatch, StepPlanOut, TaskOut } from "./roadmap.contract.ts";
import { readPlan } from "./roadmap.plan.ts";
import { presentStep, presentTask } from "./roadmap.present.ts";
import { roadmapStep, roadmapTask } from "./roadmap.tables.ts";

const T = roadmapTask;
const taskOrder = [
  asc(T.step),
  asc(T.sort),
  sql`${T.dueOn} asc nulls last`,
  asc(T.createdAt),
  asc(T.id),
];

/** The organization's tasks (or one of them) with the assignee's name. */
export function selectTasks(db: Db | Tx, orgId: string, id?: string) {
  return db
    .select({ task: T, assigneeName: user.name })
    .from(T)
    .leftJoin(user, eq(user.id, T.assigneeUserId))
    .where(id === undefined ? eq(T.orgId, orgId) : and(eq(T.orgId, orgId), eq(T.id, id)))
    .orderBy(...taskOrder)
    .then((rows) => rows.map((r) => ({ ...r.task, assigneeName: r.assigneeName })));
}

export async function getRoadmap(
  db: Db,
  ctx: OrgContext,
  lang: Lang,
  now = new Date(),
): Promise<RoadmapOut> {
  const today = todayInJapan(now);
  // Step statuses from the readiness report: cached until the organization's next write.
  const [report, plans, tasks, plan] = await Promise.all([
    getReadiness(db, ctx, lang, now),
    db.select().from(roadmapStep).where(eq(roadmapStep.orgId, ctx.orgId)),
    selectTasks(db, ctx.orgId),
    readPlan(db, ctx.orgId),
  ]);
  // The report's byStep is core's StepProgress as the API sends it (step 1–13).
  const byStep = report.byStep as StepProgress[];
  const byNumber = new Map(plans.map((p) => [p.step, p]));
  const tasksOf = new Map<number, TaskOut[]>();
  for (const row of tasks) {
    const list = tasksOf.get(row.step) ?? [];
    list.push(presentTask(row, today));
    tasksOf.set(row.step, list);
  }
  const stepsUsed = plans.some((p) => p.plannedStart || p.plannedEnd || p.note);
  return {
    today,
    empty: !stepsUsed && tasks.length === 0 && !plan.startsOn && !plan.applicationOn,
    plan,
    steps: byStep.map((p) =>
      presentStep(p, byNumber.get(p.step), tasksOf.get(p.step) ?? [], today),
    ),
  };
}

const planOf = (step: number, row?: Partial<StepPlanOut> | null): StepPlanOut => ({
  step,
  plannedStart: row?.plannedStart ?? null,
  plannedEnd: row?.plannedEnd ?? null,
  note: row?.note ?? null,
});

/** Sets a step's planned dates or note; fields not sent stay as they are. */
export async function updateStep(
  db: Db,
  ctx: OrgContext,
  step: number,
  patch: StepPatch,
): Promise<StepPlanOut> {
  return writeInOrg(db, ctx, async (tx) => {
    const key = and(eq(roadmapStep.orgId, ctx.orgId), eq(roadmapStep.step, step));
    const [row] = await tx.select().from(roadmapStep).where(key).for("update");
    const before = planOf(step, row);
    const after = planOf(step, { ...before, ...patch });
    if (after.plannedStart && after.plannedEnd && after.plannedEnd < after.plannedStart) {
      throw invalidField("plannedEnd", "date_range_invalid");
    }
    const changes = diffFields(before, after);
    if (!Object.keys(changes).length) {
      await recordNoChange(tx, ctx);
      return after;
    }
    const values = {
      plannedStart: after.plannedStart,
      plannedEnd: after.plannedEnd,
      note: after.note,
      updatedAt: new Date(),
    };
    await tx
      .insert(roadmapStep)
      .values({ orgId: ctx.orgId, step, ...values })
      .onConflictDoUpdate({ target: [roadmapStep.orgId, roadmapStep.step], set: values });
    await appendAudit(tx, ctx, {
      entity: "roadmap_step",
      entityId: String(step),
      action: "update",
      changes,
    });
    return after;
  });
}

/**
 * The user's open tasks in every organization they are still a member of: due first (the
 * earliest first), then those without a due day.
 */
export async function listMyTasks(
  db: Db,
  userId: string,
  now = new Date(),
): Promise<{ today: string; items: MyTaskOut[] }> {
  const today = todayInJapan(now);
  const rows = await db
    .select({ task: T, assigneeName: user.name, orgName: organization.name })
    .from(T)
    .innerJoin(member, and(eq(member.organizationId, T.orgId), eq(member.userId, T.assigneeUserId)))
    .innerJoin(organization, eq(organization.id, T.orgId))
    .leftJoin(user, eq(user.id, T.assigneeUserId))
    .where(and(eq(T.assigneeUserId, userId), isNull(T.doneOn)))
    .orderBy(sql`${T.dueOn} asc nulls last`, asc(organization.name), ...taskOrder)
    .limit(500);
  return {
    today,
    items: rows.map((r) => ({
      ...presentTask({ ...r.task, assigneeName: r.assigneeName }, today),
      orgId: r.task.orgId,
      orgName: r.orgName,
    })),
  };
}
