// The legal register as a table: one row per law or guideline, with the articles and duties
// that matter, the register items and departments it applies to, and the last check.
import { ActionIcon, Checkbox, Group, LoadingOverlay, Table, Text } from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
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
}: {
  items: LegalEntry[];
  loading: boolean;
  /** Shown in place of rows when there are none. */
  empty: ReactNode;
  editable: boolean;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onEdit: (e: LegalEntry) => void;
  onDelete: (e: LegalEntry) => void;
}) {
  const { t } = useTranslation();
  const today = todayJst();
  const pageIds = items.map((i) => i.id);
  const chosen = pageIds.filter((id) => selected.has(id)).length;
  const columns = editable ? 10 : 8;
  return (
    <Table.ScrollContainer minWidth={1320} pos="relative">
      <LoadingOverlay visible={loading} overlayProps={{ blur: 1 }} loaderProps={{ size: "sm" }} />
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="legal-table">
        <Table.Thead>
          <Table.Tr>
            {editable && (
              <Table.Th w={36}>
                <Checkbox
                  aria-label={t("legal.selectPage")}
                  checked={items.length > 0 && chosen === items.length}
                  indeterminate={chosen > 0 && chosen < items.length}
                  onChange={(e) => onSelect(pageIds, e.currentTarget.checked)}
                  data-testid="legal-select-all"
                />
              </Table.Th>
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
            <Table.Tr>
              <Table.Td colSpan={columns}>{loading ? <Loading /> : empty}</Table.Td>
            </Table.Tr>
          )}
          {items.map((e) => (
            <Table.Tr key={e.id} data-testid="legal-row" data-legal-id={e.id}>
              {editable && (
                <Table.Td>
                  <Checkbox
                    aria-label={t("legal.selectRow", { name: entryName(e) })}
                    checked={selected.has(e.id)}
                    onChange={(ev) => onSelect([e.id], ev.currentTarget.checked)}
                    data-testid="legal-row-select"
                  />
                </Table.Td>
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
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t("common.edit")}
                      onClick={() => onEdit(e)}
                      data-testid="legal-edit"
                    >
                      <IconPencil size={18} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t("common.delete")}
                      onClick={() => onDelete(e)}
                      data-testid="legal-delete"
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

function Loading() {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" ta="center" py="lg">
      {t("common.loading")}
    </Text>
  );
}
