// 監査ログ: every change in this organization (who, what, when, old → new) and every
// download of its lists, chained with a key; the signed head can be downloaded to keep
// outside the app (checked by `mamori audit verify --anchor FILE`).
import { Alert, Card, Group, Text } from "@mantine/core";
import type { AuditListOut } from "@src/modules/audit/audit.contract.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, orgPath } from "../../api/client.ts";
import { PAGE_SIZE } from "../../api/types.ts";
import { DateField } from "../../components/DateField.tsx";
import { FilterSelect } from "../../components/FilterSelect.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { DownloadButton } from "../../components/PageButtons.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { errorMessage } from "../../lib/notify.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { AuditTable } from "./AuditTable.tsx";
import { actionOptions, entityOptions } from "./audit-values.ts";
import { useAuditLookups } from "./useAuditLookups.ts";

type Filters = {
  entity: string | null;
  action: string | null;
  from: string | null;
  to: string | null;
};

export default function AuditPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const [filters, setFilters] = useState<Filters>({
    entity: null,
    action: null,
    from: null,
    to: null,
  });
  const [page, setPage] = useState(1);
  const lookups = useAuditLookups(org.id);
  const canAnchor = useCan("audit.read");
  const events = useQuery({
    queryKey: queryKeys.audit(org.id, filters, page),
    queryFn: () =>
      api.get<AuditListOut>(orgPath(org.id, "/audit-events"), {
        ...filters,
        page,
        limit: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });
  const total = events.data?.total ?? 0;
  const set = (patch: Partial<Filters>) => {
    setFilters({ ...filters, ...patch });
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title={t("audit.title")}
        description={t("audit.description")}
        actions={
          canAnchor && (
            <DownloadButton href={orgPath(org.id, "/audit/anchor")} testId="audit-anchor-download">
              {t("audit.anchorDownload")}
            </DownloadButton>
          )
        }
      />
      <Card withBorder padding="md">
        <Group align="flex-end" gap="sm">
          <FilterSelect
            label={t("audit.entity")}
            data={entityOptions()}
            maxDropdownHeight={400}
            value={filters.entity}
            onChange={(entity) => set({ entity })}
            w={240}
            data-testid="audit-filter-entity"
          />
          <FilterSelect
            label={t("audit.action")}
            data={actionOptions()}
            value={filters.action}
            onChange={(action) => set({ action })}
            w={180}
            data-testid="audit-filter-action"
          />
          <DateField
            label={t("audit.from")}
            value={filters.from}
            onChange={(from) => set({ from })}
            w={180}
            data-testid="audit-filter-from"
          />
          <DateField
            label={t("audit.to")}
            value={filters.to}
            onChange={(to) => set({ to })}
            w={180}
            data-testid="audit-filter-to"
          />
        </Group>
        <Text size="sm" c="dimmed" mt="md" mb="xs">
          {t("common.totalCount", { count: total })}
        </Text>
        {events.isError && <Alert color="red">{errorMessage(events.error)}</Alert>}
        <AuditTable
          items={events.data?.items ?? []}
          names={events.data?.names}
          loading={events.isFetching}
          lookups={lookups}
        />
        <ListPagination total={total} page={page} onChange={setPage} testId="audit-pagination" />
      </Card>
    </>
  );
}
