// Data of the PDCA calendar: the recurring obligations with their next due day, the days each
// was done, and the organization's calendar feed; and their writes.

import type {
  CalendarFeedOut,
  ObligationOut,
  obligationsOut,
  RecordOut,
  recordInput,
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
export type ObligationRecord = RecordOut;
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

export function useRecords(orgId: string, key: string | null) {
  return useQuery({
    queryKey: queryKeys.obligations(orgId, "records", key),
    queryFn: () =>
      api.get<{ items: ObligationRecord[] }>(obligationsPath(orgId, `/${key}/records`)),
    enabled: key !== null,
  });
}

export function useCalendarFeed(orgId: string) {
  return useQuery({
    queryKey: queryKeys.calendarFeed(orgId),
    queryFn: () => api.get<CalendarFeed>(feedPath(orgId)),
  });
}

/** The day a duty was done; its records and due day are under `obligations`, refreshed anyway. */
export function useRecordDone(
  orgId: string,
  key: string,
  use: SaveUse<z.input<typeof recordInput>, unknown>,
) {
  return useSave({
    request: (body) => api.post(obligationsPath(orgId, `/${key}/records`), body),
    refreshes: [queryKeys.obligations(orgId)],
    ...use,
  });
}

export function useDeleteRecord(orgId: string, key: string, use: SaveUse<string, unknown>) {
  return useSave({
    request: (id) => api.delete(obligationsPath(orgId, `/${key}/records/${id}`)),
    refreshes: [queryKeys.obligations(orgId)],
    ...use,
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
