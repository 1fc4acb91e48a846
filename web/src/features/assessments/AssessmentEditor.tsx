// One item's assessment: what the item asks (our own explanation, typical evidence, APPI
// articles), what the readiness engine found, and the organization's judgement with notes
// and evidence. Read-only for roles that may not record assessments.
import { Button, Group, List, Select, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { errorMessage, notifySuccess, serverFieldErrors } from "../../lib/notify.ts";
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
  const save = useSaveAssessment(org.id);
  const [status, setStatus] = useState<AssessmentStatus>(assessment.status);
  const [notes, setNotes] = useState(assessment.notes ?? "");
  const [evidence, setEvidence] = useState<EvidenceShown[]>(() => shown(assessment));
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const dirty =
    status !== assessment.status ||
    notes !== (assessment.notes ?? "") ||
    JSON.stringify(evidence.map((e) => [e.kind, e.id, e.label])) !==
      JSON.stringify(shown(assessment).map((e) => [e.kind, e.id, e.label]));

  async function submit() {
    setError(null);
    setFields({});
    try {
      await save.mutateAsync({
        ref: assessment.ref,
        status,
        notes: notes.trim() || undefined,
        evidence: evidence.map((e) => ({ kind: e.kind, id: e.id, label: e.label || undefined })),
      });
      notifySuccess(t("common.updated"));
    } catch (err) {
      setFields(serverFieldErrors(err));
      setError(errorMessage(err));
    }
  }

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
          onChange={(v) => v && setStatus(v as AssessmentStatus)}
          allowDeselect={false}
          readOnly={!editable}
          w={180}
          data-testid="assessment-status"
        />
        <Textarea
          label={t("assessments.notes")}
          description={status === "na" ? t("assessments.naNeedsNotes") : undefined}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={fields.notes}
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
          <FormError message={error} />
          <Group justify="flex-end">
            <Button
              onClick={submit}
              loading={save.isPending}
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
