// The learner's side of 教育 behind their personal link (no session, the link's secret in the
// path): the course, the first opening, and submitting the quiz.
import type {
  AttemptInput,
  AttemptResultOut,
  LearnerCourseOut,
} from "@src/modules/education/education.delivery.contract.ts";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type { AttemptResultOut, LearnerCourseOut };

export const learnerPath = (token: string, rest = "") =>
  `/api/v1/p/${encodeURIComponent(token)}/education${rest}`;
const key = (token: string) => [...queryKeys.personalLinkPage(token), "education"];

export function useMyCourse(token: string) {
  return useQuery({
    queryKey: key(token),
    queryFn: () => api.get<LearnerCourseOut>(learnerPath(token)),
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export function useOpenCourse(token: string) {
  return useSave<void, unknown>({
    request: () => api.post(learnerPath(token, "/open")),
    refreshes: [],
    errorsAs: "notice",
  });
}

export function useSubmitAttempt(token: string, use: SaveUse<AttemptInput, AttemptResultOut>) {
  return useSave({
    request: (input) => api.post<AttemptResultOut>(learnerPath(token, "/attempts"), input),
    refreshes: [key(token)],
    ...use,
  });
}
