// Item form, sections 基本情報 and 取得・利用.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  TagsInput,
  Textarea,
  TextInput,
} from "@mantine/core";
import { findSensitiveItems } from "@src/core/registers/sensitive-keywords.ts";
import { useTranslation } from "react-i18next";
import type { Department } from "../../api/types.ts";
import { departmentOptions } from "../departments/useDepartments.ts";
import { DataItemsEditor } from "./DataItemsEditor.tsx";
import { fieldProps, type ItemForm, Section, yesNoProps } from "./form-parts.tsx";
import { SUBJECT_SUGGESTIONS } from "./form-suggestions.ts";
import { enumOptions, pick } from "./inventory-fields.ts";
import { YesNoField } from "./YesNoField.tsx";

const SPLIT = [",", "、", "，"];

export function BasicSection({ form, departments }: { form: ItemForm; departments: Department[] }) {
  const { t } = useTranslation();
  const v = form.getValues();
  const looksSensitive =
    v.dataItems.some((d) => d.sensitive) ||
    findSensitiveItems(v.dataItems.map((d) => d.name)).length > 0;
  return (
    <Section
      id="basic"
      title={t("inventory.section.basic")}
      lead={t("inventory.sectionLead.basic")}
    >
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput {...fieldProps(form, "name")} withAsterisk data-autofocus />
        <Select
          {...fieldProps(form, "departmentId")}
          data={departmentOptions(departments)}
          clearable
          searchable
        />
      </SimpleGrid>
      <TagsInput
        {...fieldProps(form, "subjectCategories")}
        data={SUBJECT_SUGGESTIONS.map(pick)}
        splitChars={SPLIT}
        acceptValueOnBlur
        clearable
        placeholder={t("inventory.tagsPlaceholder")}
      />
      <DataItemsEditor form={form} />
      <YesNoField {...yesNoProps(form, "sensitive")} />
      {looksSensitive && v.sensitive !== true && (
        <Alert color="grape" variant="light" p="xs" data-testid="sensitive-suggestion">
          <Group justify="space-between" gap="xs">
            {t("inventory.sensitiveSuggestion")}
            <Button
              size="compact-sm"
              variant="light"
              color="grape"
              onClick={() => form.setFieldValue("sensitive", true)}
            >
              {t("inventory.sensitiveApply")}
            </Button>
          </Group>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Select
          {...fieldProps(form, "infoType")}
          data={enumOptions("infoType")}
          allowDeselect={false}
        />
        <Select {...fieldProps(form, "medium")} data={enumOptions("medium")} clearable />
        <TextInput {...fieldProps(form, "count")} placeholder={t("inventory.countPlaceholder")} />
      </SimpleGrid>
    </Section>
  );
}

export function AcquisitionSection({ form }: { form: ItemForm }) {
  const { t } = useTranslation();
  return (
    <Section
      id="acquisition"
      title={t("inventory.section.acquisition")}
      lead={t("inventory.sectionLead.acquisition")}
    >
      <Checkbox.Group {...fieldProps(form, "acquisition")}>
        <Group mt={6} gap="lg">
          {enumOptions("acquisition").map((o) => (
            <Checkbox
              key={o.value}
              value={o.value}
              label={o.label}
              data-testid={`item-acquisition-${o.value}`}
            />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea {...fieldProps(form, "purpose")} autosize minRows={2} maxRows={8} />
      <TextInput {...fieldProps(form, "noticeMethod")} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <YesNoField
          {...yesNoProps(form, "consentRequired")}
          yesLabel={t("inventory.required")}
          noLabel={t("inventory.notRequired")}
        />
        <TextInput {...fieldProps(form, "consentBasis")} />
      </SimpleGrid>
      <TextInput {...fieldProps(form, "usePeriod")} />
    </Section>
  );
}
