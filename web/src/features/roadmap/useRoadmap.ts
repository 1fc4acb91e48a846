// Data of the work plan (作業計画): the 13 construction steps with their planned dates, status
// and tasks, and the signed-in user's own tasks.
import { useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { orgKey } from "../orgs/OrgContext.tsx";

// Shapes of the roadmap API (src/modules/roadmap), written here until its contract lands.
export type TaskOwner = "client" | "consultant";
export type RoadmapTask = {
  id: string;
  step: number;
  title: string;
  owner: TaskOwner;
  assigneeUserId: string | null;
  assigneeName?: string | null;
  dueOn: string | null;
  doneOn: string | null;
};
export type RoadmapStep = {
  step: number;
  title: { ja: string; en: string };
  plannedStart: string | null;
  plannedEnd: string | null;
  note?: string | null;
  status: string;
  late: boolean;
  tasks: RoadmapTask[];
};
export type Roadmap = { today?: string; steps: RoadmapStep[] };
export type MyTask = RoadmapTask & { orgId: string; orgName?: string; late?: boolean };

export const roadmapPath = (orgId: string, rest = "") => orgPath(orgId, `/roadmap${rest}`);
export const roadmapKey = (orgId: string) => orgKey(orgId, "roadmap");

export function useRoadmap(orgId: string, enabled = true) {
  return useQuery({
    queryKey: roadmapKey(orgId),
    queryFn: () => api.get<Roadmap>(roadmapPath(orgId)),
    enabled,
  });
}

export const myTasksKey = ["me", "tasks"] as const;

export function useMyTasks() {
  return useQuery({
    queryKey: myTasksKey,
    queryFn: () => api.get<{ items: MyTask[] }>("/api/v1/me/tasks"),
  });
}
