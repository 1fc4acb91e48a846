// A searchable choice of register item (個人情報管理台帳); the search runs on the server (q).
import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useOrg } from "../orgs/OrgContext.tsx";
import { type ItemOption, useItemOptions } from "./useRisks.ts";

type Props = Omit<SelectProps, "data" | "value" | "onChange"> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Label of the current value before the list has loaded (e.g. when editing). */
  initialLabel?: string;
};

const labelOf = (i: ItemOption) => (i.departmentName ? `${i.name}（${i.departmentName}）` : i.name);

export function ItemSelect({ value = null, onChange, initialLabel, ...rest }: Props) {
  const { t } = useTranslation();
  const org = useOrg();
  const [search, setSearch] = useState("");
  const [labels, setLabels] = useState<Record<string, string>>({});
  const selectedLabel = value ? (labels[value] ?? initialLabel) : undefined;
  // When the box shows the chosen item, list all items rather than searching for its name.
  const term = search === selectedLabel ? "" : search.trim();
  const [q] = useDebouncedValue(term, 250);
  const items = useItemOptions(org.id, q);

  useEffect(() => {
    const list = items.data?.items;
    if (!list) return;
    setLabels((prev) => {
      const next = { ...prev };
      for (const i of list) next[i.id] = labelOf(i);
      return next;
    });
  }, [items.data]);

  const data = (items.data?.items ?? []).map((i) => ({
    value: i.id,
    label: labels[i.id] ?? labelOf(i),
  }));
  if (value && selectedLabel && !data.some((d) => d.value === value))
    data.unshift({ value, label: selectedLabel });

  return (
    <Select
      searchable
      {...rest}
      data={data}
      value={value}
      onChange={(v) => onChange?.(v)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={items.isFetching ? t("common.loading") : t("risks.noItem")}
    />
  );
}
