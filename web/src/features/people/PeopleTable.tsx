import { Badge, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Person } from "../../api/types.ts";
import { EditDeleteButtons, EmptyRow, ListTable } from "../../components/ListTable.tsx";
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
    <ListTable minWidth={900} loading={loading} testId="people-table">
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
        {items.length === 0 && <EmptyRow colSpan={7} loading={loading} text={t("people.empty")} />}
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
                <EditDeleteButtons
                  onEdit={() => onEdit(p)}
                  onDelete={() => onDelete(p)}
                  editTestId="person-edit"
                  deleteTestId="person-delete"
                />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
}
