// The item form: five sections, validated with the API's own zod contract; the server's field
// errors appear on the fields.
import { Button, Card, Group, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  inventoryItemInput,
  inventoryItemPatch,
} from "@src/modules/inventory/inventory.contract.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Department } from "../../api/types.ts";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver } from "../../lib/form.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { AcquisitionSection, BasicSection } from "./ItemSectionsA.tsx";
import { ManagementSection, ProvisionSection, StorageSection } from "./ItemSectionsB.tsx";
import { todayJst } from "./inventory-fields.ts";
import { emptyItem, type ItemValues, toItemPayload, toItemValues } from "./item-form.ts";
import { type InventoryItem, useSaveItem } from "./useInventory.ts";

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
  // Set when the form's own check fails: the first bad field may be far above the buttons.
  const [invalid, setInvalid] = useState(false);
  const form = useForm<ItemValues>({
    initialValues: item ? toItemValues(item) : emptyItem(todayJst()),
    validate: contractResolver(item ? inventoryItemPatch : inventoryItemInput, {
      payload: toItemPayload,
    }),
  });
  const save = useSaveItem(org.id, {
    form,
    notice: item ? t("common.updated") : t("common.created"),
    onSuccess: (saved) => {
      if ("name" in saved) form.resetDirty(toItemValues(saved));
      onSaved(saved.id);
    },
  });

  const submit = form.onSubmit(
    (values) => {
      setInvalid(false);
      void save.run({ id: item?.id, body: toItemPayload(values) });
    },
    () => setInvalid(true),
  );
  const error = save.error ?? (invalid ? t("inventory.fixErrors") : null);

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
              <Button type="submit" loading={save.busy} data-testid="inventory-save">
                {t("common.save")}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
    </form>
  );
}
