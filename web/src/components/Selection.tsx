// Rows chosen for an action across pages: the set of ids, and the checkboxes of the header
// (this page's rows) and of each row.
import { Checkbox, Table } from "@mantine/core";
import { useCallback, useState } from "react";

export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const select = useCallback((ids: string[], on: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, select, clear };
}

export type SelectProps = {
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
};

/** Checked when every row of the page is, indeterminate when some are. */
export function SelectAllCell({
  ids,
  selected,
  onSelect,
  label,
  testId,
}: SelectProps & { ids: string[]; label: string; testId: string }) {
  const chosen = ids.filter((id) => selected.has(id)).length;
  return (
    <Table.Th w={36}>
      <Checkbox
        aria-label={label}
        checked={ids.length > 0 && chosen === ids.length}
        indeterminate={chosen > 0 && chosen < ids.length}
        onChange={(e) => onSelect(ids, e.currentTarget.checked)}
        data-testid={testId}
      />
    </Table.Th>
  );
}

export function SelectRowCell({
  id,
  selected,
  onSelect,
  label,
  testId,
}: SelectProps & { id: string; label: string; testId: string }) {
  return (
    <Table.Td>
      <Checkbox
        aria-label={label}
        checked={selected.has(id)}
        onChange={(e) => onSelect([id], e.currentTarget.checked)}
        data-testid={testId}
      />
    </Table.Td>
  );
}
