// The issued links: person, purpose, status, expiry, last use, who issued them; re-issue and
// revoke for those who may.
import { Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { formatDate, formatDateTime } from "../../lib/format.ts";
import { purposeLabel, statusColor, untilDay } from "./link-labels.ts";
import { type PersonalLink, useRevokeLink } from "./usePersonalLinks.ts";

export function PersonalLinksTable({
  orgId,
  items,
  loading,
  manage,
  onReissue,
  emptyIcon,
}: {
  orgId: string;
  items: PersonalLink[];
  loading: boolean;
  manage: boolean;
  onReissue: (link: PersonalLink) => void;
  emptyIcon: ReactNode;
}) {
  const { t } = useTranslation();
  const [revoking, setRevoking] = useState<PersonalLink | null>(null);
  const revoke = useRevokeLink(orgId, { notice: t("personalLinks.revoke.done") });
  return (
    <>
      <ListTable minWidth={900} loading={loading} testId="links-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("personalLinks.col.person")}</Table.Th>
            <Table.Th>{t("personalLinks.col.purpose")}</Table.Th>
            <Table.Th>{t("personalLinks.col.status")}</Table.Th>
            <Table.Th>{t("personalLinks.col.expires")}</Table.Th>
            <Table.Th>{t("personalLinks.col.lastUsed")}</Table.Th>
            <Table.Th>{t("personalLinks.col.issued")}</Table.Th>
            {manage && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 ? (
            <EmptyRow colSpan={manage ? 7 : 6} loading={loading} text={t("personalLinks.empty")}>
              <Stack align="center" gap={4} py="md" c="dimmed">
                {emptyIcon}
                <Text size="sm">{t("personalLinks.empty")}</Text>
              </Stack>
            </EmptyRow>
          ) : (
            items.map((link) => (
              <Table.Tr key={link.id} data-testid="links-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {link.personName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {link.departmentName ?? ""}
                  </Text>
                </Table.Td>
                <Table.Td>{purposeLabel(link.purpose)}</Table.Td>
                <Table.Td>
                  <Badge
                    color={statusColor[link.status]}
                    variant="light"
                    data-testid="links-status"
                  >
                    {t(`personalLinks.status.${link.status}`)}
                  </Badge>
                  {link.revokedReason === "reissue" && (
                    <Text size="xs" c="dimmed">
                      {t("personalLinks.reissued")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t("personalLinks.until", { day: untilDay(link.expiresAt) })}</Table.Td>
                <Table.Td>
                  {link.lastUsedAt ? (
                    <>
                      <Text size="sm">{formatDateTime(link.lastUsedAt)}</Text>
                      <Text size="xs" c="dimmed">
                        {t("personalLinks.uses", { count: link.useCount })}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t("personalLinks.neverUsed")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(link.createdAt)}</Text>
                  <Text size="xs" c="dimmed">
                    {link.createdByName ?? ""}
                  </Text>
                </Table.Td>
                {manage && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Button
                        size="compact-xs"
                        variant="default"
                        onClick={() => onReissue(link)}
                        data-testid="links-reissue"
                      >
                        {t("personalLinks.reissue")}
                      </Button>
                      {link.status !== "revoked" && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          color="red"
                          onClick={() => setRevoking(link)}
                          data-testid="links-revoke"
                        >
                          {t("personalLinks.revoke.action")}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </ListTable>
      <ConfirmModal
        opened={revoking !== null}
        title={t("personalLinks.revoke.title")}
        message={t("personalLinks.revoke.message", {
          name: revoking?.personName ?? "",
          purpose: purposeLabel(revoking?.purpose ?? ""),
        })}
        confirmLabel={t("personalLinks.revoke.action")}
        confirmTestId="links-revoke-confirm"
        testId="links-revoke-modal"
        onConfirm={async () => {
          if (revoking) await revoke.runOrThrow(revoking);
          setRevoking(null);
        }}
        onClose={() => setRevoking(null)}
      />
    </>
  );
}
