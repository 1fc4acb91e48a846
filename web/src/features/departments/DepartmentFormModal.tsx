// Add a department, or rename / move one (its parent).
import { Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { departmentInput } from "../../../../src/modules/org/org.contract.ts";
import { api, orgPath } from "../../api/client.ts";
import type { Department } from "../../api/types.ts";
import { FormError } from "../../components/FormError.tsx";
import { errorMessage, notifySuccess, serverFieldErrors } from "../../lib/notify.ts";
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
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: "", parentId: null as string | null },
    validate: (v) => zodErrors(departmentInput, v),
  });
  const editing = target?.department;

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the target changes
  useEffect(() => {
    if (!target) return;
    form.setValues({ name: editing?.name ?? "", parentId: target.parentId });
    form.resetDirty();
    form.clearErrors();
    setError(null);
  }, [target]);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const body = { name: values.name.trim(), parentId: values.parentId || null };
      if (editing) await api.patch(orgPath(org.id, `/departments/${editing.id}`), body);
      else await api.post(orgPath(org.id, "/departments"), body);
      notifySuccess(editing ? t("common.updated") : t("common.created"));
      await queryClient.invalidateQueries({ queryKey: orgKey(org.id) });
      onClose();
    } catch (err) {
      form.setErrors(serverFieldErrors(err));
      setError(errorMessage(err));
    }
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
          <FormError message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={form.submitting} data-testid="department-submit">
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
