// Search and filters of the legal register: kind, department, register item, check overdue.
import { Group, Switch } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Department } from "../../api/types.ts";
import { FilterSelect } from "../../components/FilterSelect.tsx";
import { SearchInput } from "../../components/SearchInput.tsx";
import { departmentOptions } from "../departments/useDepartments.ts";
import { ItemSelect } from "../inventory/ItemPickers.tsx";
import { kindOptions } from "./legal-labels.ts";

export type LegalFilterValues = {
  q: string;
  kind: string | null;
  departmentId: string | null;
  itemId: string | null;
  checkOverdue: boolean;
};

export const emptyFilters: LegalFilterValues = {
  q: "",
  kind: null,
  departmentId: null,
  itemId: null,
  checkOverdue: false,
};

export const filtersActive = (f: LegalFilterValues) =>
  f.q.trim() !== "" ||
  f.kind !== null ||
  f.departmentId !== null ||
  f.itemId !== null ||
  f.checkOverdue;

export function LegalFilters({
  values,
  onChange,
  departments,
}: {
  values: LegalFilterValues;
  onChange: (v: LegalFilterValues) => void;
  departments: Department[];
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<LegalFilterValues>) => onChange({ ...values, ...patch });
  return (
    <Group align="flex-end" gap="sm">
      <SearchInput
        value={values.q}
        onChange={(q) => set({ q })}
        placeholder={t("legal.searchPlaceholder")}
        w={240}
        testId="legal-search"
      />
      <FilterSelect
        label={t("legal.col.kind")}
        data={kindOptions()}
        value={values.kind}
        onChange={(v) => set({ kind: v })}
        w={190}
        data-testid="legal-filter-kind"
      />
      <FilterSelect
        label={t("legal.col.departments")}
        data={departmentOptions(departments)}
        value={values.departmentId}
        onChange={(v) => set({ departmentId: v })}
        searchable
        w={200}
        data-testid="legal-filter-department"
      />
      <ItemSelect
        emptyText={t("legal.noItem")}
        label={t("legal.col.items")}
        placeholder={t("common.all")}
        value={values.itemId}
        onChange={(v) => set({ itemId: v })}
        w={220}
        clearable
        data-testid="legal-filter-item"
      />
      <Switch
        label={t("legal.overdueOnly")}
        checked={values.checkOverdue}
        onChange={(e) => set({ checkOverdue: e.currentTarget.checked })}
        mb={8}
        data-testid="legal-filter-overdue"
      />
    </Group>
  );
}
