// Add a department, or rename / move one (its parent).
import { Modal, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { departmentInput } from "@src/modules/org/org.contract.ts";
import { useTranslation } from "react-i18next";
import { orgPath } from "../../api/client.ts";
import type { Department } from "../../api/types.ts";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { useFormModal } from "../../components/useFormModal.ts";
import { zodErrors } from "../../lib/validation.ts";
import { orgKey, useOrg } from "../orgs/OrgContext.tsx";
import { departmentOptions, subtreeIds } from "./useDepartments.ts";

export type DepartmentFormTarget = { department?: Department; parentId: string | null };

export function DepartmentFormModal({
  target,
  items,
  onClose,
}: {
  target: DepartmentFormTarget | null;
  items: Department[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const form = useForm({
    initialValues: { name: "", parentId: null as string | null },
    validate: (v) => zodErrors(departmentInput, v),
  });
  const editing = target?.department;

  const { error, submit } = useFormModal(form, {
    target,
    values: () => ({ name: editing?.name ?? "", parentId: target?.parentId ?? null }),
    path: orgPath(org.id, "/departments"),
    id: editing?.id,
    body: (values) => ({ name: values.name.trim(), parentId: values.parentId || null }),
    queryKey: orgKey(org.id),
    onClose,
  });

  const exclude = editing ? subtreeIds(items, editing.id) : undefined;
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={editing ? t("departments.edit") : t("departments.add")}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t("departments.name")}
            required
            data-autofocus
            data-testid="department-name"
            {...form.getInputProps("name")}
          />
          <Select
            label={t("departments.parent")}
            placeholder={t("departments.noParent")}
            data={departmentOptions(items, exclude)}
            clearable
            searchable
            data-testid="department-parent"
            {...form.getInputProps("parentId")}
          />
          <ModalFooter
            error={error}
            onCancel={onClose}
            confirmTestId="department-submit"
            loading={form.submitting}
          />
        </Stack>
      </form>
    </Modal>
  );
}
