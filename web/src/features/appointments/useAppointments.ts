import { useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import type { Appointment, PagedList } from "../../api/types.ts";
import { orgKey } from "../orgs/OrgContext.tsx";

export function useAppointments(orgId: string) {
  return useQuery({
    queryKey: orgKey(orgId, "appointments"),
    queryFn: () => api.get<PagedList<Appointment>>(orgPath(orgId, "/appointments"), { limit: 500 }),
  });
}
