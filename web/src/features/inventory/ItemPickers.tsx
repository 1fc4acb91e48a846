// Register items (個人情報管理台帳) to choose: one (a filter, a risk row's item) or several (the
// items a legal entry applies to). The search runs on the server (q); chosen items keep their
// labels.
import { MultiSelect, type MultiSelectProps, Select, type SelectProps } from "@mantine/core";
import { useSearchChoices } from "../../components/useSearchChoices.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { itemLabel, useItemOptions } from "./useInventory.ts";

function useItemRows(q: string) {
  const org = useOrg();
  return useItemOptions(org.id, q);
}

type Common = {
  /** Shown when the search finds no item. */
  emptyText: string;
};

type SingleProps = Omit<SelectProps, "data" | "value" | "onChange"> &
  Common & {
    value?: string | null;
    onChange?: (value: string | null) => void;
    /** Label of the current value before the list has loaded (e.g. when editing). */
    initialLabel?: string;
  };

export function ItemSelect({
  value = null,
  onChange,
  initialLabel,
  emptyText,
  ...rest
}: SingleProps) {
  const { options, searchProps } = useSearchChoices({
    useRows: useItemRows,
    labelOf: itemLabel,
    showing: value,
    known: value && initialLabel ? { [value]: initialLabel } : {},
    emptyText,
  });
  return (
    <Select
      {...searchProps}
      {...rest}
      data={options(value ? [value] : [])}
      value={value}
      onChange={(v) => onChange?.(v)}
    />
  );
}

type MultiProps = Omit<MultiSelectProps, "data" | "value" | "onChange"> &
  Common & {
    value?: string[];
    onChange?: (value: string[]) => void;
    /** Names of the items already linked (before the list has loaded them). */
    initial: { id: string; name: string }[];
  };

export function ItemMultiSelect({ value = [], onChange, initial, emptyText, ...rest }: MultiProps) {
  const { options, searchProps } = useSearchChoices({
    useRows: useItemRows,
    labelOf: itemLabel,
    known: Object.fromEntries(initial.map((i) => [i.id, i.name])),
    emptyText,
  });
  return (
    <MultiSelect
      {...searchProps}
      clearable
      {...rest}
      data={options(value)}
      value={value}
      onChange={(v) => onChange?.(v)}
    />
  );
}
