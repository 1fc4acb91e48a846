// One mail as it is (or would be) sent: recipient, subject, state, and the plain text, with
// any secret link replaced by a note (only the recipient ever sees it).
import { Code, Group, Modal, ScrollArea, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { MailStatusBadge } from "./MailTable.tsx";
import { type Mail, useMailDetail } from "./useMail.ts";

export function MailDetailModal({ mail, onClose }: { mail: Mail | null; onClose: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const detail = useMailDetail(org.id, mail?.id ?? null);
  const d = detail.data;
  const rows: [string, string | null | undefined][] = d
    ? [
        [t("mail.col.to"), d.toName ? `${d.toName} <${d.toAddress}>` : d.toAddress],
        [t("mail.col.created"), formatDateTime(d.createdAt)],
        [t("mail.col.sent"), formatDateTime(d.sentAt)],
        [t("mail.nextAttempt"), formatDateTime(d.nextAttemptAt)],
        [t("mail.col.attempts"), String(d.attempts)],
        [t("mail.col.lastError"), d.lastError ?? "—"],
        [t("mail.messageId"), d.messageId ?? "—"],
      ]
    : [];
  return (
    <Modal opened={mail !== null} onClose={onClose} title={mail?.subject} size="lg" centered>
      {detail.isError && <Text c="red">{errorMessage(detail.error)}</Text>}
      {d && (
        <Stack gap="sm" data-testid="mail-detail">
          <Group gap="xs">
            <MailStatusBadge status={d.status} />
          </Group>
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
            {t("mail.text")}
          </Text>
          <ScrollArea.Autosize mah={360}>
            <Code block data-testid="mail-text" style={{ whiteSpace: "pre-wrap" }}>
              {d.text ?? t("mail.noTemplate")}
            </Code>
          </ScrollArea.Autosize>
        </Stack>
      )}
    </Modal>
  );
}
