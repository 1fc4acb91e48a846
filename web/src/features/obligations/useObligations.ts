// Data of the PDCA calendar: the recurring obligations with their next due day, the days each
// was done, and the organization's calendar feed.

import type {
  CalendarFeedOut,
  ObligationOut,
  obligationsOut,
  RecordOut,
} from "@src/modules/obligations/obligations.contract.ts";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api, orgPath } from "../../api/client.ts";
import { orgKey } from "../orgs/OrgContext.tsx";

export type Obligation = ObligationOut;
export type ObligationStatus = ObligationOut["status"];
export type Obligations = z.infer<typeof obligationsOut>;
export type ObligationRecord = RecordOut;
export type CalendarFeed = CalendarFeedOut;

export const obligationsPath = (orgId: string, rest = "") => orgPath(orgId, `/obligations${rest}`);
export const obligationsKey = (orgId: string) => orgKey(orgId, "obligations");
export const feedPath = (orgId: string) => orgPath(orgId, "/calendar-feed");

export function useObligations(orgId: string, enabled = true) {
  return useQuery({
    queryKey: obligationsKey(orgId),
    queryFn: () => api.get<Obligations>(obligationsPath(orgId)),
    // Derived from every register (reviews, risk rows, legal checks): any write elsewhere can
    // move a due date, so it is read again whenever a page shows it.
    staleTime: 0,
    enabled,
  });
}

export function useRecords(orgId: string, key: string | null) {
  return useQuery({
    queryKey: [...obligationsKey(orgId), "records", key],
    queryFn: () =>
      api.get<{ items: ObligationRecord[] }>(obligationsPath(orgId, `/${key}/records`)),
    enabled: key !== null,
  });
}

export function useCalendarFeed(orgId: string) {
  return useQuery({
    queryKey: orgKey(orgId, "calendar-feed"),
    queryFn: () => api.get<CalendarFeed>(feedPath(orgId)),
  });
}
