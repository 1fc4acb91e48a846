// Register items (個人情報管理台帳) to choose: one, for the filter, or several, for the items an
// entry applies to. The search runs on the server (q); chosen items keep their labels.
import { MultiSelect, type MultiSelectProps, Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useOrg } from "../orgs/OrgContext.tsx";
import { itemLabel, useItemOptions } from "./useLegal.ts";

type Option = { value: string; label: string };

/** Options for the current search, plus labels remembered for every item seen so far. */
function useItemChoices(search: string, known: Record<string, string>, skip?: string) {
  const { t } = useTranslation();
  const org = useOrg();
  // While the box shows the chosen item's label, list all items rather than search for it.
  const term = search === skip ? "" : search.trim();
  const [q] = useDebouncedValue(term, 250);
  const items = useItemOptions(org.id, q);
  const [labels, setLabels] = useState<Record<string, string>>(known);

  useEffect(() => {
    const list = items.data?.items;
    if (!list) return;
    setLabels((prev) => {
      const next = { ...prev };
      for (const i of list) next[i.id] = itemLabel(i);
      return next;
    });
  }, [items.data]);

  const options: Option[] = (items.data?.items ?? []).map((i) => ({
    value: i.id,
    label: labels[i.id] ?? itemLabel(i),
  }));
  const nothingFound = items.isFetching ? t("common.loading") : t("legal.noItem");
  return { options, labels: { ...known, ...labels }, nothingFound };
}

function withChosen(options: Option[], chosen: string[], labels: Record<string, string>) {
  const out = [...options];
  for (const id of chosen)
    if (!out.some((o) => o.value === id)) out.unshift({ value: id, label: labels[id] ?? id });
  return out;
}

type SingleProps = Omit<SelectProps, "data" | "value" | "onChange"> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

export function ItemSelect({ value, onChange, ...rest }: SingleProps) {
  const [search, setSearch] = useState("");
  const [known, setKnown] = useState<Record<string, string>>({});
  const selected = value ? known[value] : undefined;
  const { options, labels, nothingFound } = useItemChoices(search, known, selected);
  return (
    <Select
      searchable
      clearable
      {...rest}
      data={withChosen(options, value ? [value] : [], labels)}
      value={value}
      onChange={(v) => {
        if (v) setKnown((k) => ({ ...k, [v]: labels[v] ?? v }));
        onChange(v);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      nothingFoundMessage={nothingFound}
    />
  );
}

type MultiProps = Omit<MultiSelectProps, "data" | "value" | "onChange"> & {
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Names of the items already linked (before the list has loaded them). */
  initial: { id: string; name: string }[];
};

export function ItemMultiSelect({ value = [], onChange, initial, ...rest }: MultiProps) {
  const [search, setSearch] = useState("");
  const known = Object.fromEntries(initial.map((i) => [i.id, i.name]));
  const { options, labels, nothingFound } = useItemChoices(search, known);
  return (
    <MultiSelect
      searchable
      clearable
      {...rest}
      data={withChosen(options, value, labels)}
      value={value}
      onChange={(v) => onChange?.(v)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      nothingFoundMessage={nothingFound}
    />
  );
}
