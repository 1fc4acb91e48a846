// One item's assessment: what the item asks (our own explanation, typical evidence, APPI
// articles), what the readiness engine found, and the organization's judgement with notes
// and evidence. Read-only for roles that may not record assessments.
import { Button, Group, List, Select, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { assessmentInput } from "@src/modules/requirements/requirements.contract.ts";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver } from "../../lib/form.ts";
import { formatDateTime } from "../../lib/format.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { bi } from "../readiness/readiness-labels.ts";
import { assessmentOptions } from "./assessment-labels.ts";
import { EngineFindings } from "./EngineFindings.tsx";
import { EvidenceList, type EvidenceShown } from "./EvidenceList.tsx";
import { EvidencePicker } from "./EvidencePicker.tsx";
import type { EngineRule } from "./useAssessments.ts";
import {
  type Assessment,
  type AssessmentStatus,
  type CatalogueNode,
  useSaveAssessment,
} from "./useAssessments.ts";

type Values = { status: AssessmentStatus; notes: string; evidence: EvidenceShown[] };

const toPayload = (v: Values) => ({
  status: v.status,
  notes: v.notes.trim() || undefined,
  evidence: v.evidence.map((e) => ({ kind: e.kind, id: e.id, label: e.label || undefined })),
});

const shown = (a: Assessment): EvidenceShown[] =>
  a.evidence.map((e) => ({
    kind: e.kind,
    id: e.id,
    label: e.label ?? "",
    name: e.name,
    missing: e.missing,
  }));

export function AssessmentEditor({
  assessment,
  node,
  rules,
}: {
  assessment: Assessment;
  node: CatalogueNode | undefined;
  rules: EngineRule[];
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan("assessments.write");
  const form = useForm<Values>({
    initialValues: {
      status: assessment.status,
      notes: assessment.notes ?? "",
      evidence: shown(assessment),
    },
    validate: contractResolver(assessmentInput, { payload: toPayload }),
  });
  const save = useSaveAssessment(org.id, { form, notice: t("common.updated") });
  const { status, notes, evidence } = form.values;
  const setEvidence = (change: (list: EvidenceShown[]) => EvidenceShown[]) =>
    form.setFieldValue("evidence", change(form.getValues().evidence));
  const dirty =
    status !== assessment.status ||
    notes !== (assessment.notes ?? "") ||
    JSON.stringify(evidence.map((e) => [e.kind, e.id, e.label])) !==
      JSON.stringify(shown(assessment).map((e) => [e.kind, e.id, e.label]));

  const submit = form.onSubmit((v) => save.run({ ref: assessment.ref, ...toPayload(v) }));

  return (
    <Stack gap="sm" data-testid={`assessment-editor-${assessment.ref}`}>
      {node && (
        <Stack gap={4}>
          <Text size="sm">{bi(node.explanation)}</Text>
          {node.evidence.length > 0 && (
            <>
              <Text size="xs" c="dimmed">
                {t("assessments.typicalEvidence")}
              </Text>
              <List size="sm">
                {node.evidence.map((e) => (
                  <List.Item key={e.ja}>{bi(e)}</List.Item>
                ))}
              </List>
            </>
          )}
          {node.appiArticles.length > 0 && (
            <Text size="xs" c="dimmed">
              {t("assessments.appi", {
                articles: node.appiArticles.map((a) => `${a.ref} ${bi(a.title)}`).join("、"),
              })}
            </Text>
          )}
          {node.annexA && node.annexA.refs.length > 0 && (
            <Text size="xs" c="dimmed">
              {t(node.annexA.verified ? "assessments.annexA" : "assessments.annexAUnverified", {
                refs: node.annexA.refs.join("・"),
              })}
            </Text>
          )}
        </Stack>
      )}
      <EngineFindings rules={rules} />
      <Group align="flex-start" gap="md" wrap="wrap">
        <Select
          label={t("assessments.status")}
          data={assessmentOptions()}
          value={status}
          onChange={(v) => v && form.setFieldValue("status", v as AssessmentStatus)}
          allowDeselect={false}
          readOnly={!editable}
          w={180}
          data-testid="assessment-status"
        />
        <Textarea
          label={t("assessments.notes")}
          description={status === "na" ? t("assessments.naNeedsNotes") : undefined}
          {...form.getInputProps("notes")}
          readOnly={!editable}
          autosize
          minRows={2}
          style={{ flex: 1, minWidth: 260 }}
          data-testid="assessment-notes"
        />
      </Group>
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t("assessments.evidence.title")}
        </Text>
        <EvidenceList
          items={evidence}
          onRemove={
            editable ? (i) => setEvidence((list) => list.filter((_, j) => j !== i)) : undefined
          }
        />
        {editable && (
          <EvidencePicker
            onAdd={(e) =>
              setEvidence((list) =>
                list.some((x) => x.kind === e.kind && x.id === e.id) ? list : [...list, e],
              )
            }
          />
        )}
      </Stack>
      {assessment.updatedAt && (
        <Text size="xs" c="dimmed">
          {t("assessments.updated", {
            name: assessment.updatedByName ?? "—",
            at: formatDateTime(assessment.updatedAt),
          })}
        </Text>
      )}
      {editable && (
        <>
          <FormError message={save.error} />
          <Group justify="flex-end">
            <Button
              onClick={() => submit()}
              loading={save.busy}
              disabled={!dirty}
              data-testid="assessment-save"
            >
              {t("common.save")}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
