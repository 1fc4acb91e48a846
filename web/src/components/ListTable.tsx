// The parts every list table has: the scrolling frame with its loading veil, the row shown when
// there are no rows, and the edit / delete buttons at the end of a row.
import { ActionIcon, Group, LoadingOverlay, Table, type TableProps, Text } from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function ListTable({
  minWidth,
  loading,
  testId,
  children,
  ...tableProps
}: TableProps & { minWidth: number; loading: boolean; testId: string }) {
  return (
    <Table.ScrollContainer minWidth={minWidth} pos="relative">
      <LoadingOverlay visible={loading} overlayProps={{ blur: 1 }} loaderProps={{ size: "sm" }} />
      <Table striped highlightOnHover verticalSpacing="xs" {...tableProps} data-testid={testId}>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}

/** 読み込み中… while loading; then `children` if given, else `text`. */
export function EmptyRow({
  colSpan,
  loading,
  text,
  testId,
  children,
}: {
  colSpan: number;
  loading: boolean;
  text?: string;
  testId?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        {children && !loading ? (
          children
        ) : (
          <Text c="dimmed" ta="center" py="lg" data-testid={testId}>
            {loading ? t("common.loading") : text}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export function EditDeleteButtons({
  onEdit,
  onDelete,
  editTestId,
  deleteTestId,
}: {
  onEdit: () => void;
  onDelete: () => void;
  editTestId: string;
  deleteTestId: string;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        aria-label={t("common.edit")}
        onClick={onEdit}
        data-testid={editTestId}
      >
        <IconPencil size={18} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={t("common.delete")}
        onClick={onDelete}
        data-testid={deleteTestId}
      >
        <IconTrash size={18} />
      </ActionIcon>
    </Group>
  );
}
