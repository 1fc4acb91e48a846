// Records the day a recurring obligation was done (education, internal audit, management
// review …), with a note, and lists the earlier records (deletable by editors).
import { ActionIcon, Group, Modal, Stack, Table, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconTrash } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { useFormModal } from "../../components/useFormModal.ts";
import { formatDate } from "../../lib/format.ts";
import { notifyError } from "../../lib/notify.ts";
import { errorText } from "../../lib/validation.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { bi } from "../readiness/readiness-labels.ts";
import { readinessKey } from "../readiness/useReadiness.ts";
import { type Obligation, obligationsKey, obligationsPath, useRecords } from "./useObligations.ts";

type Values = { doneOn: string | null; note: string };

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
  const queryClient = useQueryClient();
  const records = useRecords(org.id, obligation?.key ?? null);
  const form = useForm<Values>({
    initialValues: { doneOn: today, note: "" },
    validate: { doneOn: (v) => (v ? null : errorText("required")) },
  });
  const { error, submit } = useFormModal(form, {
    target: obligation,
    values: () => ({ doneOn: today, note: "" }),
    path: obligationsPath(org.id, `/${obligation?.key ?? ""}/records`),
    id: undefined,
    body: (v) => ({ doneOn: v.doneOn, note: v.note.trim() || undefined }),
    savedText: t("obligations.recorded"),
    queryKey: obligationsKey(org.id),
    onClose: () => {
      void queryClient.invalidateQueries({ queryKey: readinessKey(org.id) });
      onClose();
    },
  });

  async function remove(id: string) {
    try {
      await api.delete(obligationsPath(org.id, `/${obligation?.key}/records/${id}`));
      await queryClient.invalidateQueries({ queryKey: obligationsKey(org.id) });
    } catch (err) {
      notifyError(err);
    }
  }

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
            error={error}
            onCancel={onClose}
            confirmText={t("obligations.record")}
            confirmTestId="record-save"
            loading={form.submitting}
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
                            onClick={() => remove(r.id)}
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
