// Data of 審査準備度: the engine's report (score, each rule's result, progress by step and by
// J item, the next step).

import type { ReadinessOut, RuleResultOut } from "@src/modules/readiness/readiness.contract.ts";
import { useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { queryKeys } from "../../lib/query-keys.ts";

export type Readiness = ReadinessOut;
export type RuleResult = RuleResultOut;
export type StepProgress = ReadinessOut["byStep"][number];
export type RefProgress = ReadinessOut["byRef"][number];

export function useReadiness(orgId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.readiness(orgId),
    queryFn: () => api.get<Readiness>(orgPath(orgId, "/readiness")),
    // Worked out from every register: any write elsewhere can change it, so it is read
    // again whenever a page shows it (the server caches it until the next write).
    staleTime: 0,
    enabled,
  });
}
