// Data of 審査準備度: the engine's report (score, each rule's result, progress by step and by
// J item) and the manual checks a person ticks.

import type {
  CheckOut,
  ReadinessOut,
  RuleResultOut,
} from "@src/modules/readiness/readiness.contract.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { orgKey } from "../orgs/OrgContext.tsx";

export type Readiness = ReadinessOut;
export type RuleResult = RuleResultOut;
export type StepProgress = ReadinessOut["byStep"][number];
export type RefProgress = ReadinessOut["byRef"][number];

export const readinessKey = (orgId: string) => orgKey(orgId, "readiness");

export function useReadiness(orgId: string, enabled = true) {
  return useQuery({
    queryKey: readinessKey(orgId),
    queryFn: () => api.get<Readiness>(orgPath(orgId, "/readiness")),
    // Worked out from every register: any write elsewhere can change it, so it is read
    // again whenever a page shows it (the server caches it until the next write).
    staleTime: 0,
    enabled,
  });
}

/** Ticks or unticks a manual rule; the report is read again afterwards. */
export function useManualCheck(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ruleId, ...body }: { ruleId: string; done: boolean; note?: string }) =>
      api.put<CheckOut>(orgPath(orgId, `/readiness/checks/${encodeURIComponent(ruleId)}`), body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: readinessKey(orgId) }),
  });
}
