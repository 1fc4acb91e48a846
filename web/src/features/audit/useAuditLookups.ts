// Names the audit page can give ids in events: departments, people (from their appointments),
// members, and legal entries (a register small enough for one page of 200).
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { api } from "../../api/client.ts";
import type { PagedList } from "../../api/types.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { useAppointments } from "../appointments/useAppointments.ts";
import { useDepartments } from "../departments/useDepartments.ts";
import { entryName } from "../legal/legal-labels.ts";
import { type LegalEntry, legalPath } from "../legal/useLegal.ts";
import { useMembers } from "../members/useMembers.ts";
import type { AuditLookups } from "./audit-values.ts";

export function useAuditLookups(orgId: string): AuditLookups {
  const lang = currentLanguage();
  const departments = useDepartments(orgId);
  const appointments = useAppointments(orgId);
  const members = useMembers(orgId);
  const legal = useQuery({
    queryKey: queryKeys.legal(orgId, "names", lang),
    queryFn: () => api.get<PagedList<LegalEntry>>(legalPath(orgId), { limit: 200 }),
  });
  return useMemo(() => {
    const people = new Map((appointments.data?.items ?? []).map((a) => [a.personId, a.personName]));
    const records = new Map<string, string>([
      ...(departments.data?.items ?? []).map((d) => [d.id, d.name] as const),
      ...people,
      ...(legal.data?.items ?? []).map((e) => [e.id, entryName(e)] as const),
    ]);
    return {
      departments: departments.data?.items ?? [],
      people,
      users: new Map((members.data?.items ?? []).map((m) => [m.userId, m.name])),
      records,
    };
  }, [departments.data, appointments.data, members.data, legal.data]);
}
