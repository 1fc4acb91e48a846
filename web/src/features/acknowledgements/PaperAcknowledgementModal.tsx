// 紙での確認を記録: a confirmation or pledge a person wrote on paper, entered by the PMS office
// with the day written on the sheet (and the name, for a pledge).
import { Modal, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { paperInput } from "@src/modules/documents/documents.acknowledgements.contract.ts";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { today } from "../../lib/format.ts";
import { type AckRow, type AckTarget, useRecordPaper } from "./useAcknowledgements.ts";

type Values = { signedOn: string | null; typedName: string };

export function PaperAcknowledgementModal({
  orgId,
  target,
  row,
  onClose,
}: {
  orgId: string;
  target: AckTarget;
  row: AckRow | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { signedOn: today(), typedName: "" },
    validate: contractResolver(paperInput, {
      payload: (v) => ({ signedOn: v.signedOn ?? "", typedName: v.typedName }),
    }),
  });
  const save = useRecordPaper(orgId, target, {
    form,
    notice: t("acknowledgements.paper.done"),
    onSuccess: onClose,
  });
  useFillOnOpen(
    form,
    row?.id ?? null,
    () => ({ signedOn: today(), typedName: row?.personName ?? "" }),
    save.reset,
  );
  return (
    <Modal opened={row !== null} onClose={onClose} title={t("acknowledgements.paper.title")}>
      <form
        onSubmit={form.onSubmit((v) =>
          save.run({ ackId: row?.id ?? "", signedOn: v.signedOn ?? "", typedName: v.typedName }),
        )}
      >
        <Stack data-testid="ack-paper-modal">
          <Text size="sm">
            {t("acknowledgements.paper.intro", { name: row?.personName ?? "" })}
          </Text>
          <DateField
            label={t("acknowledgements.paper.signedOn")}
            required
            maxDate={today()}
            data-testid="ack-paper-signed-on"
            {...form.getInputProps("signedOn")}
          />
          <TextInput
            label={t("acknowledgements.paper.typedName")}
            data-testid="ack-paper-name"
            {...form.getInputProps("typedName")}
          />
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmText={t("acknowledgements.paper.save")}
            confirmTestId="ack-paper-save"
            loading={save.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
