// Data of お問い合わせ: what arrived through the public page (paged, searched, filtered by status
// and category), one inquiry, and its handling (status and notes).
import type { InquiryCategory, InquiryStatus } from "@src/core/inquiries/categories.ts";
import type {
  InquiryOut,
  InquiryPatch,
  inquiryList,
} from "@src/modules/inquiries/inquiries.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE } from "../../api/types.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { type SaveUse, useSave } from "../../lib/use-save.ts";

export type Inquiry = InquiryOut;
export type InquiryList = z.infer<typeof inquiryList>;
export type InquiryParams = {
  q?: string;
  status?: InquiryStatus | null;
  category?: InquiryCategory | null;
  page?: number;
};

const path = (orgId: string, rest = "") => orgPath(orgId, `/inquiries${rest}`);

export function useInquiries(orgId: string, params: InquiryParams) {
  return useQuery({
    queryKey: queryKeys.inquiries(orgId, "list", params),
    queryFn: () =>
      api.get<InquiryList>(path(orgId), {
        limit: PAGE_SIZE,
        page: params.page,
        q: params.q || undefined,
        status: params.status ?? undefined,
        category: params.category ?? undefined,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useInquiry(orgId: string, id: string | null) {
  return useQuery({
    queryKey: queryKeys.inquiries(orgId, "detail", id),
    queryFn: () => api.get<Inquiry>(path(orgId, `/${id}`)),
    enabled: id !== null,
  });
}

export function useUpdateInquiry(orgId: string, id: string, use: SaveUse<InquiryPatch, Inquiry>) {
  return useSave({
    request: (body) => api.patch<Inquiry>(path(orgId, `/${id}`), body),
    refreshes: [queryKeys.inquiries(orgId)],
    ...use,
  });
}
