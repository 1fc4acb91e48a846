// The planned period (and a note) of one construction step.
import { Group, Modal, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { stepPatch } from "@src/modules/roadmap/roadmap.contract.ts";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { bi } from "../readiness/readiness-labels.ts";
import { type RoadmapStep, useSaveStepPlan } from "./useRoadmap.ts";

type Values = { plannedStart: string | null; plannedEnd: string | null; note: string };

const toPayload = (v: Values) => ({
  plannedStart: v.plannedStart,
  plannedEnd: v.plannedEnd,
  note: v.note.trim() || null,
});

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
    validate: contractResolver(stepPatch, {
      payload: toPayload,
      also: (v) => ({
        plannedEnd:
          v.plannedEnd && v.plannedStart && v.plannedEnd < v.plannedStart
            ? t("roadmap.endBeforeStart")
            : null,
      }),
    }),
  });
  const save = useSaveStepPlan(org.id, { form, notice: t("common.updated"), onSuccess: onClose });
  useFillOnOpen(
    form,
    step,
    () => ({
      plannedStart: step?.plannedStart ?? null,
      plannedEnd: step?.plannedEnd ?? null,
      note: step?.note ?? "",
    }),
    save.reset,
  );
  const submit = form.onSubmit((v) => {
    if (step) void save.run({ step: step.step, body: toPayload(v) });
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
            error={save.error}
            onCancel={onClose}
            confirmTestId="step-plan-save"
            loading={save.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
