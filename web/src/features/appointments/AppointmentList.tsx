// Appointments grouped by PMS role, each with person, department, period and a 現任 badge.
import { ActionIcon, Badge, Button, Card, Group, Stack, Table, Text, Tooltip } from "@mantine/core";
import {
  type AppointmentRole,
  appointmentRoles,
} from "@src/modules/appointments/appointments.contract.ts";
import { IconCalendarOff, IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Appointment } from "../../api/types.ts";
import { formatPeriod } from "../../lib/format.ts";

type Props = {
  items: Appointment[];
  editable: boolean;
  onAdd: (role: AppointmentRole) => void;
  onEdit: (a: Appointment) => void;
  onEnd: (a: Appointment) => void;
  onDelete: (a: Appointment) => void;
};

export function AppointmentList({ items, editable, onAdd, onEdit, onEnd, onDelete }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="appointment-list">
      {appointmentRoles.map((role) => {
        const rows = items
          .filter((a) => a.role === role)
          .sort((a, b) => Number(b.current) - Number(a.current) || b.from.localeCompare(a.from));
        return (
          <Card withBorder key={role} padding="md" data-testid={`appointment-group-${role}`}>
            <Group justify="space-between" mb={rows.length ? "xs" : 0}>
              <Text fw={700}>{t(`appointmentRoles.${role}`)}</Text>
              {editable && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => onAdd(role)}
                >
                  {t("appointments.appoint")}
                </Button>
              )}
            </Group>
            {rows.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("appointments.none")}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table verticalSpacing={6}>
                  <Table.Tbody>
                    {rows.map((a) => (
                      <Table.Tr
                        key={a.id}
                        data-testid="appointment-row"
                        c={a.current ? undefined : "dimmed"}
                      >
                        <Table.Td w="22%">
                          <Group gap={6} wrap="nowrap">
                            <Text size="sm" fw={500} style={{ whiteSpace: "nowrap" }}>
                              {a.personName}
                            </Text>
                            {a.current && (
                              <Badge size="sm" color="teal" variant="light">
                                {t("appointments.current")}
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td w="20%">{a.departmentName ?? ""}</Table.Td>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>
                          {formatPeriod(a.from, a.to)}
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {a.note ?? ""}
                          </Text>
                        </Table.Td>
                        {editable && (
                          <Table.Td w={110}>
                            <Group gap={2} wrap="nowrap" justify="flex-end">
                              <Tooltip label={t("common.edit")}>
                                <ActionIcon
                                  variant="subtle"
                                  aria-label={t("common.edit")}
                                  onClick={() => onEdit(a)}
                                  data-testid="appointment-edit"
                                >
                                  <IconPencil size={18} />
                                </ActionIcon>
                              </Tooltip>
                              {a.to === null && (
                                <Tooltip label={t("appointments.end")}>
                                  <ActionIcon
                                    variant="subtle"
                                    color="orange"
                                    aria-label={t("appointments.end")}
                                    onClick={() => onEnd(a)}
                                    data-testid="appointment-end"
                                  >
                                    <IconCalendarOff size={18} />
                                  </ActionIcon>
                                </Tooltip>
                              )}
                              <Tooltip label={t("common.delete")}>
                                <ActionIcon
                                  variant="subtle"
                                  color="red"
                                  aria-label={t("common.delete")}
                                  onClick={() => onDelete(a)}
                                  data-testid="appointment-delete"
                                >
                                  <IconTrash size={18} />
                                </ActionIcon>
                              </Tooltip>
                            </Group>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
