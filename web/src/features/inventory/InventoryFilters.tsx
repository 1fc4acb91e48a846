// Search and filters of the register: department, 要配慮, 媒体, 種別, review overdue; and the
// filters a link brought (LinkFilterChips).
import { Group, Switch } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Department } from "../../api/types.ts";
import { FilterSelect } from "../../components/FilterSelect.tsx";
import { SearchInput } from "../../components/SearchInput.tsx";
import { departmentOptions } from "../departments/useDepartments.ts";
import { enumOptions, fieldLabel } from "./inventory-fields.ts";
import { LinkFilterChips } from "./LinkFilterChips.tsx";
import { type LinkFilters, noLinkFilters } from "./register-url-filters.ts";

export type InventoryFilterValues = {
  q: string;
  departmentId: string | null;
  sensitive: "true" | "false" | null;
  medium: string | null;
  infoType: string | null;
  reviewOverdue: boolean;
  link: LinkFilters;
};

export const emptyFilters: InventoryFilterValues = {
  q: "",
  departmentId: null,
  sensitive: null,
  medium: null,
  infoType: null,
  reviewOverdue: false,
  link: noLinkFilters,
};

export function InventoryFilters({
  values,
  onChange,
  departments,
}: {
  values: InventoryFilterValues;
  onChange: (v: InventoryFilterValues) => void;
  departments: Department[];
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<InventoryFilterValues>) => onChange({ ...values, ...patch });
  return (
    <>
      <Group align="flex-end" gap="sm">
        <SearchInput
          value={values.q}
          onChange={(q) => set({ q })}
          placeholder={t("inventory.searchPlaceholder")}
          w={240}
          testId="inventory-search"
        />
        <FilterSelect
          label={fieldLabel("departmentId")}
          data={departmentOptions(departments)}
          value={values.departmentId}
          onChange={(v) => set({ departmentId: v })}
          searchable
          w={200}
          data-testid="inventory-filter-department"
        />
        <FilterSelect
          label={t("inventory.sensitiveShort")}
          data={[
            { value: "true", label: t("inventory.yes") },
            { value: "false", label: t("inventory.no") },
          ]}
          value={values.sensitive}
          onChange={(v) => set({ sensitive: v as InventoryFilterValues["sensitive"] })}
          w={120}
          data-testid="inventory-filter-sensitive"
        />
        <FilterSelect
          label={fieldLabel("medium")}
          data={enumOptions("medium")}
          value={values.medium}
          onChange={(v) => set({ medium: v })}
          w={140}
          data-testid="inventory-filter-medium"
        />
        <FilterSelect
          label={t("inventory.infoTypeShort")}
          data={enumOptions("infoType")}
          value={values.infoType}
          onChange={(v) => set({ infoType: v })}
          w={180}
          data-testid="inventory-filter-info-type"
        />
        <Switch
          label={t("inventory.reviewOverdueOnly")}
          checked={values.reviewOverdue}
          onChange={(e) => set({ reviewOverdue: e.currentTarget.checked })}
          mb={8}
          data-testid="inventory-filter-overdue"
        />
      </Group>
      <LinkFilterChips link={values.link} onChange={(link) => set({ link })} />
    </>
  );
}
