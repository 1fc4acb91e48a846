// 個人情報の項目: an editable list of data items, each with a category, a 要配慮 flag and a
// 特定個人情報 (My Number) flag, with a hint when an item's name looks like either
// (core/registers/sensitive-keywords).
import {
  ActionIcon,
  Autocomplete,
  Button,
  Checkbox,
  Group,
  Input,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import {
  findMyNumberItems,
  findSensitiveItems,
  SENSITIVE_CATEGORIES,
} from "@src/core/registers/sensitive-keywords.ts";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DATA_ITEM_CATEGORIES } from "./form-suggestions.ts";
import { fieldHelp, fieldLabel, pick } from "./inventory-fields.ts";
import type { ItemValues } from "./item-form.ts";
import { RequiredMark } from "./RequiredMark.tsx";

function sensitiveHint(name: string): string | null {
  const match = findSensitiveItems([name])[0];
  if (!match) return null;
  const category = SENSITIVE_CATEGORIES.find((c) => c.key === match.category);
  return category ? pick(category.label) : match.category;
}

/** Splits 「氏名、住所、電話番号」 (also commas and line breaks) into item names. */
const splitNames = (text: string) =>
  text
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

export function DataItemsEditor({ form }: { form: UseFormReturnType<ItemValues> }) {
  const { t } = useTranslation();
  const [quick, setQuick] = useState("");
  const items = form.getValues().dataItems;
  const categories = DATA_ITEM_CATEGORIES.map(pick);

  function addNames(names: string[]) {
    for (const name of names) {
      form.insertListItem("dataItems", {
        name,
        category: "",
        sensitive: false,
        myNumber: false,
      });
    }
  }

  return (
    <Input.Wrapper
      label={
        <>
          {fieldLabel("dataItems")}
          <RequiredMark field="dataItems" />
        </>
      }
      description={fieldHelp("dataItems")}
      error={form.errors.dataItems}
    >
      <Stack gap={6} mt={6} data-testid="data-items">
        {items.length > 0 && (
          <Group gap="xs" wrap="nowrap" c="dimmed">
            <Text size="xs" style={{ flex: 2 }}>
              {t("inventory.dataItem.name")}
            </Text>
            <Text size="xs" style={{ flex: 1.4 }}>
              {t("inventory.dataItem.category")}
            </Text>
            <Text size="xs" w={90}>
              {t("inventory.sensitiveShort")}
            </Text>
            <Text size="xs" w={90}>
              {t("inventory.myNumberShort")}
            </Text>
            <div style={{ width: 28 }} />
          </Group>
        )}
        {items.map((item, i) => {
          const hint = item.sensitive ? null : sensitiveHint(item.name);
          // My Number data gets its own flag, never the 要配慮 suggestion.
          const myNumberHint = !item.myNumber && findMyNumberItems([item.name]).length > 0;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; inputs are controlled
            <Stack key={i} gap={2}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  style={{ flex: 2 }}
                  aria-label={t("inventory.dataItem.name")}
                  data-testid={`data-item-name-${i}`}
                  {...form.getInputProps(`dataItems.${i}.name`)}
                />
                <Autocomplete
                  style={{ flex: 1.4 }}
                  aria-label={t("inventory.dataItem.category")}
                  data={categories}
                  data-testid={`data-item-category-${i}`}
                  {...form.getInputProps(`dataItems.${i}.category`)}
                />
                <Checkbox
                  w={90}
                  mt={8}
                  aria-label={t("inventory.sensitiveShort")}
                  data-testid={`data-item-sensitive-${i}`}
                  {...form.getInputProps(`dataItems.${i}.sensitive`, { type: "checkbox" })}
                />
                <Checkbox
                  w={90}
                  mt={8}
                  aria-label={t("inventory.myNumberShort")}
                  data-testid={`data-item-my-number-${i}`}
                  {...form.getInputProps(`dataItems.${i}.myNumber`, { type: "checkbox" })}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={4}
                  aria-label={t("inventory.dataItem.remove")}
                  onClick={() => form.removeListItem("dataItems", i)}
                  data-testid={`data-item-remove-${i}`}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              {myNumberHint && (
                <Group gap="xs" data-testid={`data-item-my-number-hint-${i}`}>
                  <Text size="xs" c="blue.7">
                    {t("inventory.dataItem.myNumberHint")}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => form.setFieldValue(`dataItems.${i}.myNumber`, true)}
                  >
                    {t("inventory.dataItem.markMyNumber")}
                  </Button>
                </Group>
              )}
              {hint && (
                <Group gap="xs" data-testid={`data-item-hint-${i}`}>
                  <Text size="xs" c="grape.7">
                    {t("inventory.dataItem.sensitiveHint", { category: hint })}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="light"
                    color="grape"
                    onClick={() => form.setFieldValue(`dataItems.${i}.sensitive`, true)}
                  >
                    {t("inventory.dataItem.markSensitive")}
                  </Button>
                </Group>
              )}
            </Stack>
          );
        })}
        <Group gap="xs" align="flex-start">
          <TextInput
            style={{ flex: 1 }}
            placeholder={t("inventory.dataItem.quickPlaceholder")}
            value={quick}
            onChange={(e) => setQuick(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== "Enter" || e.nativeEvent.isComposing) return;
              e.preventDefault();
              addNames(splitNames(quick));
              setQuick("");
            }}
            data-testid="data-item-quick"
          />
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => {
              const names = splitNames(quick);
              addNames(names.length > 0 ? names : [""]);
              setQuick("");
            }}
            data-testid="data-item-add"
          >
            {t("inventory.dataItem.add")}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
