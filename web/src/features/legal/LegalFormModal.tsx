// Add the organization's own law or guideline, or edit any entry: the articles and duties that
// matter here, the register items and departments it applies to, and the last check.
import {
  Button,
  Card,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { legalRequirementInput, legalRequirementPatch } from "@src/modules/legal/legal.contract.ts";
import { useTranslation } from "react-i18next";
import type { Department } from "../../api/types.ts";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { errorText } from "../../lib/validation.ts";
import { departmentOptions } from "../departments/useDepartments.ts";
import { ItemMultiSelect } from "../inventory/ItemPickers.tsx";
import { useOrg } from "../orgs/OrgContext.tsx";
import { CatalogueInfo } from "./CatalogueInfo.tsx";
import { empty, toPayload, toValues, type Values } from "./legal-form.ts";
import { articlesText, kindOptions } from "./legal-labels.ts";
import { type LegalEntry, useSaveLegalEntry } from "./useLegal.ts";

export function LegalFormModal({
  entry,
  departments,
  onClose,
}: {
  /** "new": the organization's own entry. */
  entry: LegalEntry | "new" | null;
  departments: Department[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const editing = entry && entry !== "new" ? entry : null;
  const law = editing?.catalogue ?? null;
  const fromCatalogue = Boolean(editing?.lawId);
  const form = useForm<Values>({
    initialValues: empty,
    validate: contractResolver(editing ? legalRequirementPatch : legalRequirementInput, {
      payload: (v: Values) => toPayload(v, fromCatalogue),
      // An own entry needs its name and kind; a catalogue entry has the catalogue's.
      also: (v) => ({
        name: !fromCatalogue && !v.name.trim() ? errorText("required") : null,
        kind: !fromCatalogue && !v.kind ? errorText("required") : null,
      }),
    }),
  });
  const save = useSaveLegalEntry(org.id, {
    form,
    notice: editing ? t("common.updated") : t("common.created"),
    onSuccess: onClose,
  });
  useFillOnOpen(form, entry, () => (editing ? toValues(editing) : empty), save.reset);
  const submit = form.onSubmit((v) =>
    save.run({ id: editing?.id, body: toPayload(v, fromCatalogue) }),
  );

  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      title={editing ? t("legal.form.editTitle") : t("legal.form.newTitle")}
      size="xl"
    >
      <form onSubmit={submit} noValidate data-testid="legal-form">
        <Stack>
          {law && (
            <Card withBorder padding="sm" bg="var(--mantine-color-gray-0)">
              <CatalogueInfo law={law} />
            </Card>
          )}
          <SimpleGrid cols={{ base: 1, sm: fromCatalogue ? 1 : 2 }}>
            <TextInput
              label={fromCatalogue ? t("legal.form.label") : t("legal.col.name")}
              description={fromCatalogue ? t("legal.form.labelHint") : t("legal.form.nameHint")}
              required={!fromCatalogue}
              data-testid="legal-name-input"
              {...form.getInputProps("name")}
            />
            {!fromCatalogue && (
              <Select
                label={t("legal.col.kind")}
                description={t("legal.form.kindHint")}
                required
                data={kindOptions()}
                allowDeselect={false}
                data-testid="legal-kind"
                {...form.getInputProps("kind")}
              />
            )}
          </SimpleGrid>
          <Textarea
            label={t("legal.col.articles")}
            description={t("legal.form.articlesHint")}
            autosize
            minRows={2}
            maxRows={8}
            data-testid="legal-articles"
            {...form.getInputProps("articles")}
          />
          {law && law.articles.length > 0 && !form.values.articles.trim() && (
            <Group mt={-8}>
              <Button
                variant="subtle"
                size="compact-xs"
                onClick={() => form.setFieldValue("articles", articlesText(law))}
                data-testid="legal-copy-articles"
              >
                {t("legal.form.copyArticles")}
              </Button>
            </Group>
          )}
          <Textarea
            label={t("legal.col.obligations")}
            description={t("legal.form.obligationsHint")}
            autosize
            minRows={3}
            maxRows={10}
            data-testid="legal-obligations"
            {...form.getInputProps("obligations")}
          />
          <ItemMultiSelect
            emptyText={t("legal.noItem")}
            label={t("legal.col.items")}
            description={t("legal.form.itemsHint")}
            placeholder={t("legal.form.itemsPlaceholder")}
            initial={editing?.items ?? []}
            data-testid="legal-items-input"
            {...form.getInputProps("itemIds")}
          />
          <MultiSelect
            label={t("legal.col.departments")}
            description={t("legal.form.departmentsHint")}
            data={departmentOptions(departments)}
            searchable
            clearable
            data-testid="legal-departments-input"
            {...form.getInputProps("departmentIds")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t("legal.col.checkedOn")}
              description={t("legal.form.checkedOnHint")}
              data-testid="legal-checked-on"
              {...form.getInputProps("checkedOn")}
            />
            <TextInput
              label={t("legal.col.checkedBy")}
              description={t("legal.form.checkedByHint")}
              data-testid="legal-checked-by"
              {...form.getInputProps("checkedBy")}
            />
          </SimpleGrid>
          <Textarea
            label={t("legal.form.notes")}
            autosize
            minRows={2}
            data-testid="legal-notes"
            {...form.getInputProps("notes")}
          />
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmTestId="legal-save"
            loading={save.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
