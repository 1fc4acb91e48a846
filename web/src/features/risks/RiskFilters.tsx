// Filters of the risk table: search, register item, phase, kind, level, 未受容, 見直し期限切れ,
// 未評価.
import { Checkbox, Group, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FilterSelect } from "../../components/FilterSelect.tsx";
import { SearchInput } from "../../components/SearchInput.tsx";
import { ItemSelect } from "../inventory/ItemPickers.tsx";
import { bi, kindOptions, phaseOptions } from "./risk-labels.ts";
import type { Heatmap } from "./useRisks.ts";

export type RiskFilterValues = {
  q: string;
  itemId: string | null;
  phase: string | null;
  kind: string | null;
  level: string | null;
  unaccepted: boolean;
  reviewOverdue: boolean;
  /** 未評価 rows only (suggested ratings nobody has confirmed). */
  unassessed: boolean;
};

export const noFilters: RiskFilterValues = {
  q: "",
  itemId: null,
  phase: null,
  kind: null,
  level: null,
  unaccepted: false,
  reviewOverdue: false,
  unassessed: false,
};

export function RiskFilters({
  values,
  onChange,
  levels,
  itemLabel,
}: {
  values: RiskFilterValues;
  onChange: (v: RiskFilterValues) => void;
  levels: Heatmap["levels"];
  /** Name of the item given in the URL, before the picker has loaded it. */
  itemLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <SearchInput
          value={values.q}
          onChange={(q) => onChange({ ...values, q })}
          placeholder={t("risks.searchPlaceholder")}
          w={240}
          testId="risks-search"
        />
        <ItemSelect
          emptyText={t("risks.noItem")}
          label={t("risks.item")}
          placeholder={t("common.all")}
          value={values.itemId}
          onChange={(v) => onChange({ ...values, itemId: v })}
          initialLabel={itemLabel}
          clearable
          w={240}
          data-testid="risks-filter-item"
        />
        <FilterSelect
          label={t("risks.phase")}
          data={phaseOptions()}
          value={values.phase}
          onChange={(v) => onChange({ ...values, phase: v })}
          w={170}
          data-testid="risks-filter-phase"
        />
        <FilterSelect
          label={t("risks.kind")}
          data={kindOptions()}
          value={values.kind}
          onChange={(v) => onChange({ ...values, kind: v })}
          w={170}
          data-testid="risks-filter-kind"
        />
        <FilterSelect
          label={t("risks.level")}
          data={levels.map((l) => ({ value: l.key, label: bi(l.label) }))}
          value={values.level}
          onChange={(v) => onChange({ ...values, level: v })}
          w={130}
          data-testid="risks-filter-level"
        />
      </Group>
      <Group gap="lg">
        <Checkbox
          label={t("risks.unacceptedOnly")}
          checked={values.unaccepted}
          onChange={(e) => onChange({ ...values, unaccepted: e.currentTarget.checked })}
          data-testid="risks-filter-unaccepted"
        />
        <Checkbox
          label={t("risks.reviewOverdueOnly")}
          checked={values.reviewOverdue}
          onChange={(e) => onChange({ ...values, reviewOverdue: e.currentTarget.checked })}
          data-testid="risks-filter-overdue"
        />
        <Checkbox
          label={t("risks.unassessedOnly")}
          checked={values.unassessed}
          onChange={(e) => onChange({ ...values, unassessed: e.currentTarget.checked })}
          data-testid="risks-filter-unassessed"
        />
      </Group>
    </Stack>
  );
}
