// 個人情報管理台帳: the register list with search, filters, sorting, paging, the yearly review
// of selected rows, export and import.
import { Alert, Card, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { ListToolbar, SelectionBar } from "../../components/ListToolbar.tsx";
import { AddButton, DownloadButton, ImportButton } from "../../components/PageButtons.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { useSelection } from "../../components/Selection.tsx";
import { useListState } from "../../components/useListState.ts";
import { errorMessage } from "../../lib/notify.ts";
import { useDepartments } from "../departments/useDepartments.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { ImportWizard } from "./ImportWizard.tsx";
import { emptyFilters, InventoryFilters, type InventoryFilterValues } from "./InventoryFilters.tsx";
import { InventoryTable } from "./InventoryTable.tsx";
import { ReviewedModal } from "./ReviewedModal.tsx";
import { filtersFromUrl } from "./register-url-filters.ts";
import {
  type InventoryItem,
  type InventorySort,
  itemsPath,
  useDeleteItem,
  useInventoryItems,
} from "./useInventory.ts";

export function RegisterView({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan("inventory.write");
  const departments = useDepartments(org.id);
  // A link (a readiness rule's fix link) may bring filters; read once, when the list opens.
  const [params] = useSearchParams();
  const [fromUrl] = useState(() => ({ ...emptyFilters, ...filtersFromUrl(params) }));
  const { filters, changeFilters, q, sort, sortBy, page, setPage } = useListState<
    InventoryFilterValues,
    InventorySort
  >(fromUrl, "name");
  const { selected, select, clear } = useSelection();
  const [deleting, setDeleting] = useState<InventoryItem | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const [importing, setImporting] = useState(false);
  const list = useInventoryItems(org.id, {
    q,
    departmentId: filters.departmentId,
    sensitive: filters.sensitive,
    myNumber: filters.myNumber,
    medium: filters.medium,
    infoType: filters.infoType,
    reviewOverdue: filters.reviewOverdue ? "true" : null,
    ...filters.link,
    sort,
    page,
  });

  const total = list.data?.total ?? 0;

  const remove = useDeleteItem(org.id, {
    notice: t("common.deleted"),
    onSuccess: (_, id) => select([id], false),
  });

  return (
    <>
      <PageHeader
        title={t("inventory.title")}
        description={t("inventory.description")}
        actions={
          <>
            <DownloadButton href={itemsPath(org.id, "/export.xlsx")} testId="inventory-export-xlsx">
              {t("inventory.exportXlsx")}
            </DownloadButton>
            <DownloadButton href={itemsPath(org.id, "/export.pdf")} testId="inventory-export-pdf">
              {t("inventory.exportPdf")}
            </DownloadButton>
            {editable && (
              <ImportButton onClick={() => setImporting(true)} testId="inventory-import">
                {t("inventory.import.open")}
              </ImportButton>
            )}
            {editable && (
              <AddButton onClick={() => onOpen("new")} testId="inventory-new">
                {t("inventory.add")}
              </AddButton>
            )}
          </>
        }
      />
      <Card withBorder padding="md">
        <InventoryFilters
          values={filters}
          onChange={changeFilters}
          departments={departments.data?.items ?? []}
        />
        <ListToolbar total={total} testId="inventory-total" mih={36}>
          {(list.data?.countSum?.rows ?? 0) > 0 && (
            <Text size="sm" c="dimmed" data-testid="inventory-count-sum">
              {t("inventory.countSum", {
                value: list.data?.countSum?.value.toLocaleString("ja-JP"),
                rows: list.data?.countSum?.rows,
              })}
            </Text>
          )}
          {editable && selected.size > 0 && (
            <SelectionBar
              count={selected.size}
              countTestId="inventory-selected-count"
              onClear={clear}
              actionText={t("inventory.reviewed.action")}
              actionTestId="bulk-reviewed"
              onAction={() => setReviewing(true)}
            />
          )}
        </ListToolbar>
        {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
        <InventoryTable
          items={list.data?.items ?? []}
          loading={list.isFetching}
          sort={sort}
          onSort={sortBy}
          editable={editable}
          selected={selected}
          onSelect={select}
          onOpen={(item) => onOpen(item.id)}
          onDelete={setDeleting}
        />
        <ListPagination
          total={total}
          page={page}
          onChange={setPage}
          siblings={2}
          testId="inventory-pagination"
        />
      </Card>
      <ReviewedModal
        orgId={org.id}
        ids={[...selected]}
        opened={reviewing}
        onClose={() => setReviewing(false)}
        onDone={clear}
      />
      <ImportWizard opened={importing} onClose={() => setImporting(false)} />
      <ConfirmModal
        opened={deleting !== null}
        message={t("inventory.confirmDelete", { name: deleting?.name ?? "" })}
        onConfirm={() => (deleting ? remove.runOrThrow(deleting.id) : Promise.resolve())}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
