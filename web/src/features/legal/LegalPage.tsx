// 法令等一覧: the laws, orders, guidelines and standards the organization has identified, with
// search, filters and paging; entries from the catalogue (or the usual set at once) or its own;
// and the yearly check of selected entries.
import { Alert, Button, Card, SegmentedControl } from "@mantine/core";
import { IconBooks } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { ListToolbar, SelectionBar } from "../../components/ListToolbar.tsx";
import { AddButton } from "../../components/PageButtons.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { useSelection } from "../../components/Selection.tsx";
import { useListState } from "../../components/useListState.ts";
import { errorMessage } from "../../lib/notify.ts";
import { useDepartments } from "../departments/useDepartments.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { CatalogueModal } from "./CatalogueModal.tsx";
import { CheckedModal } from "./CheckedModal.tsx";
import { LegalEmpty } from "./LegalEmpty.tsx";
import {
  filtersActive,
  LegalFilters,
  type LegalFilterValues,
  legalFiltersFromUrl,
} from "./LegalFilters.tsx";
import { LegalFormModal } from "./LegalFormModal.tsx";
import { LegalTable } from "./LegalTable.tsx";
import { entryName } from "./legal-labels.ts";
import {
  type LegalEntry,
  type LegalSort,
  useAddBaseline,
  useDeleteLegalEntry,
  useLegalList,
} from "./useLegal.ts";

export default function LegalPage() {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const editable = useCan("legal.write");
  const departments = useDepartments(org.id);
  // A link (a readiness rule's fix link or a named entry) may bring filters; read once.
  const [params] = useSearchParams();
  const [fromUrl] = useState(() => legalFiltersFromUrl(params));
  const { filters, changeFilters, q, sort, sortBy, page, setPage } = useListState<
    LegalFilterValues,
    LegalSort
  >(fromUrl, "catalogue");
  const { selected, select, clear } = useSelection();
  const [editing, setEditing] = useState<LegalEntry | "new" | null>(null);
  const [deleting, setDeleting] = useState<LegalEntry | null>(null);
  const [cataloguing, setCataloguing] = useState(false);
  const [checking, setChecking] = useState(false);
  const list = useLegalList(
    org.id,
    {
      q,
      kind: filters.kind,
      departmentId: filters.departmentId,
      itemId: filters.itemId,
      checkOverdue: filters.checkOverdue ? "true" : null,
      linked: filters.unlinked ? "false" : null,
      ids: filters.ids?.join(",") ?? null,
      sort,
      page,
    },
    i18n.language,
  );

  const total = list.data?.total ?? 0;

  const baseline = useAddBaseline(org.id, {
    notice: ({ added }) =>
      added > 0 ? t("legal.baseline.done", { count: added }) : t("legal.baseline.none"),
    errorsAs: "notice",
  });
  const remove = useDeleteLegalEntry(org.id, {
    notice: t("common.deleted"),
    onSuccess: (_, entry) => select([entry.id], false),
  });

  return (
    <>
      <PageHeader
        title={t("legal.title")}
        description={t("legal.intro")}
        actions={
          editable && (
            <>
              <Button
                variant="default"
                leftSection={<IconBooks size={16} />}
                onClick={() => setCataloguing(true)}
                data-testid="legal-add-catalogue"
              >
                {t("legal.addCatalogue")}
              </Button>
              <AddButton onClick={() => setEditing("new")} testId="legal-add-own">
                {t("legal.addOwn")}
              </AddButton>
            </>
          )
        }
      />
      <Card withBorder padding="md">
        <LegalFilters
          values={filters}
          onChange={changeFilters}
          departments={departments.data?.items ?? []}
        />
        <ListToolbar
          total={total}
          testId="legal-total"
          mih={36}
          extra={
            <SegmentedControl
              size="xs"
              value={sort}
              onChange={(v) => sortBy(v as LegalSort)}
              data={[
                { value: "catalogue", label: t("legal.sort.catalogue") },
                { value: "name", label: t("legal.sort.name") },
              ]}
              aria-label={t("legal.sort.label")}
              data-testid="legal-sort"
            />
          }
        >
          {editable && selected.size > 0 && (
            <SelectionBar
              count={selected.size}
              countTestId="legal-selected-count"
              onClear={clear}
              actionText={t("legal.checked.action")}
              actionTestId="legal-bulk-checked"
              onAction={() => setChecking(true)}
            />
          )}
        </ListToolbar>
        {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
        <LegalTable
          items={list.data?.items ?? []}
          loading={list.isFetching}
          empty={
            <LegalEmpty
              filtered={filtersActive(filters)}
              editable={editable}
              busy={baseline.busy}
              onBaseline={() => baseline.run()}
              onCatalogue={() => setCataloguing(true)}
              onOwn={() => setEditing("new")}
            />
          }
          editable={editable}
          selected={selected}
          onSelect={select}
          onEdit={setEditing}
          onDelete={setDeleting}
        />
        <ListPagination
          total={total}
          page={page}
          onChange={setPage}
          siblings={2}
          testId="legal-pagination"
        />
      </Card>
      <LegalFormModal
        entry={editing}
        departments={departments.data?.items ?? []}
        onClose={() => setEditing(null)}
      />
      <CatalogueModal opened={cataloguing} onClose={() => setCataloguing(false)} />
      <CheckedModal
        orgId={org.id}
        ids={[...selected]}
        opened={checking}
        onClose={() => setChecking(false)}
        onDone={clear}
      />
      <ConfirmModal
        opened={deleting !== null}
        message={t("legal.deleteConfirm", { name: deleting ? entryName(deleting) : "" })}
        onConfirm={() => (deleting ? remove.runOrThrow(deleting) : Promise.resolve())}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
