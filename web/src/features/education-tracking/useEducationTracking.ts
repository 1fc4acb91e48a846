// 受講状況: the queries and writes of the tracking tab (a course's assignments, assigning,
// resending, withdrawing, paper completion, the link sheet and the joiners/leavers sync).
import type { PlanOut } from "@src/modules/education/education.contract.ts";
import type {
  AssignInput,
  AssignResult,
  PaperCompletionInput,
  ResendInput,
  ResendResult,
  SyncResult,
  TrackingList,
  TrackingQuery,
} from "@src/modules/education/education.delivery.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type { AssignResult, ResendResult, SyncResult, TrackingList };
export type TrackingRow = TrackingList["items"][number];
export type TrackingParams = Partial<Pick<TrackingQuery, "q" | "state" | "departmentId">> & {
  page: number;
};

/** The education section of the organization's queries (the plan tab's too). */
const educationKey = (orgId: string, ...rest: unknown[]) => [
  ...queryKeys.org(orgId),
  "education",
  ...rest,
];
const coursePath = (orgId: string, courseId: string, rest = "") =>
  orgPath(orgId, `/education/courses/${encodeURIComponent(courseId)}${rest}`);

export function usePlanCourses(orgId: string, planId: string | null) {
  return useQuery({
    queryKey: educationKey(orgId, "plans", planId),
    queryFn: () =>
      api.get<PlanOut>(orgPath(orgId, `/education/plans/${encodeURIComponent(planId ?? "")}`)),
    enabled: Boolean(planId),
  });
}

export function useTracking(orgId: string, courseId: string | null, params: TrackingParams) {
  return useQuery({
    queryKey: educationKey(orgId, "tracking", courseId, params),
    queryFn: () =>
      api.get<TrackingList>(coursePath(orgId, courseId ?? "", "/assignments"), {
        limit: PAGE_SIZE,
        ...params,
      }),
    enabled: Boolean(courseId),
    placeholderData: keepPreviousData,
  });
}

/** Every write here changes the tracking lists, the plan's counts and the links page. */
const shownIn = (orgId: string) => [educationKey(orgId), queryKeys.personalLinks(orgId)];

export function useAssign(
  orgId: string,
  courseId: string,
  use: SaveUse<AssignInput, AssignResult>,
) {
  return useSave({
    request: (input) => api.post<AssignResult>(coursePath(orgId, courseId, "/assignments"), input),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useResend(
  orgId: string,
  courseId: string,
  use: SaveUse<ResendInput, ResendResult>,
) {
  return useSave({
    request: (input) => api.post<ResendResult>(coursePath(orgId, courseId, "/send"), input),
    refreshes: shownIn(orgId),
    ...use,
  });
}

/** Issues links for the chosen (or every pending person without e-mail) and answers the PDF. */
export function useLinkSheet(
  orgId: string,
  courseId: string,
  use: SaveUse<{ assignmentIds?: string[] }, Blob>,
) {
  return useSave({
    request: (input) => api.postForFile(coursePath(orgId, courseId, "/links.pdf"), input),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useWithdraw(orgId: string, use: SaveUse<string, unknown>) {
  return useSave({
    request: (id) => api.delete(orgPath(orgId, `/education/assignments/${encodeURIComponent(id)}`)),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function usePaperCompletion(
  orgId: string,
  use: SaveUse<PaperCompletionInput & { id: string }, unknown>,
) {
  return useSave({
    request: ({ id, ...input }) =>
      api.post(
        orgPath(orgId, `/education/assignments/${encodeURIComponent(id)}/complete-on-paper`),
        input,
      ),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useSync(orgId: string, planId: string, use: SaveUse<void, SyncResult>) {
  return useSave({
    request: () =>
      api.post<SyncResult>(
        orgPath(orgId, `/education/plans/${encodeURIComponent(planId)}/sync`),
        {},
      ),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export const pendingPdfPath = (orgId: string, courseId: string) =>
  coursePath(orgId, courseId, "/pending.pdf");

/** 修了証: the PDF certificate of one completed assignment. */
export const certificatePath = (orgId: string, assignmentId: string) =>
  orgPath(orgId, `/education/assignments/${encodeURIComponent(assignmentId)}/certificate.pdf`);
