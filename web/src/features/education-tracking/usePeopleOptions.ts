// The people in office to pick from when assigning by name (the first 200 by reading; the
// select searches among them).
import { usePeople } from "../people/usePeople.ts";

export function usePeopleOptions(orgId: string, enabled: boolean) {
  const people = usePeople(orgId, { status: "current", limit: 200, sort: "kana" }, enabled);
  const options = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: p.employeeNumber ? `${p.name}（${p.employeeNumber}）` : p.name,
  }));
  return { options, loading: people.isFetching };
}
