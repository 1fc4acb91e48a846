// The register as a table: one row per kind of personal information, selectable for the
// yearly review, with edit and delete for those who may write.
import {
  ActionIcon,
  Anchor,
  Badge,
  Checkbox,
  Group,
  LoadingOverlay,
  Table,
  Text,
} from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { SortHeader } from "../../components/SortHeader.tsx";
import { formatDate } from "../../lib/format.ts";
import { enumLabel, fieldLabel, reviewOverdue, todayJst } from "./inventory-fields.ts";
import type { InventoryItem, InventorySort } from "./useInventory.ts";

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
}: {
  items: InventoryItem[];
  loading: boolean;
  sort: InventorySort;
  onSort: (s: InventorySort) => void;
  editable: boolean;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onOpen: (item: InventoryItem) => void;
  onDelete: (item: InventoryItem) => void;
}) {
  const { t } = useTranslation();
  const today = todayJst();
  const pageIds = items.map((i) => i.id);
  const chosen = pageIds.filter((id) => selected.has(id)).length;
  const columns = editable ? 11 : 9;
  return (
    <Table.ScrollContainer minWidth={1100} pos="relative">
      <LoadingOverlay visible={loading} overlayProps={{ blur: 1 }} loaderProps={{ size: "sm" }} />
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="inventory-table">
        <Table.Thead>
          <Table.Tr>
            {editable && (
              <Table.Th w={36}>
                <Checkbox
                  aria-label={t("inventory.selectPage")}
                  checked={items.length > 0 && chosen === items.length}
                  indeterminate={chosen > 0 && chosen < items.length}
                  onChange={(e) => onSelect(pageIds, e.currentTarget.checked)}
                  data-testid="inventory-select-all"
                />
              </Table.Th>
            )}
            <SortHeader asc="name" desc="-name" current={sort} onSort={onSort} testId="sort-name">
              {t("inventory.col.name")}
            </SortHeader>
            <SortHeader asc="department" current={sort} onSort={onSort} testId="sort-department">
              {fieldLabel("departmentId")}
            </SortHeader>
            <Table.Th>{t("inventory.infoTypeShort")}</Table.Th>
            <Table.Th>{fieldLabel("medium")}</Table.Th>
            <Table.Th>{fieldLabel("count")}</Table.Th>
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
            <Table.Tr>
              <Table.Td colSpan={columns}>
                <Text c="dimmed" ta="center" py="lg" data-testid="inventory-empty">
                  {loading ? t("common.loading") : t("inventory.empty")}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {items.map((item) => (
            <Table.Tr key={item.id} data-testid="inventory-row" data-item-id={item.id}>
              {editable && (
                <Table.Td>
                  <Checkbox
                    aria-label={t("inventory.selectRow", { name: item.name })}
                    checked={selected.has(item.id)}
                    onChange={(e) => onSelect([item.id], e.currentTarget.checked)}
                    data-testid="inventory-row-select"
                  />
                </Table.Td>
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
              <Table.Td>{item.count ?? "—"}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {item.sensitive ? (
                  <Badge
                    color="grape"
                    variant="light"
                    style={FIT}
                    data-testid="inventory-sensitive"
                  >
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
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t("common.edit")}
                      onClick={() => onOpen(item)}
                      data-testid="inventory-edit"
                    >
                      <IconPencil size={18} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t("common.delete")}
                      onClick={() => onDelete(item)}
                      data-testid="inventory-delete"
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
