import { ActionIcon, Badge, Table, Text, Tooltip } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Invitation } from "../../api/types.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { formatDate } from "../../lib/format.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { useCancelInvitation } from "./useMembers.ts";

export function InvitationsTable({ items }: { items: Invitation[] }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [canceling, setCanceling] = useState<Invitation | null>(null);
  const cancel = useCancelInvitation(org.id, { notice: t("members.invitationCanceled") });

  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("members.noPending")}
      </Text>
    );

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" data-testid="invitations-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("members.email")}</Table.Th>
              <Table.Th>{t("members.role")}</Table.Th>
              <Table.Th>{t("members.expires")}</Table.Th>
              <Table.Th w={60} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((inv) => (
              <Table.Tr key={inv.id} data-testid="invitation-row">
                <Table.Td>{inv.email}</Table.Td>
                <Table.Td>
                  <Badge variant="light">
                    {t(`accessRoles.${inv.role}`, { defaultValue: inv.role })}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(inv.expiresAt)}</Table.Td>
                <Table.Td>
                  <Tooltip label={t("members.cancelInvitation")}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t("members.cancelInvitation")}
                      onClick={() => setCanceling(inv)}
                      data-testid="invitation-cancel"
                    >
                      <IconX size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt={4}>
        {t("members.linkOnce")}
      </Text>
      <ConfirmModal
        opened={canceling !== null}
        message={t("members.confirmCancel", { email: canceling?.email ?? "" })}
        confirmLabel={t("members.cancelInvitation")}
        onConfirm={() => (canceling ? cancel.runOrThrow(canceling) : Promise.resolve())}
        onClose={() => setCanceling(null)}
      />
    </>
  );
}
