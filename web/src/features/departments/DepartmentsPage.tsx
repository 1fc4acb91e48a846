// 部門: the organization's departments as a tree, with add, rename, move and delete.
import { Alert, Card, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Department } from "../../api/types.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { AddButton } from "../../components/PageButtons.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { errorMessage } from "../../lib/notify.ts";
import { FullPageLoader } from "../../routes/RequireAuth.tsx";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { DepartmentFormModal, type DepartmentFormTarget } from "./DepartmentFormModal.tsx";
import { DepartmentTree } from "./DepartmentTree.tsx";
import { useDeleteDepartment, useDepartments } from "./useDepartments.ts";

export default function DepartmentsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan("departments.write");
  const departments = useDepartments(org.id);
  const [editing, setEditing] = useState<DepartmentFormTarget | null>(null);
  const [deleting, setDeleting] = useState<Department | null>(null);
  const items = departments.data?.items ?? [];

  const remove = useDeleteDepartment(org.id, { notice: t("common.deleted") });

  return (
    <>
      <PageHeader
        title={t("departments.title")}
        description={t("departments.description")}
        actions={
          editable && (
            <AddButton onClick={() => setEditing({ parentId: null })} testId="department-add">
              {t("departments.add")}
            </AddButton>
          )
        }
      />
      {departments.isPending && <FullPageLoader inline />}
      {departments.isError && <Alert color="red">{errorMessage(departments.error)}</Alert>}
      {departments.data && (
        <Card withBorder padding={0}>
          {items.length === 0 ? (
            <Text c="dimmed" p="lg">
              {t("departments.empty")}
            </Text>
          ) : (
            <DepartmentTree
              items={items}
              editable={editable}
              onAddChild={(d) => setEditing({ parentId: d.id })}
              onEdit={(d) => setEditing({ department: d, parentId: d.parentId })}
              onDelete={setDeleting}
            />
          )}
        </Card>
      )}
      <DepartmentFormModal target={editing} items={items} onClose={() => setEditing(null)} />
      <ConfirmModal
        opened={deleting !== null}
        message={t("common.confirmDelete", { name: deleting?.name ?? "" })}
        onConfirm={() => (deleting ? remove.runOrThrow(deleting) : Promise.resolve())}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
