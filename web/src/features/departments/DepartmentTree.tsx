import { ActionIcon, Badge, Box, Group, Text, Tooltip } from "@mantine/core";
import { IconCornerDownRight, IconPencil, IconSubtask, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Department } from "../../api/types.ts";
import { departmentTree } from "./useDepartments.ts";

export function DepartmentTree({
  items,
  editable,
  onAddChild,
  onEdit,
  onDelete,
}: {
  items: Department[];
  editable: boolean;
  onAddChild: (d: Department) => void;
  onEdit: (d: Department) => void;
  onDelete: (d: Department) => void;
}) {
  const { t } = useTranslation();
  return (
    <Box component="ul" m={0} p={0} style={{ listStyle: "none" }} data-testid="department-tree">
      {departmentTree(items).map(({ department: d, depth }) => (
        <Box
          component="li"
          key={d.id}
          px="md"
          py={10}
          style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}
          data-testid="department-row"
        >
          <Group justify="space-between" wrap="nowrap">
            <Group gap={6} wrap="nowrap" style={{ paddingLeft: depth * 28 }}>
              {depth > 0 && <IconCornerDownRight size={16} color="var(--mantine-color-gray-5)" />}
              <Text fw={depth === 0 ? 600 : 400}>{d.name}</Text>
              <Badge variant="light" color="gray" size="sm">
                {t("departments.peopleCount", { count: d.peopleCount })}
              </Badge>
            </Group>
            {editable && (
              <Group gap={4} wrap="nowrap">
                <Tooltip label={t("departments.addChild")}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t("departments.addChild")}
                    onClick={() => onAddChild(d)}
                  >
                    <IconSubtask size={18} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t("departments.edit")}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t("departments.edit")}
                    onClick={() => onEdit(d)}
                    data-testid="department-edit"
                  >
                    <IconPencil size={18} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t("common.delete")}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t("common.delete")}
                    onClick={() => onDelete(d)}
                    data-testid="department-delete"
                  >
                    <IconTrash size={18} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            )}
          </Group>
        </Box>
      ))}
    </Box>
  );
}
