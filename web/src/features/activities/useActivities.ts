// Data of 実施記録 (activity records): the list (paged, filtered), one record, the records
// waiting for the user's approval, and the writes — record or correct, delete, approve as the
// named approver, record a signed approval, withdraw an approval.
import type {
  ActivityListQuery,
  ActivityOut,
} from "@src/modules/activities/activities.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE, type PagedList } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type Activity = ActivityOut;
export type ActivityParams = Partial<
  Pick<ActivityListQuery, "kind" | "approval" | "q" | "page"> & {
    from: string | null;
    to: string | null;
  }
>;

export const activitiesPath = (orgId: string, rest = "") => orgPath(orgId, `/activities${rest}`);

export function useActivities(orgId: string, params: ActivityParams) {
  return useQuery({
    queryKey: queryKeys.activities(orgId, "list", params),
    queryFn: () =>
      api.get<PagedList<Activity>>(activitiesPath(orgId), { limit: PAGE_SIZE, ...params }),
    placeholderData: keepPreviousData,
  });
}

export function useActivity(orgId: string, id: string | null) {
  return useQuery({
    queryKey: queryKeys.activities(orgId, "one", id),
    queryFn: () => api.get<Activity>(activitiesPath(orgId, `/${id}`)),
    enabled: Boolean(id),
  });
}

/**
 * The records waiting for the signed-in user's approval (承認待ち): the approvals page, and
 * home's count (limit 1, total). For roles with activities.approve only.
 */
export function useAwaitingApprovals(
  orgId: string,
  params: { page?: number; limit?: number },
  enabled = true,
) {
  return useQuery({
    queryKey: queryKeys.activities(orgId, "awaiting", params),
    queryFn: () =>
      api.get<PagedList<Activity>>(activitiesPath(orgId, "/awaiting-my-approval"), {
        limit: PAGE_SIZE,
        ...params,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Records show on this page; readiness, PDCA dates and home refresh after every save. */
const shownIn = (orgId: string) => [queryKeys.activities(orgId)];

/** Records a new activity (no id) or corrects one. */
export function useSaveActivity(
  orgId: string,
  use: SaveUse<{ id?: string; body: Record<string, unknown> }, { id: string }>,
) {
  return useSave({
    request: ({ id, body }) =>
      id
        ? api.patch<{ id: string }>(activitiesPath(orgId, `/${id}`), body)
        : api.post<{ id: string }>(activitiesPath(orgId), body),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useDeleteActivity(orgId: string, use: SaveUse<string, unknown>) {
  return useSave({
    request: (id) => api.delete(activitiesPath(orgId, `/${id}`)),
    refreshes: shownIn(orgId),
    ...use,
  });
}

/** The named approver approves as themself. */
export function useApproveActivity(orgId: string, use: SaveUse<string, Activity>) {
  return useSave({
    request: (id) => api.post<Activity>(activitiesPath(orgId, `/${id}/approve`), {}),
    refreshes: shownIn(orgId),
    ...use,
  });
}

/** The approval given on paper: a signed document attached to the record. */
export function useSignedApproval(
  orgId: string,
  use: SaveUse<{ id: string; attachmentId: string }, Activity>,
) {
  return useSave({
    request: ({ id, attachmentId }) =>
      api.post<Activity>(activitiesPath(orgId, `/${id}/signed-approval`), { attachmentId }),
    refreshes: shownIn(orgId),
    ...use,
  });
}

/** Takes an approval back (the approver, or for one on paper a role that records activities). */
export function useWithdrawApproval(orgId: string, use: SaveUse<string, Activity>) {
  return useSave({
    request: (id) => api.post<Activity>(activitiesPath(orgId, `/${id}/withdraw-approval`), {}),
    refreshes: shownIn(orgId),
    ...use,
  });
}
