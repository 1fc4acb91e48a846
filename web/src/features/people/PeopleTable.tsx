import { ActionIcon, Badge, Group, LoadingOverlay, Table, Text } from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Person } from "../../api/types.ts";
import { SortHeader } from "../../components/SortHeader.tsx";
import { formatDate, today } from "../../lib/format.ts";
import type { PeopleSort } from "./usePeople.ts";

export function PeopleTable({
  items,
  loading,
  sort,
  onSort,
  editable,
  onEdit,
  onDelete,
}: {
  items: Person[];
  loading: boolean;
  sort: PeopleSort;
  onSort: (s: PeopleSort) => void;
  editable: boolean;
  onEdit: (p: Person) => void;
  onDelete: (p: Person) => void;
}) {
  const { t } = useTranslation();
  const now = today();
  return (
    <Table.ScrollContainer minWidth={900} pos="relative">
      <LoadingOverlay visible={loading} overlayProps={{ blur: 1 }} loaderProps={{ size: "sm" }} />
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="people-table">
        <Table.Thead>
          <Table.Tr>
            <SortHeader asc="kana" desc="-kana" current={sort} onSort={onSort} testId="sort-kana">
              {t("people.name")}
            </SortHeader>
            <SortHeader asc="email" current={sort} onSort={onSort} testId="sort-email">
              {t("people.email")}
            </SortHeader>
            <SortHeader asc="department" current={sort} onSort={onSort} testId="sort-department">
              {t("people.department")}
            </SortHeader>
            <Table.Th>{t("people.employmentType")}</Table.Th>
            <SortHeader
              asc="joinedOn"
              desc="-joinedOn"
              current={sort}
              onSort={onSort}
              testId="sort-joined"
            >
              {t("people.joinedOn")}
            </SortHeader>
            <Table.Th>{t("people.leftOn")}</Table.Th>
            {editable && <Table.Th w={90} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text c="dimmed" ta="center" py="lg">
                  {loading ? t("common.loading") : t("people.empty")}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {items.map((p) => (
            <Table.Tr key={p.id} data-testid="person-row">
              <Table.Td>
                <Text size="sm" fw={500}>
                  {p.name}
                </Text>
                {p.kana && (
                  <Text size="xs" c="dimmed">
                    {p.kana}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.email ?? "—"}</Text>
              </Table.Td>
              <Table.Td>{p.departmentName ?? "—"}</Table.Td>
              <Table.Td>{t(`employmentTypes.${p.employmentType}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(p.joinedOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {p.leftOn ? (
                  <Group gap={4} wrap="nowrap">
                    {formatDate(p.leftOn)}
                    {p.leftOn <= now && (
                      <Badge size="xs" color="gray">
                        {t("people.leftBadge")}
                      </Badge>
                    )}
                  </Group>
                ) : (
                  "—"
                )}
              </Table.Td>
              {editable && (
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t("common.edit")}
                      onClick={() => onEdit(p)}
                      data-testid="person-edit"
                    >
                      <IconPencil size={18} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t("common.delete")}
                      onClick={() => onDelete(p)}
                      data-testid="person-delete"
                    >
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
