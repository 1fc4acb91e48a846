// Data of the PDCA calendar: the recurring obligations with their next due day, the days each
// was done, and the organization's calendar feed.
import { useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { orgKey } from "../orgs/OrgContext.tsx";

// Shapes of the obligations API (src/modules/obligations), written here until its contract lands.
export type ObligationStatus = "ok" | "due_soon" | "overdue" | "never";
export type Obligation = {
  key: string;
  title: { ja: string; en: string };
  rhythmMonths: number;
  lastDone: string | null;
  /** Where the last day comes from: records of this page, or another capability's records. */
  source: string;
  nextDue: string | null;
  status: ObligationStatus;
  daysUntilDue: number | null;
};
export type ObligationRecord = {
  id: string;
  obligation?: string;
  doneOn: string;
  note: string | null;
  recordedByName: string | null;
  createdAt?: string;
};
export type CalendarFeed = { exists?: boolean; createdAt: string | null; url?: string };

export const obligationsPath = (orgId: string, rest = "") => orgPath(orgId, `/obligations${rest}`);
export const obligationsKey = (orgId: string) => orgKey(orgId, "obligations");

export function useObligations(orgId: string, enabled = true) {
  return useQuery({
    queryKey: obligationsKey(orgId),
    queryFn: () => api.get<{ items: Obligation[] }>(obligationsPath(orgId)),
    enabled,
  });
}
