// One inquiry in full (who sent it, how to reach them, the message as typed) and its handling:
// the status and the office's notes, for those who may handle inquiries.
import { Modal, Select, Stack, Table, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { INQUIRY_STATUSES, type InquiryStatus } from "@src/core/inquiries/categories.ts";
import { inquiryPatch } from "@src/modules/inquiries/inquiries.contract.ts";
import { useTranslation } from "react-i18next";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { formatDateTime } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { InquiryCategoryBadge, InquiryStatusBadge } from "./InquiryBadges.tsx";
import { useInquiry, useUpdateInquiry } from "./useInquiries.ts";

type Values = { status: InquiryStatus; notes: string };

export function InquiryDetailModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const canWrite = useCan("inquiries.write");
  const detail = useInquiry(org.id, id);
  const d = detail.data;
  const form = useForm<Values>({
    initialValues: { status: "new", notes: "" },
    validate: contractResolver(inquiryPatch),
  });
  useFillOnOpen(form, d?.id ?? null, () => ({ status: d?.status ?? "new", notes: d?.notes ?? "" }));
  const save = useUpdateInquiry(org.id, id ?? "", {
    form,
    notice: t("common.saved"),
    onSuccess: onClose,
  });
  const rows: [string, string][] = d
    ? [
        [t("inquiries.col.received"), formatDateTime(d.receivedAt)],
        [t("inquiries.col.name"), d.name],
        [t("inquiries.col.email"), d.email ?? "—"],
        [t("inquiries.col.phone"), d.phone ?? "—"],
      ]
    : [];
  return (
    <Modal
      opened={id !== null}
      onClose={onClose}
      title={d ? `${t("inquiries.col.reference")} ${d.referenceNo}` : ""}
      size="lg"
      centered
    >
      {detail.isError && <Text c="red">{errorMessage(detail.error)}</Text>}
      {d && (
        <form onSubmit={form.onSubmit((v) => save.run(v))} noValidate>
          <Stack gap="sm" data-testid="inquiry-detail">
            <Stack gap={4} align="flex-start">
              <InquiryCategoryBadge category={d.category} />
              <InquiryStatusBadge status={d.status} />
            </Stack>
            <Table verticalSpacing={4}>
              <Table.Tbody>
                {rows.map(([label, value]) => (
                  <Table.Tr key={label}>
                    <Table.Th w={140}>{label}</Table.Th>
                    <Table.Td style={{ wordBreak: "break-all" }}>{value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm" fw={700}>
              {t("inquiries.col.message")}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="inquiry-message">
              {d.message}
            </Text>
            <Select
              label={t("inquiries.col.status")}
              data={INQUIRY_STATUSES.map((s) => ({ value: s, label: t(`inquiries.status.${s}`) }))}
              allowDeselect={false}
              disabled={!canWrite}
              data-testid="inquiry-status-select"
              {...form.getInputProps("status")}
            />
            <Textarea
              label={t("inquiries.notes")}
              description={t("inquiries.notesHint")}
              autosize
              minRows={3}
              maxRows={10}
              disabled={!canWrite}
              data-testid="inquiry-notes"
              {...form.getInputProps("notes")}
            />
            {d.updatedByName && (
              <Text size="xs" c="dimmed">
                {t("inquiries.updatedBy", {
                  name: d.updatedByName,
                  at: formatDateTime(d.updatedAt),
                })}
              </Text>
            )}
            {canWrite && (
              <ModalFooter
                error={save.error}
                onCancel={onClose}
                confirmTestId="inquiry-save"
                loading={save.busy}
              />
            )}
          </Stack>
        </form>
      )}
    </Modal>
  );
}
