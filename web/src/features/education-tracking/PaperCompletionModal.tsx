// 紙での修了を記録: a test taken on paper, entered by the PMS office with the day on the sheet.
import { Modal, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { paperCompletionInput } from "@src/modules/education/education.delivery.contract.ts";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { today } from "../../lib/format.ts";
import { type TrackingRow, usePaperCompletion } from "./useEducationTracking.ts";

type Values = { completedOn: string | null };

export function PaperCompletionModal({
  orgId,
  row,
  onClose,
}: {
  orgId: string;
  row: TrackingRow | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { completedOn: today() },
    validate: contractResolver(paperCompletionInput, {
      payload: (v) => ({ completedOn: v.completedOn ?? "" }),
    }),
  });
  const save = usePaperCompletion(orgId, {
    form,
    notice: t("educationTracking.paper.done"),
    onSuccess: onClose,
  });
  useFillOnOpen(form, row?.id ?? null, () => ({ completedOn: today() }), save.reset);
  return (
    <Modal opened={row !== null} onClose={onClose} title={t("educationTracking.paper.title")}>
      <form
        onSubmit={form.onSubmit((v) =>
          save.run({ id: row?.id ?? "", completedOn: v.completedOn ?? "" }),
        )}
      >
        <Stack data-testid="edu-paper-modal">
          <Text size="sm">
            {t("educationTracking.paper.intro", { name: row?.personName ?? "" })}
          </Text>
          <DateField
            label={t("educationTracking.paper.completedOn")}
            required
            maxDate={today()}
            data-testid="edu-paper-day"
            {...form.getInputProps("completedOn")}
          />
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmText={t("educationTracking.paper.save")}
            confirmTestId="edu-paper-save"
            loading={save.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
