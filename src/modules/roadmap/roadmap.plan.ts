// The work plan as a whole: the default plan written from a start day (core/roadmap), the
// planned application and expected grant changed by hand, and the planned application day for
// other capabilities (the yearly work must still be in time on it).
import { randomUUID } from "node:crypto";
import { and, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import {
  addMonthsClamped,
  type DefaultPlan,
  defaultPlan,
  type SessionCadence,
} from "../../core/roadmap/default-plan.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import { conflict, invalidField } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { type AuditInput, appendAuditMany, diffFields, recordNoChange } from "../audit/index.ts";
import type { DefaultPlanInput, PlanOut, PlanPatch } from "./roadmap.contract.ts";
import { roadmapPlan, roadmapStep, roadmapTask } from "./roadmap.tables.ts";

const P = roadmapPlan;
const NO_PLAN: PlanOut = {
  startsOn: null,
  sessionCadence: "none",
  applicationOn: null,
  grantOn: null,
};

const planOf = (row: typeof P.$inferSelect | undefined): PlanOut =>
  row
    ? {
        startsOn: row.startsOn,
        sessionCadence: row.sessionCadence as SessionCadence,
        applicationOn: row.applicationOn,
        grantOn: row.grantOn,
      }
    : NO_PLAN;

export async function readPlan(db: Db | Tx, orgId: string): Promise<PlanOut> {
  const [row] = await db.select().from(P).where(eq(P.orgId, orgId));
  return planOf(row);
}

/** The planned application day, or null when the plan has none. */
export async function plannedApplicationOn(db: Db, orgId: string): Promise<string | null> {
  return (await readPlan(db, orgId)).applicationOn;
}

/** The plan is empty when no step has a date or note, no task exists and no plan row is dated. */
async function planIsEmpty(tx: Tx, orgId: string): Promise<boolean> {
  const S = roadmapStep;
  const one = { one: sql<number>`1` };
  // One after another: the statements share the transaction's connection.
  const steps = await tx
    .select(one)
    .from(S)
    .where(
      and(
        eq(S.orgId, orgId),
        or(isNotNull(S.plannedStart), isNotNull(S.plannedEnd), isNotNull(S.note)),
      ),
    )
    .limit(1);
  const tasks = await tx.select(one).from(roadmapTask).where(eq(roadmapTask.orgId, orgId)).limit(1);
  const plans = await tx
    .select(one)
    .from(P)
    .where(and(eq(P.orgId, orgId), or(isNotNull(P.startsOn), isNotNull(P.applicationOn))))
    .limit(1);
  return steps.length + tasks.length + plans.length === 0;
}

/** A start within five years of today: the plan's months stay real calendar days. */
function checkStart(startsOn: string, today: string) {
  if (startsOn < addMonthsClamped(today, -60) || startsOn > addMonthsClamped(today, 60))
    throw invalidField("startsOn", "plan_start_out_of_range");
}

const auditedTask = ({
  orgId: _o,
  createdAt: _c,
  updatedAt: _u,
  ...rest
}: typeof roadmapTask.$inferSelect) => rest;

/**
 * Writes the default plan: the 13 steps' dates (notes kept), its tasks after any already in a
 * step, and the plan row. A plan that is not empty is refused unless `replace`, which removes
 * the open tasks first (done ones stay: they are what happened). All in one transaction.
 */
export async function applyDefaultPlan(
  db: Db,
  ctx: OrgContext,
  input: DefaultPlanInput,
  lang: Lang,
  now = new Date(),
) {
  checkStart(input.startsOn, todayInJapan(now));
  const plan = defaultPlan(input);
  return writeInOrg(db, ctx, async (tx) => {
    await tx.select().from(P).where(eq(P.orgId, ctx.orgId)).for("update");
    await tx.select().from(roadmapStep).where(eq(roadmapStep.orgId, ctx.orgId)).for("update");
    if (!input.replace && !(await planIsEmpty(tx, ctx.orgId))) {
      throw conflict("ROADMAP_NOT_EMPTY", "replace");
    }
    const events: AuditInput[] = [];
    const removed = input.replace
      ? await tx
          .delete(roadmapTask)
          .where(and(eq(roadmapTask.orgId, ctx.orgId), isNull(roadmapTask.doneOn)))
          .returning()
      : [];
    for (const r of removed)
      events.push({
        entity: "roadmap_task",
        entityId: r.id,
        action: "delete",
        changes: diffFields(auditedTask(r), null),
      });
    events.push(...(await writeSteps(tx, ctx.orgId, plan)));
    events.push(...(await insertTasks(tx, ctx.orgId, plan, lang)));
    const after = await writePlanRow(tx, ctx.orgId, plan, events);
    await appendAuditMany(tx, ctx, events);
    return {
      steps: plan.steps.length,
      tasksAdded: plan.tasks.length,
      tasksRemoved: removed.length,
      plan: after,
    };
  });
}

async function writeSteps(tx: Tx, orgId: string, plan: DefaultPlan): Promise<AuditInput[]> {
  const before = new Map(
    (await tx.select().from(roadmapStep).where(eq(roadmapStep.orgId, orgId))).map((r) => [
      r.step,
      r,
    ]),
  );
  const rows = plan.steps.map((s) => ({
    orgId,
    step: s.step,
    plannedStart: s.plannedStart,
    plannedEnd: s.plannedEnd,
    note: before.get(s.step)?.note ?? null,
    updatedAt: new Date(),
  }));
  await tx
    .insert(roadmapStep)
    .values(rows)
    .onConflictDoUpdate({
      target: [roadmapStep.orgId, roadmapStep.step],
      set: {
        plannedStart: sql`excluded.planned_start`,
        plannedEnd: sql`excluded.planned_end`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
  return plan.steps.map((s) => {
    const old = before.get(s.step);
    return {
      entity: "roadmap_step",
      entityId: String(s.step),
      action: "update",
      changes: diffFields(
        { plannedStart: old?.plannedStart ?? null, plannedEnd: old?.plannedEnd ?? null },
        { plannedStart: s.plannedStart, plannedEnd: s.plannedEnd },
      ),
    };
  });
}

async function insertTasks(
  tx: Tx,
  orgId: string,
  plan: DefaultPlan,
  lang: Lang,
): Promise<AuditInput[]> {
  // New tasks go after those a step already has (done ones kept by a replace).
  const last = new Map(
    (
      await tx
        .select({ step: roadmapTask.step, max: sql<number>`max(${roadmapTask.sort})::int` })
        .from(roadmapTask)
        .where(eq(roadmapTask.orgId, orgId))
        .groupBy(roadmapTask.step)
    ).map((r) => [r.step, Number(r.max)]),
  );
  const rows = plan.tasks.map((t) => {
    const sort = (last.get(t.step) ?? -1) + 1;
    last.set(t.step, sort);
    return {
      orgId,
      id: randomUUID(),
      step: t.step,
      title: t.title[lang],
      owner: t.owner,
      assigneeUserId: null,
      dueOn: t.dueOn,
      doneOn: null,
      sort,
    };
  });
  if (rows.length === 0) return [];
  const inserted = await tx.insert(roadmapTask).values(rows).returning();
  return inserted.map((r) => ({
    entity: "roadmap_task",
    entityId: r.id,
    action: "create",
    changes: diffFields(null, auditedTask(r)),
  }));
}

async function writePlanRow(tx: Tx, orgId: string, plan: DefaultPlan, events: AuditInput[]) {
  const [row] = await tx.select().from(P).where(eq(P.orgId, orgId));
  const before = planOf(row);
  const after: PlanOut = {
    startsOn: plan.startsOn,
    sessionCadence: plan.cadence,
    applicationOn: plan.applicationOn,
    grantOn: plan.grantOn,
  };
  const values = { ...after, updatedAt: new Date() };
  await tx
    .insert(P)
    .values({ orgId, ...values })
    .onConflictDoUpdate({ target: P.orgId, set: values });
  events.push({
    entity: "roadmap_plan",
    entityId: orgId,
    action: row ? "update" : "create",
    changes: diffFields(row ? before : null, after),
  });
  return after;
}

/** Changes the planned application or the expected grant; fields not sent stay. */
export async function updatePlan(db: Db, ctx: OrgContext, patch: PlanPatch): Promise<PlanOut> {
  return writeInOrg(db, ctx, async (tx) => {
    const [row] = await tx.select().from(P).where(eq(P.orgId, ctx.orgId)).for("update");
    const before = planOf(row);
    const after = { ...before, ...patch };
    if (after.applicationOn && after.grantOn && after.grantOn <= after.applicationOn)
      throw invalidField("grantOn", "grant_before_application");
    const changes = diffFields(before, after);
    if (!Object.keys(changes).length) {
      await recordNoChange(tx, ctx);
      return after;
    }
    const values = {
      applicationOn: after.applicationOn,
      grantOn: after.grantOn,
      updatedAt: new Date(),
    };
    await tx
      .insert(P)
      .values({ orgId: ctx.orgId, ...values })
      .onConflictDoUpdate({ target: P.orgId, set: values });
    await appendAuditMany(tx, ctx, [
      { entity: "roadmap_plan", entityId: ctx.orgId, action: row ? "update" : "create", changes },
    ]);
    return after;
  });
}
