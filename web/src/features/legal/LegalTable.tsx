// The legal register as a table: one row per law or guideline, with the articles and duties
// that matter, the register items and departments it applies to, and the last check.
import { Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { EditDeleteButtons, EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { SelectAllCell, type SelectProps, SelectRowCell } from "../../components/Selection.tsx";
import { Articles, Checked, clamp, NameCell, Names } from "./LegalCells.tsx";
import { entryName, kindLabel, todayJst } from "./legal-labels.ts";
import type { LegalEntry } from "./useLegal.ts";

export function LegalTable({
  items,
  loading,
  empty,
  editable,
  selected,
  onSelect,
  onEdit,
  onDelete,
}: SelectProps & {
  items: LegalEntry[];
  loading: boolean;
  /** Shown in place of rows when there are none. */
  empty: ReactNode;
  editable: boolean;
  onEdit: (e: LegalEntry) => void;
  onDelete: (e: LegalEntry) => void;
}) {
  const { t } = useTranslation();
  const today = todayJst();
  const columns = editable ? 10 : 8;
  return (
    <ListTable minWidth={1320} loading={loading} testId="legal-table">
      <Table.Thead>
        <Table.Tr>
          {editable && (
            <SelectAllCell
              ids={items.map((i) => i.id)}
              selected={selected}
              onSelect={onSelect}
              label={t("legal.selectPage")}
              testId="legal-select-all"
            />
          )}
          <Table.Th miw={230}>{t("legal.col.name")}</Table.Th>
          <Table.Th>{t("legal.col.kind")}</Table.Th>
          <Table.Th miw={190}>{t("legal.col.articles")}</Table.Th>
          <Table.Th miw={220}>{t("legal.col.obligations")}</Table.Th>
          <Table.Th miw={170}>{t("legal.col.items")}</Table.Th>
          <Table.Th miw={120}>{t("legal.col.departments")}</Table.Th>
          <Table.Th miw={150} style={{ whiteSpace: "nowrap" }}>
            {t("legal.col.checkedOn")}
          </Table.Th>
          <Table.Th miw={90} style={{ whiteSpace: "nowrap" }}>
            {t("legal.col.checkedBy")}
          </Table.Th>
          {editable && <Table.Th w={80} />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.length === 0 && (
          <EmptyRow colSpan={columns} loading={loading}>
            {empty}
          </EmptyRow>
        )}
        {items.map((e) => (
          <Table.Tr key={e.id} data-testid="legal-row" data-legal-id={e.id}>
            {editable && (
              <SelectRowCell
                id={e.id}
                selected={selected}
                onSelect={onSelect}
                label={t("legal.selectRow", { name: entryName(e) })}
                testId="legal-row-select"
              />
            )}
            <Table.Td>
              <NameCell entry={e} editable={editable} onEdit={onEdit} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>{kindLabel(e.kind)}</Table.Td>
            <Table.Td>
              <Articles entry={e} />
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={clamp(2)} title={e.obligations ?? undefined}>
                {e.obligations ?? "—"}
              </Text>
            </Table.Td>
            <Table.Td>
              <Names names={e.items.map((i) => i.name)} testId="legal-items" />
            </Table.Td>
            <Table.Td>
              <Names names={e.departments.map((d) => d.name)} testId="legal-departments" />
            </Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              <Checked checkedOn={e.checkedOn} today={today} />
            </Table.Td>
            <Table.Td>{e.checkedBy ?? "—"}</Table.Td>
            {editable && (
              <Table.Td>
                <EditDeleteButtons
                  onEdit={() => onEdit(e)}
                  onDelete={() => onDelete(e)}
                  editTestId="legal-edit"
                  deleteTestId="legal-delete"
                />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
}
