// 文書管理台帳: every document with its number, kind, the version in force and its 施行日, the
// state of the version being written, and the next review (red when overdue). Search, filters,
// sort and paging; 新規作成 for the PMS office and the consultant. A link (a readiness rule's
// fix link) may bring filters: register-url-filters.ts.
import { Alert, Anchor, Badge, Card, Checkbox, Group, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { FilterSelect } from "../../components/FilterSelect.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { AddButton } from "../../components/PageButtons.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { SearchInput } from "../../components/SearchInput.tsx";
import { SortHeader } from "../../components/SortHeader.tsx";
import { useListState } from "../../components/useListState.ts";
import { bi } from "../../i18n/index.ts";
import { formatDate } from "../../lib/format.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { DocumentCreateModal } from "./DocumentCreateModal.tsx";
import { DocumentsZipButton } from "./DocumentDownloads.tsx";
import { DocumentTemplateButton } from "./DocumentTemplateDialog.tsx";
import { kindOptions, STATUS_COLORS, statusLabel, statusOptions } from "./document-labels.ts";
import { registerFiltersFromUrl } from "./register-url-filters.ts";
import {
  type DocumentListItem,
  type DocumentParams,
  useDocuments,
  useDocumentsAwaitingMe,
} from "./useDocuments.ts";

type Sort = NonNullable<DocumentParams["sort"]>;
type Filters = {
  q: string;
  kind: string | null;
  status: string | null;
  audience: string | null;
  reviewOverdue: boolean;
  archived: boolean;
};

export function DocumentRegister({
  onOpen,
  onOpenApproval,
}: {
  onOpen: (id: string) => void;
  onOpenApproval: (documentId: string, versionId: string) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const writable = useCan("documents.write");
  const approver = useCan("documents.approve");
  // Filters a link brings are read once, when the list opens.
  const [params] = useSearchParams();
  const [fromUrl] = useState(() => registerFiltersFromUrl(params));
  const list = useListState<Filters, Sort>({ q: "", ...fromUrl, archived: false }, "number");
  const f = list.filters;
  const docs = useDocuments(org.id, {
    q: list.q || undefined,
    kind: (f.kind ?? undefined) as DocumentParams["kind"],
    status: (f.status ?? undefined) as DocumentParams["status"],
    audience: (f.audience ?? undefined) as DocumentParams["audience"],
    reviewOverdue: f.reviewOverdue ? "true" : undefined,
    archived: f.archived ? "true" : undefined,
    sort: list.sort,
    page: list.page,
  });
  const awaiting = useDocumentsAwaitingMe(org.id, approver);
  const [creating, setCreating] = useState(false);
  const items = docs.data?.items ?? [];
  const set = (next: Partial<Filters>) => list.changeFilters({ ...f, ...next });

  return (
    <>
      <PageHeader
        title={t("documents.title")}
        description={t("documents.intro")}
        actions={
          <>
            <DocumentsZipButton orgId={org.id} />
            {writable && <DocumentTemplateButton onCreated={onOpen} />}
            {writable && (
              <AddButton onClick={() => setCreating(true)} testId="doc-add">
                {t("documents.add")}
              </AddButton>
            )}
          </>
        }
      />
      {(awaiting.data?.items.length ?? 0) > 0 && (
        <Alert
          color="orange"
          mb="md"
          title={t("documents.awaitingTitle")}
          data-testid="doc-awaiting"
        >
          {awaiting.data?.items.map((a) => (
            <Anchor
              key={a.versionId}
              component="button"
              type="button"
              display="block"
              size="sm"
              onClick={() => onOpenApproval(a.documentId, a.versionId)}
              data-testid={`doc-awaiting-${a.number}`}
            >
              {t("documents.awaitingItem", { number: a.number, title: a.title, no: a.versionNo })}
            </Anchor>
          ))}
        </Alert>
      )}
      <Card withBorder>
        <Group mb="sm" align="flex-end" wrap="wrap">
          <SearchInput
            value={f.q}
            onChange={(q) => set({ q })}
            placeholder={t("documents.searchPlaceholder")}
            w={240}
            testId="doc-search"
          />
          <FilterSelect
            label={t("documents.col.kind")}
            data={kindOptions()}
            value={f.kind}
            onChange={(kind) => set({ kind })}
            w={140}
            data-testid="doc-filter-kind"
          />
          <FilterSelect
            label={t("documents.col.status")}
            data={statusOptions()}
            value={f.status}
            onChange={(status) => set({ status })}
            w={160}
            data-testid="doc-filter-status"
          />
          <FilterSelect
            label={t("documents.col.audience")}
            data={[
              { value: "internal", label: t("documents.audience.internal") },
              { value: "external", label: t("documents.audience.external") },
            ]}
            value={f.audience}
            onChange={(audience) => set({ audience })}
            w={140}
            data-testid="doc-filter-audience"
          />
          <Checkbox
            label={t("documents.filter.reviewOverdue")}
            checked={f.reviewOverdue}
            onChange={(e) => set({ reviewOverdue: e.currentTarget.checked })}
            mb={6}
            data-testid="doc-filter-overdue"
          />
          <Checkbox
            label={t("documents.filter.archived")}
            checked={f.archived}
            onChange={(e) => set({ archived: e.currentTarget.checked })}
            mb={6}
            data-testid="doc-filter-archived"
          />
        </Group>
        <ListTable minWidth={880} loading={docs.isLoading} testId="doc-table">
          <Table.Thead>
            <Table.Tr>
              <SortHeader asc="number" desc="-number" current={list.sort} onSort={list.sortBy}>
                {t("documents.col.number")}
              </SortHeader>
              <SortHeader asc="title" desc="-title" current={list.sort} onSort={list.sortBy}>
                {t("documents.col.title")}
              </SortHeader>
              <Table.Th>{t("documents.col.kind")}</Table.Th>
              <Table.Th>{t("documents.col.current")}</Table.Th>
              <Table.Th>{t("documents.col.open")}</Table.Th>
              <SortHeader
                asc="nextReviewOn"
                desc="-nextReviewOn"
                current={list.sort}
                onSort={list.sortBy}
              >
                {t("documents.col.nextReview")}
              </SortHeader>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 && (
              <EmptyRow
                colSpan={6}
                loading={docs.isLoading}
                text={t("documents.empty")}
                testId="doc-empty"
              />
            )}
            {items.map((d) => (
              <Row key={d.id} d={d} onOpen={onOpen} />
            ))}
          </Table.Tbody>
        </ListTable>
        <ListPagination
          total={docs.data?.total ?? 0}
          page={list.page}
          onChange={list.setPage}
          testId="doc-pages"
        />
      </Card>
      <DocumentCreateModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={onOpen}
      />
    </>
  );
}

function Row({ d, onOpen }: { d: DocumentListItem; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid={`doc-row-${d.number}`}>
      <Table.Td style={{ whiteSpace: "nowrap" }}>{d.number}</Table.Td>
      <Table.Td>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => onOpen(d.id)}
          data-testid={`doc-open-${d.number}`}
        >
          {d.title}
        </Anchor>
        {d.audience === "external" && (
          <Badge size="xs" variant="outline" ml={6}>
            {t("documents.audience.external")}
          </Badge>
        )}
        {d.archived && (
          <Badge size="xs" color="gray" ml={6}>
            {t("documents.archived")}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{bi(d.kindLabel)}</Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>
        {d.currentVersionNo
          ? t("documents.versionEffective", {
              no: d.currentVersionNo,
              day: formatDate(d.effectiveOn),
            })
          : "—"}
      </Table.Td>
      <Table.Td>
        {d.openStatus && (
          <Badge
            color={STATUS_COLORS[d.openStatus as keyof typeof STATUS_COLORS] ?? "gray"}
            variant="light"
          >
            {t("documents.versionNo", { no: d.openVersionNo })} {statusLabel(d.openStatus)}
          </Badge>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>
        <Text
          size="sm"
          c={d.reviewOverdue ? "red" : undefined}
          fw={d.reviewOverdue ? 700 : undefined}
        >
          {d.nextReviewOn ? formatDate(d.nextReviewOn) : "—"}
          {d.reviewOverdue ? ` ${t("documents.overdue")}` : ""}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
