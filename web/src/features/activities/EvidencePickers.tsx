// The evidence of a record in its form: register items, laws (法令等一覧), people and risk rows,
// a searchable choice of several each. The registers hold thousands of rows, so every search
// runs on the server (`q`, 50 rows at a time); chosen records keep the names they were shown with.
import { MultiSelect, SimpleGrid } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { UseQueryResult } from "@tanstack/react-query";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, orgPath } from "../../api/client.ts";
import type { PagedList, Person } from "../../api/types.ts";
import { useSearchChoices } from "../../components/useSearchChoices.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { ItemMultiSelect } from "../inventory/ItemPickers.tsx";
import type { LegalEntry } from "../legal/useLegal.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { usePeople } from "../people/usePeople.ts";
import type { Risk } from "../risks/useRisks.ts";
import type { EvidenceField, Values } from "./activity-form.ts";
import type { Activity } from "./useActivities.ts";

type Row = { id: string; label: string };

/** Rows of a register matching `q`, as options (the same keys the assessments' picker uses). */
function useRegisterRows<T extends { id: string }>(
  path: "legal-requirements" | "risks",
  q: string,
  label: (row: T) => string,
): UseQueryResult<{ items: Row[] }> {
  const org = useOrg();
  return useQuery({
    queryKey: queryKeys.evidenceOptions(org.id, path, q),
    queryFn: async () => {
      const list = await api.get<PagedList<T>>(orgPath(org.id, `/${path}`), { q, limit: 50 });
      return { items: list.items.map((r) => ({ id: r.id, label: label(r) })) };
    },
    placeholderData: keepPreviousData,
  });
}

const useLawRows = (q: string) =>
  useRegisterRows<LegalEntry>("legal-requirements", q, (e) => e.name);
const useRiskRows = (q: string) =>
  useRegisterRows<Risk>("risks", q, (r) => `${r.itemName}: ${r.description}`);
function usePersonRows(q: string) {
  const org = useOrg();
  // Former staff too (status all): a record may rest on someone who has left since.
  return usePeople(org.id, { q, sort: "kana", limit: 50 });
}
const personLabel = (p: Person) => (p.departmentName ? `${p.name}（${p.departmentName}）` : p.name);
const rowLabel = (r: Row) => r.label;

function SearchMultiSelect<T extends { id: string }>({
  useRows,
  labelOf,
  initial,
  value,
  onChange,
  ...rest
}: {
  useRows: (q: string) => UseQueryResult<{ items: T[] }>;
  labelOf: (row: T) => string;
  initial: Row[];
  value: string[];
  onChange: (value: string[]) => void;
  label: string;
  "data-testid": string;
}) {
  const { t } = useTranslation();
  const { options, searchProps } = useSearchChoices<T>({
    useRows,
    labelOf,
    known: Object.fromEntries(initial.map((r) => [r.id, r.label])),
    emptyText: t("activities.form.noMatch"),
  });
  return (
    <MultiSelect
      {...searchProps}
      clearable
      placeholder={t("activities.form.searchHint")}
      {...rest}
      data={options(value)}
      value={value}
      onChange={onChange}
    />
  );
}

export function EvidencePickers({
  form,
  editing,
}: {
  form: UseFormReturnType<Values>;
  editing: Activity | null;
}) {
  const { t } = useTranslation();
  const initial = (capability: string): Row[] =>
    (editing?.evidence ?? [])
      .filter((e) => e.capability === capability)
      .map((e) => ({ id: e.id, label: e.name ?? e.id }));
  const field = (name: EvidenceField) => ({
    value: form.values[name],
    onChange: (v: string[]) => form.setFieldValue(name, v),
  });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <ItemMultiSelect
        emptyText={t("activities.form.noItem")}
        label={t("activities.form.evidenceItems")}
        placeholder={t("activities.form.searchHint")}
        initial={initial("inventory_item").map((r) => ({ id: r.id, name: r.label }))}
        data-testid="activity-evidence-items"
        {...field("itemIds")}
      />
      <SearchMultiSelect
        useRows={useLawRows}
        labelOf={rowLabel}
        label={t("activities.form.evidenceLaws")}
        initial={initial("legal_requirement")}
        data-testid="activity-evidence-laws"
        {...field("lawIds")}
      />
      <SearchMultiSelect
        useRows={usePersonRows}
        labelOf={personLabel}
        label={t("activities.form.evidencePeople")}
        initial={initial("person")}
        data-testid="activity-evidence-people"
        {...field("personIds")}
      />
      <SearchMultiSelect
        useRows={useRiskRows}
        labelOf={rowLabel}
        label={t("activities.form.evidenceRisks")}
        initial={initial("inventory_risk")}
        data-testid="activity-evidence-risks"
        {...field("riskIds")}
      />
    </SimpleGrid>
  );
}
