// Data of 従業者: the people register (paged, filtered) and its writes.
import type { EmploymentType, PersonInput } from "@src/modules/people/people.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE, type PagedList, type Person } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

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
    queryKey: queryKeys.people(orgId, params),
    queryFn: () =>
      api.get<PagedList<Person>>(orgPath(orgId, "/people"), {
        limit: PAGE_SIZE,
        ...params,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * People show in the register, in each department's head count, under their appointments and
 * in the profile's count of staff.
 */
const peopleShownIn = (orgId: string) => [
  queryKeys.people(orgId),
  queryKeys.departments(orgId),
  queryKeys.appointments(orgId),
  queryKeys.profile(orgId),
];

/** Adds a person (no id) or changes one. */
export function useSavePerson(
  orgId: string,
  use: SaveUse<{ id?: string; body: PersonInput }, unknown>,
) {
  return useSave({
    request: ({ id, body }) =>
      id
        ? api.patch(orgPath(orgId, `/people/${id}`), body)
        : api.post(orgPath(orgId, "/people"), body),
    refreshes: peopleShownIn(orgId),
    ...use,
  });
}

export function useDeletePerson(orgId: string, use: SaveUse<Person, unknown>) {
  return useSave({
    request: (p) => api.delete(orgPath(orgId, `/people/${p.id}`)),
    refreshes: peopleShownIn(orgId),
    ...use,
  });
}

export type PeopleImportResult = { created: number; updated: number; total: number };
export type PeopleImportMatch = {
  row: number;
  name: string;
  /** How the row found its stored person; null = a new person. */
  rule: "employee_number" | "email" | "name_department_joined" | null;
  personId: string | null;
};
export type PeopleImportPreview = PeopleImportResult & {
  unchanged: number;
  matches: PeopleImportMatch[];
};

/** What a file would do, nothing written: each row's stored person and the rule that matched. */
export function usePreviewPeopleImport(orgId: string, use: SaveUse<File, PeopleImportPreview>) {
  return useSave({
    request: (file) =>
      api.upload<PeopleImportPreview>(orgPath(orgId, "/people/import?mode=preview"), file),
    // Nothing changes on the server.
    refreshes: [],
    ...use,
  });
}

/** 一括取り込み of an .xlsx or .csv: all rows or none (the refusal lists every bad cell). */
export function useImportPeople(orgId: string, use: SaveUse<File, PeopleImportResult>) {
  return useSave({
    request: (file) => api.upload<PeopleImportResult>(orgPath(orgId, "/people/import"), file),
    refreshes: peopleShownIn(orgId),
    ...use,
  });
}
