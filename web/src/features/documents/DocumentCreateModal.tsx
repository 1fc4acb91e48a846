// A new, blank document: number, title, kind and audience. It opens with an empty first draft
// to write in (a document from a template is made by the templates dialog).
import { Modal, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { documentInput } from "@src/modules/documents/documents.contract.ts";
import { useTranslation } from "react-i18next";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { emptyMeta, type MetaValues, toCreatePayload } from "./document-form.ts";
import { kindOptions } from "./document-labels.ts";
import { useCreateDocument } from "./useDocuments.ts";

type Values = Pick<MetaValues, "number" | "title" | "kind" | "audience">;

export function DocumentCreateModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const form = useForm<Values>({
    initialValues: emptyMeta,
    validate: contractResolver(documentInput, { payload: toCreatePayload }),
  });
  const save = useCreateDocument(org.id, {
    form,
    notice: t("documents.created"),
    onSuccess: (out) => {
      onClose();
      onCreated(out.id);
    },
  });
  useFillOnOpen(form, opened, () => emptyMeta, save.reset);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("documents.add")}
      data-testid="doc-create-modal"
    >
      <form onSubmit={form.onSubmit((v) => save.run(toCreatePayload(v)))}>
        <Stack>
          <TextInput
            label={t("documents.col.number")}
            placeholder="R-01"
            withAsterisk
            {...form.getInputProps("number")}
            data-testid="doc-create-number"
          />
          <TextInput
            label={t("documents.col.title")}
            withAsterisk
            {...form.getInputProps("title")}
            data-testid="doc-create-title"
          />
          <Select
            label={t("documents.col.kind")}
            data={kindOptions()}
            allowDeselect={false}
            {...form.getInputProps("kind")}
            data-testid="doc-create-kind"
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
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmText={t("documents.create")}
            confirmTestId="doc-create-submit"
            loading={save.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
