// 文書情報: number, title, kind, audience, whose approval makes a version effective, the
// owner (管理責任者, a person of the people register), 保存期間, the review rhythm and the next
// review, and the J items the document answers; 廃止 / 再開 and 削除 (only while never approved).
import {
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { documentPatch } from "@src/modules/documents/documents.contract.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { DateField } from "../../components/DateField.tsx";
import { FormError } from "../../components/FormError.tsx";
import { useSearchChoices } from "../../components/useSearchChoices.ts";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { usePeople } from "../people/usePeople.ts";
import { type MetaValues, toMetaPayload, toMetaValues } from "./document-form.ts";
import { kindOptions } from "./document-labels.ts";
import {
  type DocumentOut,
  useArchiveDocument,
  useDeleteDocument,
  useUpdateDocument,
} from "./useDocuments.ts";

/** People matching what is typed in the owner picker. */
function usePeopleRows(q: string) {
  const org = useOrg();
  return usePeople(org.id, { q, sort: "kana", limit: 50 });
}

export function DocumentMetaForm({ doc, onDeleted }: { doc: DocumentOut; onDeleted: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const writable = useCan("documents.write");
  const form = useForm<MetaValues>({
    initialValues: toMetaValues(doc),
    validate: contractResolver(documentPatch, { payload: toMetaPayload }),
  });
  const save = useUpdateDocument(org.id, doc.id, { form, notice: t("common.updated") });
  const archive = useArchiveDocument(org.id, { notice: t("common.updated") });
  const remove = useDeleteDocument(org.id, { notice: t("common.deleted"), onSuccess: onDeleted });
  const [deleting, setDeleting] = useState(false);
  useFillOnOpen(form, doc, () => toMetaValues(doc), save.reset);
  const owner = useSearchChoices({
    useRows: usePeopleRows,
    labelOf: (p: { id: string; name: string }) => p.name,
    showing: form.values.ownerPersonId,
    known: doc.ownerPersonId && doc.ownerName ? { [doc.ownerPersonId]: doc.ownerName } : {},
    emptyText: t("documents.noPeople"),
  });

  return (
    <Card withBorder>
      <form onSubmit={form.onSubmit((v) => save.run(toMetaPayload(v)))}>
        <fieldset disabled={!writable} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t("documents.col.number")}
                {...form.getInputProps("number")}
                data-testid="doc-meta-number"
              />
              <TextInput
                label={t("documents.col.title")}
                {...form.getInputProps("title")}
                data-testid="doc-meta-title"
              />
              <Select
                label={t("documents.col.kind")}
                data={kindOptions()}
                allowDeselect={false}
                {...form.getInputProps("kind")}
              />
              <Select
                label={t("documents.col.audience")}
                data={[
                  { value: "internal", label: t("documents.audience.internal") },
                  { value: "external", label: t("documents.audience.external") },
                ]}
                allowDeselect={false}
                {...form.getInputProps("audience")}
              />
              <Select
                label={t("documents.approverRole")}
                data={[
                  { value: "top_management", label: t("documents.approverRoles.top_management") },
                  { value: "pms_manager", label: t("documents.approverRoles.pms_manager") },
                ]}
                allowDeselect={false}
                {...form.getInputProps("approverRole")}
              />
              <Select
                label={t("documents.owner")}
                clearable
                {...owner.searchProps}
                data={owner.options(form.values.ownerPersonId ? [form.values.ownerPersonId] : [])}
                {...form.getInputProps("ownerPersonId")}
              />
              <NumberInput
                label={t("documents.retentionYears")}
                min={1}
                max={100}
                {...form.getInputProps("retentionYears")}
              />
              <NumberInput
                label={t("documents.reviewIntervalMonths")}
                min={1}
                max={60}
                {...form.getInputProps("reviewIntervalMonths")}
              />
              <DateField
                label={t("documents.col.nextReview")}
                clearable
                {...form.getInputProps("nextReviewOn")}
              />
              <TextInput
                label={t("documents.jRefs")}
                description={t("documents.jRefsHint")}
                placeholder="J.2.2, J.3.1.1"
                {...form.getInputProps("jRefs")}
                data-testid="doc-meta-jrefs"
              />
            </SimpleGrid>
            <FormError message={save.error} />
            {writable && (
              <Group justify="space-between">
                <Group gap="xs">
                  <Button
                    variant="default"
                    onClick={() => archive.run({ id: doc.id, archived: !doc.archivedAt })}
                    loading={archive.busy}
                    data-testid="doc-archive"
                  >
                    {doc.archivedAt ? t("documents.restore") : t("documents.archive")}
                  </Button>
                  {!doc.hasHistory && (
                    <Button
                      variant="subtle"
                      color="red"
                      onClick={() => setDeleting(true)}
                      data-testid="doc-delete"
                    >
                      {t("common.delete")}
                    </Button>
                  )}
                </Group>
                <Button type="submit" loading={save.busy} data-testid="doc-meta-save">
                  {t("common.save")}
                </Button>
              </Group>
            )}
          </Stack>
        </fieldset>
      </form>
      <ConfirmModal
        opened={deleting}
        title={t("documents.deleteTitle")}
        confirmLabel={t("common.delete")}
        confirmTestId="doc-delete-confirm"
        onConfirm={() => remove.runOrThrow(doc.id)}
        onClose={() => setDeleting(false)}
      >
        <Text size="sm">
          {t("documents.deleteMessage", { number: doc.number, title: doc.title })}
        </Text>
      </ConfirmModal>
    </Card>
  );
}
