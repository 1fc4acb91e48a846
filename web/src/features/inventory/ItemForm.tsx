// The item form: five sections, validated with the API's own zod contract; the server's field
// errors appear on the fields.
import { Button, Card, Group, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  inventoryItemInput,
  inventoryItemPatch,
} from "@src/modules/inventory/inventory.contract.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Department } from "../../api/types.ts";
import { FormError } from "../../components/FormError.tsx";
import { errorMessage, notifySuccess, serverFieldErrors } from "../../lib/notify.ts";
import { zodErrors } from "../../lib/validation.ts";
import { orgKey, useOrg } from "../orgs/OrgContext.tsx";
import { AcquisitionSection, BasicSection } from "./ItemSectionsA.tsx";
import { ManagementSection, ProvisionSection, StorageSection } from "./ItemSectionsB.tsx";
import { todayJst } from "./inventory-fields.ts";
import { emptyItem, type ItemValues, toItemPayload, toItemValues } from "./item-form.ts";
import { type InventoryItem, itemsPath } from "./useInventory.ts";

export function ItemForm({
  item,
  departments,
  editable,
  onSaved,
  onCancel,
}: {
  /** null: a new item. */
  item: InventoryItem | null;
  departments: Department[];
  editable: boolean;
  onSaved: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<ItemValues>({
    initialValues: item ? toItemValues(item) : emptyItem(todayJst()),
    validate: (v) => zodErrors(item ? inventoryItemPatch : inventoryItemInput, toItemPayload(v)),
  });

  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        const body = toItemPayload(values);
        let id: string;
        if (item) {
          const saved = await api.patch<InventoryItem>(itemsPath(org.id, `/${item.id}`), body);
          id = saved.id;
          form.resetDirty(toItemValues(saved));
        } else {
          id = (await api.post<{ id: string }>(itemsPath(org.id), body)).id;
        }
        notifySuccess(item ? t("common.updated") : t("common.created"));
        await queryClient.invalidateQueries({ queryKey: orgKey(org.id, "inventory") });
        onSaved(id);
      } catch (err) {
        form.setErrors(serverFieldErrors(err));
        setError(errorMessage(err));
      }
    },
    () => setError(t("inventory.fixErrors")),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="inventory-form">
      <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md">
          <BasicSection form={form} departments={departments} />
          <AcquisitionSection form={form} />
          <StorageSection form={form} departments={departments} />
          <ProvisionSection form={form} />
          <ManagementSection form={form} />
        </Stack>
      </fieldset>
      {editable && (
        <Card
          withBorder
          padding="sm"
          mt="md"
          style={{ position: "sticky", bottom: 8, zIndex: 5 }}
          shadow="sm"
        >
          <Stack gap="xs">
            <FormError message={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel} data-testid="inventory-cancel">
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={form.submitting} data-testid="inventory-save">
                {t("common.save")}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
    </form>
  );
}
