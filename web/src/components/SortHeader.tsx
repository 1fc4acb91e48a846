// A table header that sorts: click to sort by it, again to reverse (when it can be reversed).
import { Group, Table, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowsSort, IconArrowUp } from "@tabler/icons-react";
import type { ReactNode } from "react";

export function SortHeader<S extends string>({
  children,
  asc,
  desc,
  current,
  onSort,
  testId,
}: {
  children: ReactNode;
  asc: S;
  /** Omit when the column sorts one way only. */
  desc?: S;
  current: S;
  onSort: (s: S) => void;
  testId?: string;
}) {
  const active = current === asc || current === desc;
  const Icon = !active ? IconArrowsSort : current === desc ? IconArrowDown : IconArrowUp;
  const next = current === asc && desc ? desc : asc;
  return (
    <Table.Th aria-sort={active ? (current === desc ? "descending" : "ascending") : "none"}>
      <UnstyledButton onClick={() => onSort(next)} data-testid={testId} fw={700} fz="sm">
        <Group gap={4} wrap="nowrap">
          {children}
          <Icon size={14} color={active ? undefined : "var(--mantine-color-gray-5)"} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
