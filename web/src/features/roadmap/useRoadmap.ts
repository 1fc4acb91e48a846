// Data of the work plan (作業計画): the 13 construction steps with their planned dates, status
// and tasks, and the signed-in user's own tasks; and the plan's writes.

import type {
  DefaultPlanInput,
  defaultPlanOut,
  MyTaskOut,
  myTasksOut,
  PlanOut,
  PlanPatch,
  RoadmapOut,
  StepOut,
  StepPatch,
  TaskInput,
  TaskOut,
  TaskOwner,
  TaskPatch,
} from "@src/modules/roadmap/roadmap.contract.ts";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api, orgPath } from "../../api/client.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type { TaskOwner };
export type RoadmapTask = TaskOut;
export type RoadmapStep = StepOut;
export type Roadmap = RoadmapOut;
export type MyTask = MyTaskOut;
export type MyTasks = z.infer<typeof myTasksOut>;
export type Plan = PlanOut;
type DefaultPlanBody = DefaultPlanInput;

export const roadmapPath = (orgId: string, rest = "") => orgPath(orgId, `/roadmap${rest}`);

export function useRoadmap(orgId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.roadmap(orgId),
    queryFn: () => api.get<Roadmap>(roadmapPath(orgId)),
    // Step statuses come from the readiness rules: any write elsewhere can change them.
    staleTime: 0,
    enabled,
  });
}

export function useMyTasks() {
  return useQuery({
    queryKey: queryKeys.myTasks,
    queryFn: () => api.get<MyTasks>("/api/v1/me/tasks"),
  });
}

// The work plan and the user's tasks are refreshed by every save (lib/query-keys.ts), so the
// plan's writes declare nothing more.

/** A step's planned period and note. */
export function useSaveStepPlan(
  orgId: string,
  use: SaveUse<{ step: number; body: StepPatch }, unknown>,
) {
  return useSave({
    request: ({ step, body }) => api.patch(roadmapPath(orgId, `/steps/${step}`), body),
    refreshes: [],
    ...use,
  });
}

/** Adds a task (no id) or changes one; `{ doneOn }` ticks it off (in the task's organization). */
export function useSaveTask(
  orgId: string,
  use: SaveUse<{ id?: string; orgId?: string; body: TaskInput | TaskPatch }, unknown>,
) {
  return useSave({
    request: ({ id, orgId: taskOrg = orgId, body }) =>
      id
        ? api.patch(roadmapPath(taskOrg, `/tasks/${id}`), body)
        : api.post(roadmapPath(taskOrg, "/tasks"), body),
    refreshes: [],
    ...use,
  });
}

export function useDeleteTask(orgId: string, use: SaveUse<RoadmapTask, unknown>) {
  return useSave({
    request: (task) => api.delete(roadmapPath(orgId, `/tasks/${task.id}`)),
    refreshes: [],
    ...use,
  });
}

/** Writes the default plan from a start day (replace: over a plan already in use). */
export function useApplyDefaultPlan(
  orgId: string,
  use: SaveUse<
    Partial<DefaultPlanBody> & Pick<DefaultPlanBody, "startsOn" | "cadence">,
    z.infer<typeof defaultPlanOut>
  >,
) {
  return useSave({
    request: (body) =>
      api.post<z.infer<typeof defaultPlanOut>>(roadmapPath(orgId, "/default-plan"), body),
    refreshes: [],
    ...use,
  });
}

/** The planned application and the expected grant. */
export function useSavePlan(orgId: string, use: SaveUse<PlanPatch, PlanOut>) {
  return useSave({
    request: (body) => api.patch<PlanOut>(roadmapPath(orgId, "/plan"), body),
    refreshes: [],
    ...use,
  });
}
