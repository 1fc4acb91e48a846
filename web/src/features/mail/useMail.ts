// Data of the outbox page (送信メール): the organization's mail (paged, searched, filtered by
// status), one mail with its text, and the two writes: retry a failed mail, cancel a queued one.
import type {
  MailOut,
  MailStatus,
  mailDetailOut,
  mailListOut,
} from "@src/modules/mail/mail.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type Mail = MailOut;
export type MailDetail = z.infer<typeof mailDetailOut>;
export type MailList = z.infer<typeof mailListOut>;
export type MailParams = { q?: string; status?: MailStatus | null; page?: number };

const mailPath = (orgId: string, rest = "") => orgPath(orgId, `/mail${rest}`);

export function useMailList(orgId: string, params: MailParams) {
  return useQuery({
    queryKey: queryKeys.mail(orgId, "list", params),
    queryFn: () =>
      api.get<MailList>(mailPath(orgId), {
        limit: PAGE_SIZE,
        page: params.page,
        q: params.q || undefined,
        status: params.status ?? undefined,
      }),
    placeholderData: keepPreviousData,
    // Delivery happens in the background: read again now and then.
    refetchInterval: 30_000,
  });
}

export function useMailDetail(orgId: string, id: string | null) {
  return useQuery({
    queryKey: queryKeys.mail(orgId, "detail", id),
    queryFn: () => api.get<MailDetail>(mailPath(orgId, `/${id}`)),
    enabled: id !== null,
  });
}

export function useRetryMail(orgId: string, use: SaveUse<Mail, unknown>) {
  return useSave({
    request: (mail) => api.post(mailPath(orgId, `/${mail.id}/retry`), {}),
    refreshes: [queryKeys.mail(orgId)],
    ...use,
  });
}

export function useCancelMail(orgId: string, use: SaveUse<Mail, unknown>) {
  return useSave({
    request: (mail) => api.post(mailPath(orgId, `/${mail.id}/cancel`), {}),
    refreshes: [queryKeys.mail(orgId)],
    ...use,
  });
}
