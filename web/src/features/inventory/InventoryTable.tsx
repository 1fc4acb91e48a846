// The register as a table: one row per kind of personal information, selectable for the
// yearly review, with edit and delete for those who may write.
import { Anchor, Badge, Group, Table } from "@mantine/core";
import { formatRecordCount } from "@src/core/registers/record-count.ts";
import { useTranslation } from "react-i18next";
import { EditDeleteButtons, EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { SelectAllCell, type SelectProps, SelectRowCell } from "../../components/Selection.tsx";
import { SortHeader } from "../../components/SortHeader.tsx";
import { formatDate } from "../../lib/format.ts";
import { enumLabel, fieldLabel, reviewOverdue, todayJst } from "./inventory-fields.ts";
import type { InventoryItem, InventorySort } from "./useInventory.ts";

/** 件数 read as a number shows folded (「約1,200」); text that is not one shows as typed. */
function countText(item: InventoryItem, lang: "ja" | "en"): string {
  if (item.countValue == null) return item.count ?? "—";
  return formatRecordCount({ value: item.countValue, qualifier: item.countQualifier }, lang);
}

// Badges in a squeezed table column would otherwise be cut to "A…".
const FIT = { minWidth: "max-content" };

export function InventoryTable({
  items,
  loading,
  sort,
  onSort,
  editable,
  selected,
  onSelect,
  onOpen,
  onDelete,
}: SelectProps & {
  items: InventoryItem[];
  loading: boolean;
  sort: InventorySort;
  onSort: (s: InventorySort) => void;
  editable: boolean;
  onOpen: (item: InventoryItem) => void;
  onDelete: (item: InventoryItem) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "en" ? "en" : "ja";
  const today = todayJst();
  const columns = editable ? 11 : 9;
  return (
    <ListTable minWidth={1100} loading={loading} testId="inventory-table">
      <Table.Thead>
        <Table.Tr>
          {editable && (
            <SelectAllCell
              ids={items.map((i) => i.id)}
              selected={selected}
              onSelect={onSelect}
              label={t("inventory.selectPage")}
              testId="inventory-select-all"
            />
          )}
          <SortHeader asc="name" desc="-name" current={sort} onSort={onSort} testId="sort-name">
            {t("inventory.col.name")}
          </SortHeader>
          <SortHeader asc="department" current={sort} onSort={onSort} testId="sort-department">
            {fieldLabel("departmentId")}
          </SortHeader>
          <Table.Th>{t("inventory.infoTypeShort")}</Table.Th>
          <Table.Th>{fieldLabel("medium")}</Table.Th>
          <SortHeader asc="count" desc="-count" current={sort} onSort={onSort} testId="sort-count">
            {fieldLabel("count")}
          </SortHeader>
          <Table.Th>{t("inventory.sensitiveShort")}</Table.Th>
          <SortHeader
            asc="lastReviewedOn"
            current={sort}
            onSort={onSort}
            testId="sort-last-reviewed"
          >
            {fieldLabel("lastReviewedOn")}
          </SortHeader>
          <Table.Th>{fieldLabel("status")}</Table.Th>
          {editable && <Table.Th w={80} />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.length === 0 && (
          <EmptyRow
            colSpan={columns}
            loading={loading}
            text={t("inventory.empty")}
            testId="inventory-empty"
          />
        )}
        {items.map((item) => (
          <Table.Tr key={item.id} data-testid="inventory-row" data-item-id={item.id}>
            {editable && (
              <SelectRowCell
                id={item.id}
                selected={selected}
                onSelect={onSelect}
                label={t("inventory.selectRow", { name: item.name })}
                testId="inventory-row-select"
              />
            )}
            <Table.Td miw={180}>
              <Anchor
                component="button"
                type="button"
                size="sm"
                fw={500}
                ta="left"
                onClick={() => onOpen(item)}
                data-testid="inventory-open"
              >
                {item.name}
              </Anchor>
            </Table.Td>
            <Table.Td>{item.departmentName ?? "—"}</Table.Td>
            <Table.Td>{enumLabel("infoType", item.infoType)}</Table.Td>
            <Table.Td>{enumLabel("medium", item.medium)}</Table.Td>
            <Table.Td title={item.count ?? undefined} data-testid="inventory-count">
              {countText(item, lang)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              {item.sensitive ? (
                <Badge color="grape" variant="light" style={FIT} data-testid="inventory-sensitive">
                  {t("inventory.sensitiveBadge")}
                </Badge>
              ) : item.sensitive === false ? (
                t("inventory.no")
              ) : (
                "—"
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              <Group gap={4} wrap="nowrap">
                {formatDate(item.lastReviewedOn)}
                {reviewOverdue(item.lastReviewedOn ?? item.identifiedOn, today) && (
                  <Badge
                    size="xs"
                    color="orange"
                    style={{ flexShrink: 0 }}
                    data-testid="inventory-overdue"
                  >
                    {t("inventory.overdueBadge")}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              <Badge variant="dot" color={item.status === "active" ? "teal" : "gray"} style={FIT}>
                {enumLabel("status", item.status)}
              </Badge>
            </Table.Td>
            {editable && (
              <Table.Td>
                <EditDeleteButtons
                  onEdit={() => onOpen(item)}
                  onDelete={() => onDelete(item)}
                  editTestId="inventory-edit"
                  deleteTestId="inventory-delete"
                />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
}
