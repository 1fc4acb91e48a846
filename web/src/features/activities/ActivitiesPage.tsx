// 実施記録: one dated record for every PMS activity (policy approval, education, internal audit,
// management review …), which the readiness rules and the PDCA calendar read. Filters by kind,
// period and approval, a search, paging; `?new=<kind>` opens the form with the kind chosen (the
// readiness page's and the PDCA page's links), `?record=<id>` opens one record.
import { Badge, Card, Group, Select, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { DateField } from "../../components/DateField.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { AddButton } from "../../components/PageButtons.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { SearchInput } from "../../components/SearchInput.tsx";
import { formatDate } from "../../lib/format.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { bi } from "../readiness/readiness-labels.ts";
import { ActivityFormModal } from "./ActivityFormModal.tsx";
import { APPROVAL_COLORS, approvalKey, kindOptions } from "./activity-labels.ts";
import {
  type Activity,
  type ActivityParams,
  useActivities,
  useActivity,
  useDeleteActivity,
} from "./useActivities.ts";

type Target = { kind: string | null } | Activity | null;

export default function ActivitiesPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan("activities.write");
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<ActivityParams>({});
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const list = useActivities(org.id, { ...filters, q: q.trim() || undefined, page });
  // A link may ask for a new record of a kind, or for one record.
  const asked = params.get("new");
  const [target, setTarget] = useState<Target>(() =>
    asked !== null && editable ? { kind: asked || null } : null,
  );
  const linked = useActivity(org.id, params.get("record"));
  const [deleting, setDeleting] = useState<Activity | null>(null);
  const remove = useDeleteActivity(org.id, { notice: t("common.deleted") });
  const shown: Target = target ?? linked.data ?? null;
  const items = list.data?.items ?? [];

  function close() {
    setTarget(null);
    if (params.has("new") || params.has("record")) setParams({}, { replace: true });
  }
  function change(next: ActivityParams) {
    setFilters((f) => ({ ...f, ...next }));
    setPage(1);
  }

  return (
    <>
      <PageHeader
        title={t("activities.title")}
        description={t("activities.intro")}
        actions={
          editable && (
            <AddButton onClick={() => setTarget({ kind: null })} testId="activity-add">
              {t("activities.add")}
            </AddButton>
          )
        }
      />
      <Card withBorder>
        <Group mb="sm" align="flex-end" wrap="wrap">
          <SearchInput
            value={q}
            onChange={(v) => {
              setQ(v);
              setPage(1);
            }}
            placeholder={t("activities.searchPlaceholder")}
            w={240}
            testId="activity-search"
          />
          <Select
            label={t("activities.col.kind")}
            data={kindOptions()}
            value={filters.kind ?? null}
            onChange={(v) => change({ kind: (v ?? undefined) as ActivityParams["kind"] })}
            clearable
            searchable
            w={240}
            data-testid="activity-filter-kind"
          />
          <DateField
            label={t("activities.filter.from")}
            value={filters.from ?? null}
            onChange={(v) => change({ from: v })}
            clearable
            w={170}
            data-testid="activity-filter-from"
          />
          <DateField
            label={t("activities.filter.to")}
            value={filters.to ?? null}
            onChange={(v) => change({ to: v })}
            clearable
            w={170}
            data-testid="activity-filter-to"
          />
          <Select
            label={t("activities.col.approval")}
            data={(["pending", "approved", "not_needed"] as const).map((s) => ({
              value: s,
              label: t(approvalKey(s)),
            }))}
            value={filters.approval ?? null}
            onChange={(v) => change({ approval: (v ?? undefined) as ActivityParams["approval"] })}
            clearable
            w={150}
            data-testid="activity-filter-approval"
          />
        </Group>
        <ListTable minWidth={760} loading={list.isLoading} testId="activity-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("activities.col.performedOn")}</Table.Th>
              <Table.Th>{t("activities.col.kind")}</Table.Th>
              <Table.Th>{t("activities.col.performedBy")}</Table.Th>
              <Table.Th>{t("activities.col.approval")}</Table.Th>
              <Table.Th>{t("activities.col.notes")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 && (
              <EmptyRow
                colSpan={6}
                loading={list.isLoading}
                text={t("activities.empty")}
                testId="activity-empty"
              />
            )}
            {items.map((a) => (
              <Table.Tr key={a.id} data-testid={`activity-row-${a.kind}`}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(a.performedOn)}</Table.Td>
                <Table.Td>
                  <Text
                    component="button"
                    type="button"
                    size="sm"
                    c="blue"
                    style={{ background: "none", border: 0, padding: 0, cursor: "pointer" }}
                    onClick={() => setTarget(a)}
                    data-testid={`activity-open-${a.id}`}
                  >
                    {bi(a.kindLabel)}
                  </Text>
                  {a.source !== "entered" && (
                    <Badge size="xs" color="gray" ml={6}>
                      {t("activities.migrated")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{a.performedByName ?? "—"}</Table.Td>
                <Table.Td>
                  <Badge color={APPROVAL_COLORS[a.approval]} variant="light">
                    {t(approvalKey(a.approval))}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ maxWidth: 280 }}>
                  <Text size="sm" lineClamp={2}>
                    {a.notes ?? ""}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {editable && (
                    <Text
                      component="button"
                      type="button"
                      size="xs"
                      c="red"
                      style={{ background: "none", border: 0, padding: 0, cursor: "pointer" }}
                      onClick={() => setDeleting(a)}
                      data-testid={`activity-delete-${a.id}`}
                    >
                      {t("common.delete")}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ListTable>
        <ListPagination
          total={list.data?.total ?? 0}
          page={page}
          onChange={setPage}
          testId="activity-pages"
        />
      </Card>
      <ActivityFormModal target={shown} onClose={close} />
      <ConfirmModal
        opened={deleting !== null}
        title={t("activities.deleteTitle")}
        confirmLabel={t("common.delete")}
        confirmTestId="activity-delete-confirm"
        testId="activity-delete-modal"
        onConfirm={async () => {
          if (deleting) await remove.runOrThrow(deleting.id);
        }}
        onClose={() => setDeleting(null)}
      >
        <Text size="sm">
          {deleting &&
            t("activities.deleteMessage", {
              kind: bi(deleting.kindLabel),
              day: formatDate(deleting.performedOn),
            })}
        </Text>
      </ConfirmModal>
    </>
  );
}
