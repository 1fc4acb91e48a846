// 本人用リンク: links for people without an account (reading the policy, a course, a pledge,
// a request), with search, filters and paging; issuing them (URLs shown once, or a printed
// sheet with QR codes), re-issuing and revoking.
import { Alert, Card, Group, SegmentedControl } from "@mantine/core";
import { IconInfoCircle, IconLink } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FilterSelect } from "../../components/FilterSelect.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { ListToolbar } from "../../components/ListToolbar.tsx";
import { AddButton } from "../../components/PageButtons.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { SearchInput } from "../../components/SearchInput.tsx";
import { useListState } from "../../components/useListState.ts";
import { errorMessage } from "../../lib/notify.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { IssuedLinksModal } from "./IssuedLinksModal.tsx";
import { IssueLinksModal, type IssueTarget } from "./IssueLinksModal.tsx";
import { purposeOptions } from "./link-labels.ts";
import { PersonalLinksTable } from "./PersonalLinksTable.tsx";
import {
  type IssueResult,
  type LinkParams,
  type LinkStatus,
  usePersonalLinks,
} from "./usePersonalLinks.ts";

type Filters = { q: string; purpose: string | null; status: LinkStatus | null };
type Sort = NonNullable<LinkParams["sort"]>;

export default function PersonalLinksPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const manage = useCan("personalLinks.manage");
  const { filters, changeFilters, q, sort, sortBy, page, setPage } = useListState<Filters, Sort>(
    { q: "", purpose: null, status: null },
    "-createdAt",
  );
  const [issuing, setIssuing] = useState<IssueTarget | null>(null);
  const [issued, setIssued] = useState<IssueResult | null>(null);
  const list = usePersonalLinks(org.id, {
    q,
    purpose: filters.purpose,
    status: filters.status,
    sort,
    page,
  });
  const total = list.data?.total ?? 0;

  return (
    <>
      <PageHeader
        title={t("personalLinks.title")}
        description={t("personalLinks.intro")}
        actions={
          manage && (
            <AddButton onClick={() => setIssuing({})} testId="links-issue">
              {t("personalLinks.issue.open")}
            </AddButton>
          )
        }
      />
      <Alert icon={<IconInfoCircle size={18} />} color="blue" mb="md" data-testid="links-once">
        {t("personalLinks.once")}
      </Alert>
      <Card withBorder padding="md">
        <Group align="flex-end" gap="sm">
          <SearchInput
            value={filters.q}
            onChange={(v) => changeFilters({ ...filters, q: v })}
            placeholder={t("personalLinks.searchPlaceholder")}
            w={240}
            testId="links-search"
          />
          <FilterSelect
            label={t("personalLinks.col.purpose")}
            data={purposeOptions()}
            value={filters.purpose}
            onChange={(v) => changeFilters({ ...filters, purpose: v })}
            w={180}
            data-testid="links-filter-purpose"
          />
          <FilterSelect
            label={t("personalLinks.col.status")}
            data={(["active", "expired", "revoked"] as const).map((s) => ({
              value: s,
              label: t(`personalLinks.status.${s}`),
            }))}
            value={filters.status}
            onChange={(v) => changeFilters({ ...filters, status: v as LinkStatus | null })}
            w={160}
            data-testid="links-filter-status"
          />
        </Group>
        <ListToolbar
          total={total}
          testId="links-total"
          mih={36}
          extra={
            <SegmentedControl
              size="xs"
              value={sort}
              onChange={(v) => sortBy(v as Sort)}
              data={[
                { value: "-createdAt", label: t("personalLinks.sort.newest") },
                { value: "name", label: t("personalLinks.sort.name") },
              ]}
              aria-label={t("personalLinks.sort.label")}
            />
          }
        />
        {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
        <PersonalLinksTable
          orgId={org.id}
          items={list.data?.items ?? []}
          loading={list.isFetching}
          manage={manage}
          onReissue={(link) =>
            setIssuing({
              purpose: link.purpose,
              person: { id: link.personId, name: link.personName },
            })
          }
          emptyIcon={<IconLink size={28} />}
        />
        <ListPagination total={total} page={page} onChange={setPage} testId="links-pages" />
      </Card>
      <IssueLinksModal
        orgId={org.id}
        target={issuing}
        onClose={() => setIssuing(null)}
        onIssued={(result) => {
          setIssuing(null);
          setIssued(result);
        }}
      />
      <IssuedLinksModal result={issued} onClose={() => setIssued(null)} />
    </>
  );
}
