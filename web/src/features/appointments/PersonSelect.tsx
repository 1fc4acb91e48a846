// A searchable choice of person from the register; the search runs on the server (q).
import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useOrg } from "../orgs/OrgContext.tsx";
import { usePeople } from "../people/usePeople.ts";

type Props = Omit<SelectProps, "data" | "value" | "onChange"> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Label of the current value before the list has loaded (e.g. when editing). */
  initialLabel?: string;
};

export function PersonSelect({ value = null, onChange, initialLabel, ...rest }: Props) {
  const { t } = useTranslation();
  const org = useOrg();
  const [search, setSearch] = useState("");
  const [labels, setLabels] = useState<Record<string, string>>({});
  const selectedLabel = value ? (labels[value] ?? initialLabel) : undefined;
  // When the box shows the chosen name, list everyone rather than searching for that name.
  const term = search === selectedLabel ? "" : search.trim();
  const [q] = useDebouncedValue(term, 250);
  const people = usePeople(org.id, { q, status: "current", sort: "kana", limit: 50 });

  useEffect(() => {
    const items = people.data?.items;
    if (!items) return;
    setLabels((prev) => {
      const next = { ...prev };
      for (const p of items)
        next[p.id] = p.departmentName ? `${p.name}（${p.departmentName}）` : p.name;
      return next;
    });
  }, [people.data]);

  const data = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: labels[p.id] ?? p.name,
  }));
  if (value && selectedLabel && !data.some((d) => d.value === value))
    data.unshift({ value, label: selectedLabel });

  return (
    <Select
      {...rest}
      required
      searchable
      data={data}
      value={value}
      onChange={(v) => onChange?.(v)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={people.isFetching ? t("common.loading") : t("appointments.noPerson")}
      data-testid="appointment-person"
    />
  );
}
