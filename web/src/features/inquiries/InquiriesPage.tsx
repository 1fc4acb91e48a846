// お問い合わせ: what visitors sent through the public page (questions, complaints, requests for
// disclosure and the like), newest first, with search, filters and paging; one opens in a
// dialog where its handling is recorded. A notification's link opens one with ?open=<id>.
import { Group } from "@mantine/core";
import {
  INQUIRY_CATEGORIES,
  INQUIRY_STATUSES,
  type InquiryCategory,
  type InquiryStatus,
} from "@src/core/inquiries/categories.ts";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { FilterSelect } from "../../components/FilterSelect.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { ListToolbar } from "../../components/ListToolbar.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { SearchInput } from "../../components/SearchInput.tsx";
import { useListState } from "../../components/useListState.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { InquiriesTable } from "./InquiriesTable.tsx";
import { InquiryDetailModal } from "./InquiryDetailModal.tsx";
import { useInquiries } from "./useInquiries.ts";

type Filters = { q: string; status: InquiryStatus | null; category: InquiryCategory | null };

export default function InquiriesPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const list = useListState<Filters, "received">(
    { q: "", status: null, category: null },
    "received",
  );
  const query = useInquiries(org.id, {
    q: list.q,
    status: list.filters.status,
    category: list.filters.category,
    page: list.page,
  });
  const [params, setParams] = useSearchParams();
  const open = params.get("open");
  const setOpen = (id: string | null) => setParams(id ? { open: id } : {}, { replace: true });
  const data = query.data;

  return (
    <>
      <PageHeader title={t("inquiries.title")} description={t("inquiries.description")} />
      <Group align="flex-end" gap="sm">
        <SearchInput
          value={list.filters.q}
          onChange={(q) => list.changeFilters({ ...list.filters, q })}
          placeholder={t("inquiries.searchPlaceholder")}
          w={320}
          testId="inquiries-search"
        />
        <FilterSelect
          label={t("inquiries.col.status")}
          data={INQUIRY_STATUSES.map((s) => ({ value: s, label: t(`inquiries.status.${s}`) }))}
          value={list.filters.status}
          onChange={(v) =>
            list.changeFilters({ ...list.filters, status: (v as InquiryStatus | null) ?? null })
          }
          w={160}
          data-testid="inquiries-status-filter"
        />
        <FilterSelect
          label={t("inquiries.col.category")}
          data={INQUIRY_CATEGORIES.map((c) => ({ value: c, label: t(`inquiries.category.${c}`) }))}
          value={list.filters.category}
          onChange={(v) =>
            list.changeFilters({ ...list.filters, category: (v as InquiryCategory | null) ?? null })
          }
          w={200}
          data-testid="inquiries-category-filter"
        />
      </Group>
      <ListToolbar total={data?.total ?? 0} testId="inquiries-total" />
      <InquiriesTable
        items={data?.items ?? []}
        loading={query.isFetching && !data}
        onOpen={(i) => setOpen(i.id)}
      />
      <ListPagination
        total={data?.total ?? 0}
        page={list.page}
        onChange={list.setPage}
        testId="inquiries-pages"
      />
      <InquiryDetailModal id={open} onClose={() => setOpen(null)} />
    </>
  );
}
