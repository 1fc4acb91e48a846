// Data of the work plan (作業計画): the 13 construction steps with their planned dates, status
// and tasks, and the signed-in user's own tasks.

import type {
  MyTaskOut,
  myTasksOut,
  RoadmapOut,
  StepOut,
  TaskOut,
  TaskOwner,
} from "@src/modules/roadmap/roadmap.contract.ts";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api, orgPath } from "../../api/client.ts";
import { orgKey } from "../orgs/OrgContext.tsx";

export type { TaskOwner };
export type RoadmapTask = TaskOut;
export type RoadmapStep = StepOut;
export type Roadmap = RoadmapOut;
export type MyTask = MyTaskOut;
export type MyTasks = z.infer<typeof myTasksOut>;

export const roadmapPath = (orgId: string, rest = "") => orgPath(orgId, `/roadmap${rest}`);
export const roadmapKey = (orgId: string) => orgKey(orgId, "roadmap");

export function useRoadmap(orgId: string, enabled = true) {
  return useQuery({
    queryKey: roadmapKey(orgId),
    queryFn: () => api.get<Roadmap>(roadmapPath(orgId)),
    // Step statuses come from the readiness rules: any write elsewhere can change them.
    staleTime: 0,
    enabled,
  });
}

export const myTasksKey = ["me", "tasks"] as const;

export function useMyTasks() {
  return useQuery({
    queryKey: myTasksKey,
    queryFn: () => api.get<MyTasks>("/api/v1/me/tasks"),
  });
}
