// Adds one piece of evidence to an assessment: a register item, an appointment, a legal-register
// entry or a risk row (searched on the server), or a web address; optionally with a few words.
import { Button, Group, Select, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { EVIDENCE_KIND_LABELS, type EvidenceKind } from "@src/core/requirements/assessment.ts";
import { evidenceInput } from "@src/modules/requirements/requirements.contract.ts";
import { IconPlus } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, orgPath } from "../../api/client.ts";
import type { PagedList } from "../../api/types.ts";
import { useSearchChoices } from "../../components/useSearchChoices.ts";
import { contractResolver } from "../../lib/form.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { useAppointments } from "../appointments/useAppointments.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { bi } from "../readiness/readiness-labels.ts";

export type EvidenceDraft = { kind: EvidenceKind; id: string; label: string; name: string | null };

const PICKABLE: EvidenceKind[] = [
  "inventory_item",
  "appointment",
  "legal_requirement",
  "risk",
  "url",
];

type Row = { id: string; label: string };
type Searched = "inventory-items" | "legal-requirements" | "risks";
type Chosen = { id: string | null; name: string | null };
type PickerValues = Chosen & { kind: EvidenceKind; label: string };
type PickerProps = {
  value: string | null;
  onChange: (id: string | null, name: string | null) => void;
};

function useRecordRows(kind: Searched, q: string) {
  const org = useOrg();
  return useQuery({
    queryKey: queryKeys.evidenceOptions(org.id, kind, q),
    queryFn: async () => {
      const list = await api.get<PagedList<Record<string, unknown>>>(orgPath(org.id, `/${kind}`), {
        q,
        limit: 50,
      });
      return { items: list.items.map((r) => ({ id: String(r.id), label: rowLabel(kind, r) })) };
    },
    placeholderData: keepPreviousData,
  });
}

const useItemRows = (q: string) => useRecordRows("inventory-items", q);
const useLegalRows = (q: string) => useRecordRows("legal-requirements", q);
const useRiskRows = (q: string) => useRecordRows("risks", q);

function rowLabel(kind: Searched, r: Record<string, unknown>): string {
  if (kind === "inventory-items")
    return r.departmentName ? `${String(r.name)}（${String(r.departmentName)}）` : String(r.name);
  if (kind === "risks") return `${String(r.itemName ?? "")}: ${String(r.description ?? "")}`;
  const name = r.name;
  if (typeof name === "string") return name;
  if (name && typeof name === "object") return bi(name as { ja: string; en: string });
  return String(r.id);
}

function SearchPicker({ rows, value, onChange }: PickerProps & { rows: typeof useItemRows }) {
  const { t } = useTranslation();
  const { options, searchProps } = useSearchChoices<Row>({
    useRows: rows,
    labelOf: (r) => r.label,
    showing: value,
    emptyText: t("assessments.evidence.noMatch"),
  });
  const data = options(value ? [value] : []);
  return (
    <Select
      {...searchProps}
      data={data}
      value={value}
      onChange={(v) => onChange(v, data.find((o) => o.value === v)?.label ?? null)}
      placeholder={t("assessments.evidence.search")}
      style={{ flex: 1 }}
      data-testid="evidence-record"
    />
  );
}

function AppointmentPicker({ value, onChange }: PickerProps) {
  const { t } = useTranslation();
  const org = useOrg();
  const list = useAppointments(org.id);
  const data = (list.data?.items ?? []).map((a) => ({
    value: a.id,
    label: `${t(`appointmentRoles.${a.role}`)}: ${a.personName}${a.current ? "" : ` (${t("assessments.evidence.ended")})`}`,
  }));
  return (
    <Select
      data={data}
      value={value}
      onChange={(v) => onChange(v, data.find((o) => o.value === v)?.label ?? null)}
      searchable
      placeholder={t("assessments.evidence.search")}
      nothingFoundMessage={t("assessments.evidence.noMatch")}
      style={{ flex: 1 }}
      data-testid="evidence-record"
    />
  );
}

export function EvidencePicker({ onAdd }: { onAdd: (e: EvidenceDraft) => void }) {
  const { t } = useTranslation();
  // Checked by the contract of one piece of evidence (a web address must be http or https).
  const form = useForm<PickerValues>({
    initialValues: { kind: "inventory_item", id: null, name: null, label: "" },
    validate: contractResolver(evidenceInput, {
      payload: (v: PickerValues) => ({
        kind: v.kind,
        id: v.id?.trim() ?? "",
        label: v.label.trim() || undefined,
      }),
    }),
  });
  const { kind, id } = form.values;
  const chosen: Chosen = { id, name: form.values.name };
  const pick = (next: string | null, name: string | null) => form.setValues({ id: next, name });
  const ready = kind === "url" ? /^https?:\/\/\S+$/.test(id ?? "") : Boolean(id);

  const add = form.onSubmit((v) => {
    if (!v.id) return;
    onAdd({ kind: v.kind, id: v.id.trim(), label: v.label.trim(), name: v.name });
    form.setValues({ id: null, name: null, label: "" });
  });

  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-testid="evidence-picker">
      <Select
        label={t("assessments.evidence.kind")}
        data={PICKABLE.map((k) => ({ value: k, label: bi(EVIDENCE_KIND_LABELS[k]) }))}
        value={kind}
        onChange={(v) =>
          form.setValues({
            kind: (v as EvidenceKind | null) ?? "inventory_item",
            id: null,
            name: null,
          })
        }
        allowDeselect={false}
        w={170}
        data-testid="evidence-kind"
      />
      <Group style={{ flex: 1, minWidth: 240 }} gap={0}>
        {kind === "inventory_item" && (
          <SearchPicker key={kind} rows={useItemRows} value={chosen.id} onChange={pick} />
        )}
        {kind === "appointment" && <AppointmentPicker value={chosen.id} onChange={pick} />}
        {kind === "legal_requirement" && (
          <SearchPicker key={kind} rows={useLegalRows} value={chosen.id} onChange={pick} />
        )}
        {kind === "risk" && (
          <SearchPicker key={kind} rows={useRiskRows} value={chosen.id} onChange={pick} />
        )}
        {kind === "url" && (
          <TextInput
            value={chosen.id ?? ""}
            onChange={(e) => pick(e.currentTarget.value, null)}
            error={form.errors.id}
            placeholder="https://"
            style={{ flex: 1 }}
            data-testid="evidence-url"
          />
        )}
      </Group>
      <TextInput
        label={t("assessments.evidence.label")}
        {...form.getInputProps("label")}
        w={200}
        data-testid="evidence-label"
      />
      <Button
        variant="light"
        leftSection={<IconPlus size={14} />}
        disabled={!ready}
        onClick={() => add()}
        data-testid="evidence-add"
      >
        {t("assessments.evidence.add")}
      </Button>
    </Group>
  );
}
