// Data of the notifications (お知らせ): the caller's unread count (the bell, asked again every
// minute and whenever the window regains focus), the caller's list, marking read, and the
// preference (in the app only, or by mail too).
import type {
  NotificationOut,
  NotificationPreferenceInput,
  NotificationPreferenceOut,
} from "@src/modules/notifications/notifications.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import type { PagedList } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type NotificationItem = NotificationOut;
export type NotificationPreference = NotificationPreferenceOut;

const path = (orgId: string, rest = "") => orgPath(orgId, `/notifications${rest}`);
const preferencePath = (orgId: string) => orgPath(orgId, "/notification-preference");

/** How often the bell asks for the count while the page is open. */
export const UNREAD_REFRESH_MS = 60_000;

export function useUnreadCount(orgId: string) {
  return useQuery({
    queryKey: queryKeys.notifications(orgId, "unread"),
    queryFn: () => api.get<{ count: number }>(path(orgId, "/unread-count")),
    refetchInterval: UNREAD_REFRESH_MS,
    refetchOnWindowFocus: "always",
    staleTime: 0,
  });
}

export type NotificationParams = { page?: number; limit?: number; unread?: boolean };

/** `lang`: titles and bodies come in the language of the request. */
export function useNotificationList(
  orgId: string,
  params: NotificationParams,
  lang: string,
  enabled = true,
) {
  return useQuery({
    queryKey: queryKeys.notifications(orgId, "list", lang, params),
    queryFn: () =>
      api.get<PagedList<NotificationItem>>(path(orgId), {
        page: params.page,
        limit: params.limit,
        unread: params.unread ? "true" : undefined,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMarkRead(orgId: string, use: SaveUse<NotificationItem, unknown>) {
  return useSave({
    request: (n) => api.post(path(orgId, `/${encodeURIComponent(n.id)}/read`)),
    refreshes: [queryKeys.notifications(orgId)],
    ...use,
  });
}

export function useMarkAllRead(orgId: string, use: SaveUse<void, { updated: number }>) {
  return useSave({
    request: () => api.post<{ updated: number }>(path(orgId, "/read-all")),
    refreshes: [queryKeys.notifications(orgId)],
    ...use,
  });
}

export function useNotificationPreference(orgId: string) {
  return useQuery({
    queryKey: queryKeys.notifications(orgId, "preference"),
    queryFn: () => api.get<NotificationPreference>(preferencePath(orgId)),
  });
}

export function useSaveNotificationPreference(
  orgId: string,
  use: SaveUse<NotificationPreferenceInput, NotificationPreference>,
) {
  return useSave({
    request: (body) => api.put<NotificationPreference>(preferencePath(orgId), body),
    refreshes: [queryKeys.notifications(orgId, "preference")],
    ...use,
  });
}
