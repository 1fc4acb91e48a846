import { ActionIcon, Badge, Select, Table, Text, Tooltip } from "@mantine/core";
import { IconUserMinus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Member } from "../../api/types.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { formatDate } from "../../lib/format.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { grantableRoles, useChangeRole, useRemoveMember } from "./useMembers.ts";

export function MembersTable({ items, manage }: { items: Member[]; manage: boolean }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [removing, setRemoving] = useState<Member | null>(null);
  const roles = grantableRoles(org.role);
  const change = useChangeRole(org.id, { notice: t("members.roleChanged"), errorsAs: "notice" });
  const remove = useRemoveMember(org.id, { notice: t("members.removed") });

  function changeRole(m: Member, role: string | null) {
    if (role && role !== m.role) void change.run({ member: m, role });
  }

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" data-testid="members-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("members.name")}</Table.Th>
              <Table.Th>{t("members.email")}</Table.Th>
              <Table.Th w={240}>{t("members.role")}</Table.Th>
              <Table.Th>{t("members.since")}</Table.Th>
              {manage && <Table.Th w={60} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((m) => {
              const canEdit = manage && (m.role !== "owner" || org.role === "owner");
              return (
                <Table.Tr key={m.id} data-testid="member-row">
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    {canEdit ? (
                      <Select
                        size="xs"
                        aria-label={t("members.role")}
                        data={roles.map((r) => ({ value: r, label: t(`accessRoles.${r}`) }))}
                        value={m.role}
                        allowDeselect={false}
                        onChange={(role) => changeRole(m, role)}
                        data-testid="member-role"
                      />
                    ) : (
                      <Badge variant="light">
                        {t(`accessRoles.${m.role}`, { defaultValue: m.role })}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(m.createdAt)}</Table.Td>
                  {manage && (
                    <Table.Td>
                      {canEdit && (
                        <Tooltip label={t("members.remove")}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t("members.remove")}
                            onClick={() => setRemoving(m)}
                            data-testid="member-remove"
                          >
                            <IconUserMinus size={18} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={removing !== null}
        message={t("members.confirmRemove", { name: removing?.name ?? "" })}
        confirmLabel={t("members.remove")}
        onConfirm={() => (removing ? remove.runOrThrow(removing) : Promise.resolve())}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
