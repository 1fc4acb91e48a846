// 従業者: the people register with search, filters, sorting, paging, import and export.
import { Alert, Card } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { orgPath } from "../../api/client.ts";
import type { Person } from "../../api/types.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { ListToolbar } from "../../components/ListToolbar.tsx";
import { AddButton, DownloadButton, ImportButton } from "../../components/PageButtons.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { useListState } from "../../components/useListState.ts";
import { errorMessage } from "../../lib/notify.ts";
import { useDepartments } from "../departments/useDepartments.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { ImportModal } from "./ImportModal.tsx";
import { PeopleFilters, type PeopleFilterValues } from "./PeopleFilters.tsx";
import { PeopleTable } from "./PeopleTable.tsx";
import { PersonFormModal } from "./PersonFormModal.tsx";
import { type PeopleSort, useDeletePerson, usePeople } from "./usePeople.ts";

const noFilters: PeopleFilterValues = {
  q: "",
  departmentId: null,
  employmentType: null,
  status: "all",
};

export default function PeoplePage() {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan("people.write");
  const departments = useDepartments(org.id);
  // ?q= (a link to a person, e.g. an activity record's evidence) opens the list searched.
  const [params] = useSearchParams();
  const { filters, changeFilters, q, sort, sortBy, page, setPage } = useListState<
    PeopleFilterValues,
    PeopleSort
  >({ ...noFilters, q: params.get("q") ?? "" }, "kana");
  const people = usePeople(org.id, { ...filters, q, sort, page });
  const [editing, setEditing] = useState<Person | "new" | null>(null);
  const [deleting, setDeleting] = useState<Person | null>(null);
  const [importing, setImporting] = useState(false);

  const total = people.data?.total ?? 0;

  const remove = useDeletePerson(org.id, { notice: t("common.deleted") });

  return (
    <>
      <PageHeader
        title={t("people.title")}
        description={t("people.description")}
        actions={
          <>
            <DownloadButton
              href={orgPath(org.id, "/people/export.xlsx")}
              testId="people-export-button"
            >
              {t("people.export")}
            </DownloadButton>
            {editable && (
              <ImportButton onClick={() => setImporting(true)} testId="people-import-button">
                {t("people.import")}
              </ImportButton>
            )}
            {editable && (
              <AddButton onClick={() => setEditing("new")} testId="person-add">
                {t("people.add")}
              </AddButton>
            )}
          </>
        }
      />
      <Card withBorder padding="md">
        <PeopleFilters
          values={filters}
          onChange={changeFilters}
          departments={departments.data?.items ?? []}
        />
        <ListToolbar total={total} testId="people-total" />
        {people.isError && <Alert color="red">{errorMessage(people.error)}</Alert>}
        <PeopleTable
          items={people.data?.items ?? []}
          loading={people.isFetching}
          sort={sort}
          onSort={sortBy}
          editable={editable}
          onEdit={setEditing}
          onDelete={setDeleting}
        />
        <ListPagination total={total} page={page} onChange={setPage} testId="people-pagination" />
      </Card>
      <PersonFormModal
        person={editing}
        departments={departments.data?.items ?? []}
        onClose={() => setEditing(null)}
      />
      <ImportModal opened={importing} onClose={() => setImporting(false)} />
      <ConfirmModal
        opened={deleting !== null}
        message={t("common.confirmDelete", { name: deleting?.name ?? "" })}
        onConfirm={() => (deleting ? remove.runOrThrow(deleting) : Promise.resolve())}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
