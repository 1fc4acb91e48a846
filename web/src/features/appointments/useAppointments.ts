// Data of 個人情報保護体制: the appointments (current and past) and their writes.

import type {
  AppointmentInput,
  AppointmentPatch,
} from "@src/modules/appointments/appointments.contract.ts";
import { useQuery } from "@tanstack/react-query";
import { api, orgPath } from "../../api/client.ts";
import type { Appointment, PagedList } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export function useAppointments(orgId: string) {
  return useQuery({
    queryKey: queryKeys.appointments(orgId),
    queryFn: () => api.get<PagedList<Appointment>>(orgPath(orgId, "/appointments"), { limit: 500 }),
  });
}

/** Appoints someone (no id), or changes or ends (`{ to }`) an appointment. */
export function useSaveAppointment(
  orgId: string,
  use: SaveUse<{ id?: string; body: AppointmentInput | AppointmentPatch }, unknown>,
) {
  return useSave({
    request: ({ id, body }) =>
      id
        ? api.patch(orgPath(orgId, `/appointments/${id}`), body)
        : api.post(orgPath(orgId, "/appointments"), body),
    refreshes: [queryKeys.appointments(orgId)],
    ...use,
  });
}

export function useDeleteAppointment(orgId: string, use: SaveUse<Appointment, unknown>) {
  return useSave({
    request: (a) => api.delete(orgPath(orgId, `/appointments/${a.id}`)),
    refreshes: [queryKeys.appointments(orgId)],
    ...use,
  });
}
