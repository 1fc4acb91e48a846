// 受講状況・人別: the plan's people with their state in every course (a page at a time) and one
// person's education over all years. Reads only: the tracking tab's writes refresh the whole
// education section, these queries included.
import type {
  PersonHistoryOut,
  PlanPeopleList,
  PlanPeopleQuery,
} from "@src/modules/education/education.delivery.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";

export type { PersonHistoryOut, PlanPeopleList };
export type PlanPeopleParams = Partial<Pick<PlanPeopleQuery, "q" | "state" | "departmentId">> & {
  page: number;
};

export function usePlanPeople(orgId: string, planId: string, params: PlanPeopleParams) {
  return useQuery({
    queryKey: queryKeys.education(orgId, "plan-people", planId, params),
    queryFn: () =>
      api.get<PlanPeopleList>(
        orgPath(orgId, `/education/plans/${encodeURIComponent(planId)}/people`),
        { limit: PAGE_SIZE, ...params },
      ),
    placeholderData: keepPreviousData,
  });
}

export function usePersonHistory(orgId: string, personId: string | null) {
  return useQuery({
    queryKey: queryKeys.education(orgId, "person-history", personId),
    queryFn: () =>
      api.get<PersonHistoryOut>(
        orgPath(orgId, `/education/people/${encodeURIComponent(personId ?? "")}`),
      ),
    enabled: Boolean(personId),
  });
}
