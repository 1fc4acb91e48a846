// Small building blocks of the item form: a titled section, and the label, one-line help and
// input props of a register field.
import { Card, Stack, Text, Title } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { ReactNode } from "react";
import { fieldHelp, fieldLabel, type InventoryFieldKey } from "./inventory-fields.ts";
import type { ItemValues } from "./item-form.ts";
import { RequiredMark } from "./RequiredMark.tsx";

export type ItemForm = UseFormReturnType<ItemValues>;

export function Section({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" id={`section-${id}`} data-testid={`inventory-section-${id}`}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {title}
          </Title>
          {lead && (
            <Text size="sm" c="dimmed">
              {lead}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Card>
  );
}

/** Label (with the register's "required" mark) and the one-line help of a field. */
export function fieldText(key: InventoryFieldKey) {
  return {
    label: (
      <>
        {fieldLabel(key)}
        <RequiredMark field={key} />
      </>
    ),
    description: fieldHelp(key),
  };
}

/** Everything a Mantine input needs for one register field; test id `item-<key>`. */
export function fieldProps(form: ItemForm, key: InventoryFieldKey) {
  return {
    ...fieldText(key),
    "data-testid": `item-${key}`,
    ...form.getInputProps(key),
  };
}

/** Props of a YesNoField for a boolean register field. */
export function yesNoProps(form: ItemForm, key: InventoryFieldKey & keyof ItemValues) {
  const input = form.getInputProps(key);
  return {
    ...fieldText(key),
    testId: `item-${key}`,
    value: form.getValues()[key] as boolean | null,
    onChange: (v: boolean | null) => form.setFieldValue(key, v as never),
    error: input.error as ReactNode,
  };
}
