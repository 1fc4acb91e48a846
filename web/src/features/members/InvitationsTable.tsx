import { ActionIcon, Badge, Table, Text, Tooltip } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, orgPath } from "../../api/client.ts";
import type { Invitation } from "../../api/types.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { formatDate } from "../../lib/format.ts";
import { notifySuccess } from "../../lib/notify.ts";
import { orgKey, useOrg } from "../orgs/OrgContext.tsx";

export function InvitationsTable({ items }: { items: Invitation[] }) {
  const { t } = useTranslation();
  const org = useOrg();
  const queryClient = useQueryClient();
  const [canceling, setCanceling] = useState<Invitation | null>(null);

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
        onConfirm={async () => {
          if (!canceling) return;
          await api.delete(orgPath(org.id, `/invitations/${canceling.id}`));
          notifySuccess(t("members.invitationCanceled"));
          await queryClient.invalidateQueries({ queryKey: orgKey(org.id) });
        }}
        onClose={() => setCanceling(null)}
      />
    </>
  );
}
