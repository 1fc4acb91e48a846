// Add a department, or rename / move one (its parent).
import { Modal, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { departmentInput } from "@src/modules/org/org.contract.ts";
import { useTranslation } from "react-i18next";
import type { Department } from "../../api/types.ts";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { departmentOptions, subtreeIds, useSaveDepartment } from "./useDepartments.ts";

type Values = { name: string; parentId: string | null };
const toPayload = (v: Values) => ({ name: v.name.trim(), parentId: v.parentId || null });

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
  const form = useForm<Values>({
    initialValues: { name: "", parentId: null },
    validate: contractResolver(departmentInput, { payload: toPayload }),
  });
  const editing = target?.department;
  const save = useSaveDepartment(org.id, {
    form,
    notice: editing ? t("common.updated") : t("common.created"),
    onSuccess: onClose,
  });
  useFillOnOpen(
    form,
    target,
    () => ({ name: editing?.name ?? "", parentId: target?.parentId ?? null }),
    save.reset,
  );
  const submit = form.onSubmit((v) => save.run({ id: editing?.id, body: toPayload(v) }));

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
            error={save.error}
            onCancel={onClose}
            confirmTestId="department-submit"
            loading={save.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
