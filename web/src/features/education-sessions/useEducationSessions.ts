// 集合・オンライン研修 and 報告書・理解度: the queries and writes of the two tabs (the plan's
// sessions, one session with its invitees, creating and editing sessions, bulk attendance,
// follow-ups; the plan's summary and a course's 理解度) and the paths of their downloads.
import type { PlanOut } from "@src/modules/education/education.contract.ts";
import type {
  AttendanceInput,
  AttendanceResult,
  EducationSummaryOut,
  FollowUpInput,
  SessionDetail,
  SessionInput,
  SessionList,
  SessionPatch,
  UnderstandingOut,
} from "@src/modules/education/education.records.contract.ts";
import { useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type { EducationSummaryOut, SessionDetail, UnderstandingOut };
export type SessionRow = SessionList["items"][number];
export type Attendee = SessionDetail["attendees"][number];
type Created = { id: string; invited: number };

const enc = encodeURIComponent;
export const educationPath = (orgId: string, rest: string) => orgPath(orgId, `/education${rest}`);
export const sessionPath = (orgId: string, id: string, rest = "") =>
  educationPath(orgId, `/sessions/${enc(id)}${rest}`);

/** The plan with its courses (the same query as the other tabs of 教育). */
export function usePlan(orgId: string, planId: string | null) {
  return useQuery({
    queryKey: queryKeys.education(orgId, "plans", planId),
    queryFn: () => api.get<PlanOut>(educationPath(orgId, `/plans/${enc(planId ?? "")}`)),
    enabled: Boolean(planId),
  });
}

export function useSessions(orgId: string, planId: string | null) {
  return useQuery({
    queryKey: queryKeys.education(orgId, "sessions", planId),
    queryFn: () =>
      api.get<SessionList>(educationPath(orgId, `/plans/${enc(planId ?? "")}/sessions`)),
    enabled: Boolean(planId),
  });
}

export function useSession(orgId: string, sessionId: string | null) {
  return useQuery({
    queryKey: queryKeys.education(orgId, "session", sessionId),
    queryFn: () => api.get<SessionDetail>(sessionPath(orgId, sessionId ?? "")),
    enabled: Boolean(sessionId),
  });
}

export function useSummary(orgId: string, planId: string | null) {
  return useQuery({
    queryKey: queryKeys.education(orgId, "summary", planId),
    queryFn: () =>
      api.get<EducationSummaryOut>(educationPath(orgId, `/plans/${enc(planId ?? "")}/summary`)),
    enabled: Boolean(planId),
  });
}

export function useUnderstanding(orgId: string, courseId: string | null) {
  return useQuery({
    queryKey: queryKeys.education(orgId, "understanding", courseId),
    queryFn: () =>
      api.get<UnderstandingOut>(
        educationPath(orgId, `/courses/${enc(courseId ?? "")}/understanding`),
      ),
    enabled: Boolean(courseId),
  });
}

/**
 * Sessions change completions, so every write refreshes the whole education section (the
 * tracking tab, the plan's counts, the summary) along with the sessions.
 */
const shownIn = (orgId: string) => [queryKeys.education(orgId)];

export function useCreateSession(
  orgId: string,
  use: SaveUse<SessionInput & { courseId: string }, Created>,
) {
  return useSave({
    request: ({ courseId, ...input }) =>
      api.post<Created>(educationPath(orgId, `/courses/${enc(courseId)}/sessions`), input),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useUpdateSession(
  orgId: string,
  use: SaveUse<SessionPatch & { id: string }, unknown>,
) {
  return useSave({
    request: ({ id, ...patch }) => api.patch(sessionPath(orgId, id), patch),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useDeleteSession(orgId: string, use: SaveUse<string, unknown>) {
  return useSave({
    request: (id) => api.delete(sessionPath(orgId, id)),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useRecordAttendance(
  orgId: string,
  sessionId: string,
  use: SaveUse<AttendanceInput, AttendanceResult>,
) {
  return useSave({
    request: (input) =>
      api.put<AttendanceResult>(sessionPath(orgId, sessionId, "/attendance"), input),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export function useFollowUp(orgId: string, use: SaveUse<FollowUpInput & { id: string }, Created>) {
  return useSave({
    request: ({ id, ...input }) => api.post<Created>(sessionPath(orgId, id, "/follow-up"), input),
    refreshes: shownIn(orgId),
    ...use,
  });
}

export const summaryPath = (orgId: string, planId: string, ext: "xlsx" | "pdf") =>
  educationPath(orgId, `/plans/${enc(planId)}/summary.${ext}`);
export const courseReportPath = (orgId: string, courseId: string) =>
  educationPath(orgId, `/courses/${enc(courseId)}/report.pdf`);
