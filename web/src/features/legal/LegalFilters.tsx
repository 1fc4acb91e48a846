// Search and filters of the legal register: kind, department, register item, check overdue.
import { Group, Pill, Switch } from "@mantine/core";
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
  /** Linked to neither a register item nor a department (`?linked=false`). */
  unlinked: boolean;
  /** These entries only (`?ids=`: a link to named entries); null: all. */
  ids: string[] | null;
};

export const emptyFilters: LegalFilterValues = {
  q: "",
  kind: null,
  departmentId: null,
  itemId: null,
  checkOverdue: false,
  unlinked: false,
  ids: null,
};

/** The filters a link may bring: `?checkOverdue=true`, `?linked=false`, `?ids=a,b`. */
export function legalFiltersFromUrl(params: URLSearchParams): LegalFilterValues {
  const ids = (params.get("ids") ?? "").split(",").filter((id) => id !== "");
  return {
    ...emptyFilters,
    checkOverdue: params.get("checkOverdue") === "true",
    unlinked: params.get("linked") === "false",
    ids: ids.length > 0 ? ids : null,
  };
}

export const filtersActive = (f: LegalFilterValues) =>
  f.q.trim() !== "" ||
  f.kind !== null ||
  f.departmentId !== null ||
  f.itemId !== null ||
  f.checkOverdue ||
  f.unlinked ||
  f.ids !== null;

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
      <Switch
        label={t("legal.unlinkedOnly")}
        checked={values.unlinked}
        onChange={(e) => set({ unlinked: e.currentTarget.checked })}
        mb={8}
        data-testid="legal-filter-unlinked"
      />
      {values.ids && (
        <Pill
          withRemoveButton
          onRemove={() => set({ ids: null })}
          mb={8}
          data-testid="legal-filter-ids"
        >
          {t("legal.linkedEntries", { count: values.ids.length })}
        </Pill>
      )}
    </Group>
  );
}
