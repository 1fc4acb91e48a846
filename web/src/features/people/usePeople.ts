import type { EmploymentType } from "@src/modules/people/people.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE, type PagedList, type Person } from "../../api/types.ts";
import { orgKey } from "../orgs/OrgContext.tsx";

export type PeopleSort = "kana" | "-kana" | "joinedOn" | "-joinedOn" | "department" | "email";
export type PeopleStatus = "current" | "left" | "all";

export type PeopleParams = {
  q?: string;
  departmentId?: string | null;
  employmentType?: EmploymentType | null;
  status?: PeopleStatus;
  sort?: PeopleSort;
  page?: number;
  limit?: number;
};

export function usePeople(orgId: string, params: PeopleParams, enabled = true) {
  return useQuery({
    queryKey: orgKey(orgId, "people", params),
    queryFn: () =>
      api.get<PagedList<Person>>(orgPath(orgId, "/people"), {
        limit: PAGE_SIZE,
        ...params,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
