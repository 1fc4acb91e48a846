// Data of the PDCA calendar: the recurring obligations with their next due day and the
// organization's calendar feed and reminders; and their writes. The days the duties done by hand
// were done are activity records (features/activities).

import type {
  CalendarFeedOut,
  ObligationOut,
  obligationsOut,
} from "@src/modules/obligations/obligations.contract.ts";
import type {
  ReminderSettingsOut,
  reminderSettingsInput,
} from "@src/modules/reminders/reminders.contract.ts";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api, orgPath } from "../../api/client.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type Obligation = ObligationOut;
export type ObligationStatus = ObligationOut["status"];
export type Obligations = z.infer<typeof obligationsOut>;
export type CalendarFeed = CalendarFeedOut;

export const obligationsPath = (orgId: string, rest = "") => orgPath(orgId, `/obligations${rest}`);
export const feedPath = (orgId: string) => orgPath(orgId, "/calendar-feed");

export function useObligations(orgId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.obligations(orgId),
    queryFn: () => api.get<Obligations>(obligationsPath(orgId)),
    // Derived from every register (reviews, risk rows, legal checks): any write elsewhere can
    // move a due date, so it is read again whenever a page shows it.
    staleTime: 0,
    enabled,
  });
}

export function useCalendarFeed(orgId: string) {
  return useQuery({
    queryKey: queryKeys.calendarFeed(orgId),
    queryFn: () => api.get<CalendarFeed>(feedPath(orgId)),
  });
}

/** A new secret URL for the feed (answers it, once), replacing any earlier one. */
export function useRotateFeed(orgId: string, use: SaveUse<void, CalendarFeed>) {
  return useSave({
    request: () => api.post<CalendarFeed>(feedPath(orgId)),
    refreshes: [queryKeys.calendarFeed(orgId)],
    ...use,
  });
}

export function useRevokeFeed(orgId: string, use: SaveUse<void, unknown>) {
  return useSave({
    request: () => api.delete(feedPath(orgId)),
    refreshes: [queryKeys.calendarFeed(orgId)],
    ...use,
  });
}

export type ReminderSettings = ReminderSettingsOut;

export function useReminderSettings(orgId: string) {
  return useQuery({
    queryKey: queryKeys.reminders(orgId),
    queryFn: () => api.get<ReminderSettings>(orgPath(orgId, "/reminder-settings")),
  });
}

export function useSaveReminderSettings(
  orgId: string,
  use: SaveUse<z.input<typeof reminderSettingsInput>, ReminderSettings>,
) {
  return useSave({
    request: (body) => api.put<ReminderSettings>(orgPath(orgId, "/reminder-settings"), body),
    refreshes: [queryKeys.reminders(orgId)],
    ...use,
  });
}
