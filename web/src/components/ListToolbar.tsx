// The line between a list's filters and its table: how many rows match (with what else narrows
// or orders them), and on the right the actions on the selected rows or a note.
import { Button, Group, Text } from "@mantine/core";
import { IconChecks } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function ListToolbar({
  total,
  testId,
  extra,
  mih,
  children,
}: {
  total: number;
  testId: string;
  /** Shown next to the count. */
  extra?: ReactNode;
  mih?: number;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const count = (
    <Text size="sm" c="dimmed" data-testid={testId}>
      {t("common.totalCount", { count: total })}
    </Text>
  );
  return (
    <Group justify="space-between" mt="md" mb="xs" mih={mih}>
      {extra ? (
        <Group gap="sm">
          {count}
          {extra}
        </Group>
      ) : (
        count
      )}
      {children}
    </Group>
  );
}

/** 「n件を選択中」, clear the selection, and the one action on the selected rows. */
export function SelectionBar({
  count,
  countTestId,
  onClear,
  actionText,
  actionTestId,
  onAction,
}: {
  count: number;
  countTestId: string;
  onClear: () => void;
  actionText: string;
  actionTestId: string;
  onAction: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Text size="sm" data-testid={countTestId}>
        {t("common.selectedCount", { count })}
      </Text>
      <Button variant="subtle" size="xs" onClick={onClear}>
        {t("common.clearSelection")}
      </Button>
      <Button
        size="xs"
        leftSection={<IconChecks size={16} />}
        onClick={onAction}
        data-testid={actionTestId}
      >
        {actionText}
      </Button>
    </Group>
  );
}
