// The planned period (and a note) of one construction step.
import { Group, Modal, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { useFormModal } from "../../components/useFormModal.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { bi } from "../readiness/readiness-labels.ts";
import { type RoadmapStep, roadmapKey, roadmapPath } from "./useRoadmap.ts";

type Values = { plannedStart: string | null; plannedEnd: string | null; note: string };

export function StepPlanModal({
  step,
  onClose,
}: {
  step: RoadmapStep | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const form = useForm<Values>({
    initialValues: { plannedStart: null, plannedEnd: null, note: "" },
    validate: {
      plannedEnd: (end, v) =>
        end && v.plannedStart && end < v.plannedStart ? t("roadmap.endBeforeStart") : null,
    },
  });
  const { error, submit } = useFormModal(form, {
    target: step,
    values: () => ({
      plannedStart: step?.plannedStart ?? null,
      plannedEnd: step?.plannedEnd ?? null,
      note: step?.note ?? "",
    }),
    path: roadmapPath(org.id, "/steps"),
    id: step ? String(step.step) : undefined,
    body: (v) => ({
      plannedStart: v.plannedStart,
      plannedEnd: v.plannedEnd,
      note: v.note.trim() || null,
    }),
    queryKey: roadmapKey(org.id),
    onClose,
  });
  return (
    <Modal
      opened={step !== null}
      onClose={onClose}
      title={step ? t("roadmap.planTitle", { step: step.step, title: bi(step.title) }) : ""}
    >
      <form onSubmit={submit} noValidate data-testid="step-plan-form">
        <Stack>
          <Group grow>
            <DateField
              label={t("roadmap.plannedStart")}
              data-testid="step-planned-start"
              {...form.getInputProps("plannedStart")}
            />
            <DateField
              label={t("roadmap.plannedEnd")}
              data-testid="step-planned-end"
              {...form.getInputProps("plannedEnd")}
            />
          </Group>
          <Textarea
            label={t("roadmap.note")}
            autosize
            minRows={2}
            data-testid="step-note"
            {...form.getInputProps("note")}
          />
          <ModalFooter
            error={error}
            onCancel={onClose}
            confirmTestId="step-plan-save"
            loading={form.submitting}
          />
        </Stack>
      </form>
    </Modal>
  );
}
