// Records the day a recurring obligation was done (education, internal audit, management
// review …), with a note, and lists the earlier records (deletable by editors).
import { ActionIcon, Group, Modal, Stack, Table, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { recordInput } from "@src/modules/obligations/obligations.contract.ts";
import { IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { formatDate } from "../../lib/format.ts";
import { errorText } from "../../lib/validation.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { bi } from "../readiness/readiness-labels.ts";
import { type Obligation, useDeleteRecord, useRecordDone, useRecords } from "./useObligations.ts";

type Values = { doneOn: string | null; note: string };

const toPayload = (v: Values) => ({ doneOn: v.doneOn ?? "", note: v.note.trim() || undefined });

export function RecordDoneModal({
  obligation,
  today,
  onClose,
}: {
  obligation: Obligation | null;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const key = obligation?.key ?? "";
  const records = useRecords(org.id, obligation?.key ?? null);
  const form = useForm<Values>({
    initialValues: { doneOn: today, note: "" },
    validate: contractResolver(recordInput, {
      payload: toPayload,
      also: (v) => ({ doneOn: v.doneOn ? null : errorText("required") }),
    }),
  });
  const save = useRecordDone(org.id, key, {
    form,
    notice: t("obligations.recorded"),
    onSuccess: onClose,
  });
  const remove = useDeleteRecord(org.id, key, { errorsAs: "notice" });
  useFillOnOpen(form, obligation, () => ({ doneOn: today, note: "" }), save.reset);
  const submit = form.onSubmit((v) => save.run(toPayload(v)));

  return (
    <Modal
      opened={obligation !== null}
      onClose={onClose}
      title={obligation ? t("obligations.recordTitle", { title: bi(obligation.title) }) : ""}
    >
      <form onSubmit={submit} noValidate data-testid="record-form">
        <Stack>
          <DateField
            label={t("obligations.doneOn")}
            required
            maxDate={today}
            data-testid="record-done-on"
            {...form.getInputProps("doneOn")}
          />
          <Textarea
            label={t("obligations.note")}
            description={t("obligations.noteHint")}
            autosize
            minRows={2}
            data-testid="record-note"
            {...form.getInputProps("note")}
          />
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmText={t("obligations.record")}
            confirmTestId="record-save"
            loading={save.busy}
          />
          {(records.data?.items.length ?? 0) > 0 && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t("obligations.history")}
              </Text>
              <Table fz="sm" verticalSpacing={2}>
                <Table.Tbody>
                  {records.data?.items.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{formatDate(r.doneOn)}</Table.Td>
                      <Table.Td>{r.note ?? ""}</Table.Td>
                      <Table.Td c="dimmed">{r.recordedByName ?? ""}</Table.Td>
                      <Table.Td w={40}>
                        <Group justify="flex-end">
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            size="sm"
                            onClick={() => remove.run(r.id)}
                            aria-label={t("common.delete")}
                          >
                            <IconTrash size={14} />
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )}
        </Stack>
      </form>
    </Modal>
  );
}
