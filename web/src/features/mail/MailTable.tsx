// The outbox's rows: status, recipient, subject, when queued and sent, tries and the last
// error, with the row's actions (details; retry a failed mail; cancel a queued one).
import { ActionIcon, Badge, Group, Stack, Table, Text, Tooltip } from "@mantine/core";
import { can } from "@src/core/access/permissions.ts";
import { IconEye, IconRefresh, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import type { Mail } from "./useMail.ts";

export const statusColors: Record<Mail["status"], string> = {
  queued: "blue",
  sending: "cyan",
  sent: "teal",
  failed: "red",
  cancelled: "gray",
};

export function MailStatusBadge({ status }: { status: Mail["status"] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColors[status]} data-testid="mail-status">
      {t(`mail.status.${status}`)}
    </Badge>
  );
}

export function MailTable({
  items,
  loading,
  onOpen,
  onRetry,
  onCancel,
}: {
  items: Mail[];
  loading: boolean;
  onOpen: (mail: Mail) => void;
  onRetry: (mail: Mail) => void;
  onCancel: (mail: Mail) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const manage = can(org.role, "mail.manage");
  return (
    <ListTable minWidth={980} loading={loading} testId="mail-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>{t("mail.col.status")}</Table.Th>
          <Table.Th>{t("mail.col.to")}</Table.Th>
          <Table.Th>{t("mail.col.subject")}</Table.Th>
          <Table.Th w={150}>{t("mail.col.created")}</Table.Th>
          <Table.Th w={150}>{t("mail.col.sent")}</Table.Th>
          <Table.Th w={70}>{t("mail.col.attempts")}</Table.Th>
          <Table.Th>{t("mail.col.lastError")}</Table.Th>
          <Table.Th w={110} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.length === 0 && <EmptyRow colSpan={8} loading={loading} text={t("mail.empty")} />}
        {items.map((m) => (
          <Table.Tr key={m.id} data-testid="mail-row">
            <Table.Td>
              <MailStatusBadge status={m.status} />
            </Table.Td>
            <Table.Td>
              <Stack gap={0}>
                {m.toName && <Text size="sm">{m.toName}</Text>}
                <Text size="sm" c={m.toName ? "dimmed" : undefined} data-testid="mail-to">
                  {m.toAddress}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>
              <Text size="sm" data-testid="mail-subject">
                {m.subject}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(m.createdAt)}</Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(m.sentAt)}</Table.Td>
            <Table.Td>{m.attempts}</Table.Td>
            <Table.Td>
              <Text size="xs" c="red" lineClamp={2} style={{ wordBreak: "break-all" }}>
                {m.lastError ?? ""}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap={2} wrap="nowrap">
                <Tooltip label={t("mail.open")}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t("mail.open")}
                    onClick={() => onOpen(m)}
                    data-testid="mail-open"
                  >
                    <IconEye size={18} />
                  </ActionIcon>
                </Tooltip>
                {manage && m.status === "failed" && (
                  <Tooltip label={t("mail.retry")}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t("mail.retry")}
                      onClick={() => onRetry(m)}
                      data-testid="mail-retry"
                    >
                      <IconRefresh size={18} />
                    </ActionIcon>
                  </Tooltip>
                )}
                {manage && m.status === "queued" && (
                  <Tooltip label={t("mail.cancel")}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t("mail.cancel")}
                      onClick={() => onCancel(m)}
                      data-testid="mail-cancel"
                    >
                      <IconX size={18} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
}
