// Search and filters of the register: department, 要配慮, 特定個人情報, 媒体, 種別, review overdue; and the
// filters a link brought (LinkFilterChips). On a phone only the search shows; the other
// filters fold under a 絞り込み button (with how many are set), so the list starts on screen.
import { Button, Collapse, Group, Switch } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { IconFilter } from "@tabler/icons-react";
import type { ReactNode } from "react";
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
  /** 特定個人情報 (My Number data) among the data items. */
  myNumber: "true" | "false" | null;
  medium: string | null;
  infoType: string | null;
  reviewOverdue: boolean;
  link: LinkFilters;
};

export const emptyFilters: InventoryFilterValues = {
  q: "",
  departmentId: null,
  sensitive: null,
  myNumber: null,
  medium: null,
  infoType: null,
  reviewOverdue: false,
  link: noLinkFilters,
};

/** How many filters besides the search are set (the folded button shows it). */
export function activeFilterCount(v: InventoryFilterValues): number {
  const set = [v.departmentId, v.sensitive, v.myNumber, v.medium, v.infoType].filter(
    (x) => x !== null,
  );
  return set.length + (v.reviewOverdue ? 1 : 0);
}

/** Below Mantine's sm breakpoint (48em, phones) the filters fold. */
function Foldable({ count, children }: { count: number; children: ReactNode }) {
  const { t } = useTranslation();
  const phone = useMediaQuery("(max-width: 48em)") ?? false;
  const [open, toggle] = useDisclosure(false);
  if (!phone) return children;
  return (
    <>
      <Button
        variant={count ? "light" : "default"}
        size="xs"
        leftSection={<IconFilter size={14} />}
        onClick={toggle.toggle}
        aria-expanded={open}
        data-testid="inventory-filters-toggle"
      >
        {count ? t("inventory.filtersSet", { count }) : t("inventory.filters")}
      </Button>
      <Collapse in={open} w="100%">
        {children}
      </Collapse>
    </>
  );
}

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
        <Foldable count={activeFilterCount(values)}>
          <Group align="flex-end" gap="sm">
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
              label={t("inventory.myNumberShort")}
              data={[
                { value: "true", label: t("inventory.yes") },
                { value: "false", label: t("inventory.no") },
              ]}
              value={values.myNumber}
              onChange={(v) => set({ myNumber: v as InventoryFilterValues["myNumber"] })}
              w={140}
              data-testid="inventory-filter-my-number"
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
        </Foldable>
      </Group>
      <LinkFilterChips link={values.link} onChange={(link) => set({ link })} />
    </>
  );
}
