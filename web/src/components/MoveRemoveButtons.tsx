// Up, down and remove for one row of a list the user orders by hand (a course's sections and
// questions, a register item's flow steps). Up is off on the first row, down on the last.
import { ActionIcon, Group, type GroupProps } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconTrash } from "@tabler/icons-react";

export function MoveRemoveButtons({
  index,
  count,
  labels,
  onMove,
  onRemove,
  testIdPrefix,
  ...group
}: {
  index: number;
  /** Rows in the list. */
  count: number;
  /** The buttons' accessible names. */
  labels: { up: string; down: string; remove: string };
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** `flow-step` → flow-step-up-0, flow-step-down-0, flow-step-remove-0. */
  testIdPrefix?: string;
} & GroupProps) {
  const testId = (what: string) => (testIdPrefix ? `${testIdPrefix}-${what}-${index}` : undefined);
  return (
    <Group gap={2} wrap="nowrap" {...group}>
      <ActionIcon
        variant="subtle"
        aria-label={labels.up}
        disabled={index === 0}
        onClick={() => onMove(-1)}
        data-testid={testId("up")}
      >
        <IconArrowUp size={16} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        aria-label={labels.down}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
        data-testid={testId("down")}
      >
        <IconArrowDown size={16} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={labels.remove}
        onClick={onRemove}
        data-testid={testId("remove")}
      >
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}
