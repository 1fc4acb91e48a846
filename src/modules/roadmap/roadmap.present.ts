// How tasks and steps are shown: lateness and the status of a step from its rules and tasks.
import type { StepProgress, StepStatus } from "../../core/readiness/index.ts";
import type { StepOut, TaskOut, TaskOwner } from "./roadmap.contract.ts";
import type { roadmapTask } from "./roadmap.tables.ts";

export type TaskRow = typeof roadmapTask.$inferSelect & { assigneeName: string | null };

export function presentTask(row: TaskRow, today: string): TaskOut {
  return {
    id: row.id,
    step: row.step,
    title: row.title,
    owner: row.owner as TaskOwner,
    assigneeUserId: row.assigneeUserId,
    assigneeName: row.assigneeName,
    dueOn: row.dueOn,
    doneOn: row.doneOn,
    sort: row.sort,
    late: row.doneOn === null && row.dueOn !== null && row.dueOn < today,
  };
}

/**
 * Rules and tasks count alike: each applicable rule and each task is done or open. All done →
 * done; none done → not_started; nothing applicable and no task → na.
 */
export function combinedStatus(
  rules: Pick<StepProgress, "ok" | "gap">,
  tasks: readonly TaskOut[],
): StepStatus {
  const done = rules.ok + tasks.filter((t) => t.doneOn !== null).length;
  const total = rules.ok + rules.gap + tasks.length;
  if (total === 0) return "na";
  if (done === total) return "done";
  return done === 0 ? "not_started" : "in_progress";
}

export interface StepPlan {
  plannedStart: string | null;
  plannedEnd: string | null;
  note: string | null;
}

export function presentStep(
  progress: StepProgress,
  plan: StepPlan | undefined,
  tasks: TaskOut[],
  today: string,
): StepOut {
  const status = combinedStatus(progress, tasks);
  const plannedEnd = plan?.plannedEnd ?? null;
  return {
    step: progress.step,
    title: progress.title,
    plannedStart: plan?.plannedStart ?? null,
    plannedEnd,
    note: plan?.note ?? null,
    status,
    rules: { status: progress.status, ok: progress.ok, gap: progress.gap, na: progress.na },
    tasksTotal: tasks.length,
    tasksDone: tasks.filter((t) => t.doneOn !== null).length,
    late: plannedEnd !== null && plannedEnd < today && status !== "done" && status !== "na",
    tasks,
  };
}
