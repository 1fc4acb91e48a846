// The demo company's work plan: the default plan (core/roadmap) as the company revised it.
// It started eleven months ago with sessions every two weeks; construction took seven months
// instead of three (operation started four months ago, as its records say), and it ran
// operation for four months before the internal audit, which is due now. The management
// review and the application follow within about a month; the grant is expected six months
// after that. Sessions and tasks already past were done on their day; the rest are open.
import { randomUUID } from "node:crypto";
import { addMonthsClamped, defaultPlan } from "../../core/roadmap/default-plan.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Tx } from "../../db/client.ts";
import type { FieldChange } from "../audit/index.ts";
import { roadmapPlan, roadmapStep, roadmapTask } from "./roadmap.tables.ts";

export const DEMO_PLAN_MONTHS_AGO = 11;
export const DEMO_CONSTRUCTION_MONTHS = 7;
export const DEMO_OPERATION_MONTHS = 4;

export function buildDemoWorkPlan(orgId: string, today = todayInJapan()) {
  const plan = defaultPlan({
    startsOn: addMonthsClamped(today, -DEMO_PLAN_MONTHS_AGO),
    cadence: "fortnightly",
    constructionMonths: DEMO_CONSTRUCTION_MONTHS,
    operationMonths: DEMO_OPERATION_MONTHS,
  });
  const sortInStep = new Map<number, number>();
  const tasks = plan.tasks.map((t) => {
    const sort = sortInStep.get(t.step) ?? 0;
    sortInStep.set(t.step, sort + 1);
    return {
      orgId,
      id: randomUUID(),
      step: t.step,
      title: t.title.ja,
      owner: t.owner,
      dueOn: t.dueOn,
      doneOn: t.dueOn < today ? t.dueOn : null,
      sort,
    };
  });
  return {
    plan: {
      orgId,
      startsOn: plan.startsOn,
      sessionCadence: plan.cadence,
      applicationOn: plan.applicationOn,
      grantOn: plan.grantOn,
    },
    steps: plan.steps.map((s) => ({ orgId, ...s })),
    tasks,
  };
}

/** Inserts the demo's work plan; returns the counts for the seed's audit event. */
export async function seedDemoWorkPlan(
  tx: Tx,
  orgId: string,
): Promise<Record<string, FieldChange>> {
  const rows = buildDemoWorkPlan(orgId);
  await tx.insert(roadmapPlan).values(rows.plan);
  await tx.insert(roadmapStep).values(rows.steps);
  await tx.insert(roadmapTask).values(rows.tasks);
  return { workPlanTasks: { old: 0, new: rows.tasks.length } };
}
