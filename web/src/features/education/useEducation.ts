// Data of 教育 (計画・コース): the plans, one plan with its courses and their counts, one course
// with its material and quiz, and every write of plans and courses. Everything lives under the
// organization's "education" section, which the other tabs (受講状況, 研修, 報告書) share, so
// a save here refreshes their counts too.
import type {
  CourseCopyInput,
  CourseInput,
  CourseOut,
  CoursePatch,
  PlanInput,
  PlanList,
  PlanOut,
  PlanPatch,
  PlanSaveOut,
} from "@src/modules/education/education.contract.ts";
import { useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type { CourseOut, PlanOut, PlanSaveOut };
export type CourseSummary = PlanOut["courses"][number];

const plansPath = (orgId: string, rest = "") => orgPath(orgId, `/education/plans${rest}`);
const planPath = (orgId: string, planId: string, rest = "") =>
  plansPath(orgId, `/${encodeURIComponent(planId)}${rest}`);
const coursePath = (orgId: string, courseId: string, rest = "") =>
  orgPath(orgId, `/education/courses/${encodeURIComponent(courseId)}${rest}`);

export function usePlans(orgId: string) {
  return useQuery({
    queryKey: queryKeys.education(orgId, "plan-list"),
    queryFn: () => api.get<PlanList>(plansPath(orgId), { limit: 200 }),
  });
}

export function usePlan(orgId: string, planId: string | null) {
  return useQuery({
    queryKey: queryKeys.education(orgId, "plans", planId),
    queryFn: () => api.get<PlanOut>(planPath(orgId, planId ?? "")),
    enabled: Boolean(planId),
  });
}

export function useCourse(orgId: string, courseId: string | null) {
  return useQuery({
    queryKey: queryKeys.education(orgId, "course", courseId),
    queryFn: () => api.get<CourseOut>(coursePath(orgId, courseId ?? "")),
    enabled: Boolean(courseId),
    // The editor owns the form while it is open: never replace it behind the writer's back.
    refetchOnWindowFocus: false,
  });
}

/** Plans and courses show in every education tab; the plan's approval is an activity record. */
const shownIn = (orgId: string) => [queryKeys.education(orgId), queryKeys.activities(orgId)];

export function useCreatePlan(orgId: string, use: SaveUse<PlanInput, { id: string }>) {
  return useSave({
    request: (input) => api.post<{ id: string }>(plansPath(orgId), input),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useUpdatePlan(orgId: string, planId: string, use: SaveUse<PlanPatch, PlanSaveOut>) {
  return useSave({
    request: (input) => api.patch<PlanSaveOut>(planPath(orgId, planId), input),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useDeletePlan(orgId: string, use: SaveUse<string, unknown>) {
  return useSave({
    request: (planId) => api.delete(planPath(orgId, planId)),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useApprovePlan(orgId: string, use: SaveUse<string, PlanOut>) {
  return useSave({
    request: (planId) => api.post<PlanOut>(planPath(orgId, planId, "/approve")),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useCopyPlan(orgId: string, use: SaveUse<string, { id: string }>) {
  return useSave({
    request: (planId) => api.post<{ id: string }>(planPath(orgId, planId, "/copy")),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useCreateCourse(
  orgId: string,
  planId: string,
  use: SaveUse<CourseInput, { id: string }>,
) {
  return useSave({
    request: (input) => api.post<{ id: string }>(planPath(orgId, planId, "/courses"), input),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useUpdateCourse(
  orgId: string,
  courseId: string,
  use: SaveUse<CoursePatch, CourseOut>,
) {
  return useSave({
    request: (input) => api.patch<CourseOut>(coursePath(orgId, courseId), input),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export type CourseMove = "open" | "archive" | "restore";

export function useMoveCourse(
  orgId: string,
  use: SaveUse<{ courseId: string; move: CourseMove }, CourseOut>,
) {
  return useSave({
    request: ({ courseId, move }) => api.post<CourseOut>(coursePath(orgId, courseId, `/${move}`)),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useDeleteCourse(orgId: string, use: SaveUse<string, unknown>) {
  return useSave({
    request: (courseId) => api.delete(coursePath(orgId, courseId)),
    refreshes: [...shownIn(orgId), queryKeys.attachments(orgId)],
    ...use,
  });
}

export function useCopyCourse(
  orgId: string,
  use: SaveUse<{ courseId: string } & CourseCopyInput, { id: string }>,
) {
  return useSave({
    request: ({ courseId, planId }) =>
      api.post<{ id: string }>(coursePath(orgId, courseId, "/copy"), { planId }),
    refreshes: shownIn(orgId),
    ...use,
  });
}
