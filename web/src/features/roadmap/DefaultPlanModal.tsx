// The default work plan from a start day: the consultant's sessions every week or two, how many
// months construction takes; a preview of the key days (computed by the same pure function the
// server uses), then written in one go. Over a plan already in use it replaces the dates and the
// open tasks (done tasks stay), after a warning. Everything stays editable afterwards.
import { Alert, List, Modal, NumberInput, SegmentedControl, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  DEFAULT_CONSTRUCTION_MONTHS,
  defaultPlan,
  SESSION_CADENCES,
  type SessionCadence,
  workingDayOnOrAfter,
} from "@src/core/roadmap/default-plan.ts";
import { defaultPlanInput } from "@src/modules/roadmap/roadmap.contract.ts";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { formatDate } from "../../lib/format.ts";
import { errorText } from "../../lib/validation.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { useApplyDefaultPlan } from "./useRoadmap.ts";

type Values = {
  startsOn: string | null;
  cadence: SessionCadence;
  constructionMonths: number | string;
};

const toPayload = (v: Values, replace: boolean) => ({
  startsOn: v.startsOn ?? "",
  cadence: v.cadence,
  constructionMonths: typeof v.constructionMonths === "number" ? v.constructionMonths : Number.NaN,
  replace,
});

export function DefaultPlanModal({
  opened,
  replace,
  today,
  onClose,
}: {
  opened: boolean;
  /** The plan already has dates or tasks: they are replaced. */
  replace: boolean;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const initial = (): Values => ({
    startsOn: workingDayOnOrAfter(today),
    cadence: "weekly",
    constructionMonths: DEFAULT_CONSTRUCTION_MONTHS,
  });
  const form = useForm<Values>({
    initialValues: initial(),
    validate: contractResolver(defaultPlanInput, {
      payload: (v: Values) => toPayload(v, replace),
      also: (v) => ({ startsOn: v.startsOn ? null : errorText("required") }),
    }),
  });
  const save = useApplyDefaultPlan(org.id, {
    form,
    notice: (out) => t("roadmap.defaultPlan.done", { count: out.tasksAdded }),
    onSuccess: onClose,
  });
  useFillOnOpen(form, opened, initial, save.reset);
  const submit = form.onSubmit((v) => save.run(toPayload(v, replace)));
  const preview = previewOf(form.values);

  return (
    <Modal opened={opened} onClose={onClose} title={t("roadmap.defaultPlan.title")} size="lg">
      <form onSubmit={submit} noValidate data-testid="default-plan-form">
        <Stack>
          <Text size="sm" c="dimmed">
            {t("roadmap.defaultPlan.explain")}
          </Text>
          {replace && (
            <Alert color="orange" data-testid="default-plan-replace">
              {t("roadmap.defaultPlan.replaceWarning")}
            </Alert>
          )}
          <DateField
            label={t("roadmap.defaultPlan.startsOn")}
            required
            data-testid="default-plan-start"
            {...form.getInputProps("startsOn")}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t("roadmap.defaultPlan.cadence")}
            </Text>
            <SegmentedControl
              data={SESSION_CADENCES.map((c) => ({
                value: c,
                label: t(`roadmap.cadence.${c}`),
              }))}
              data-testid="default-plan-cadence"
              {...form.getInputProps("cadence")}
            />
          </Stack>
          <NumberInput
            label={t("roadmap.defaultPlan.constructionMonths")}
            description={t("roadmap.defaultPlan.constructionHint")}
            min={1}
            max={12}
            allowDecimal={false}
            w={260}
            data-testid="default-plan-months"
            {...form.getInputProps("constructionMonths")}
          />
          {preview && (
            <Stack gap={4} data-testid="default-plan-preview">
              <Text size="sm" fw={500}>
                {t("roadmap.defaultPlan.preview")}
              </Text>
              <List size="sm" spacing={2}>
                <List.Item>
                  {t("roadmap.defaultPlan.pConstruction", {
                    from: formatDate(preview.start),
                    to: formatDate(preview.constructionEnd),
                    count: preview.sessions,
                  })}
                </List.Item>
                <List.Item>
                  {t("roadmap.defaultPlan.pOperation", { day: formatDate(preview.operation) })}
                </List.Item>
                <List.Item>
                  {t("roadmap.defaultPlan.pAudit", {
                    audit: formatDate(preview.audit),
                    review: formatDate(preview.review),
                  })}
                </List.Item>
                <List.Item>
                  {t("roadmap.defaultPlan.pApplication", {
                    day: formatDate(preview.application),
                    grant: formatDate(preview.grant),
                  })}
                </List.Item>
              </List>
              <Text size="xs" c="dimmed">
                {t("roadmap.defaultPlan.noHolidays")}
              </Text>
            </Stack>
          )}
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmText={t("roadmap.defaultPlan.create")}
            confirmTestId="default-plan-save"
            loading={save.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** The key days of the plan the form would write, or null while the form is incomplete. */
function previewOf(v: Values) {
  const months = v.constructionMonths;
  if (!v.startsOn || typeof months !== "number" || !Number.isInteger(months)) return null;
  if (months < 1 || months > 12) return null;
  let plan: ReturnType<typeof defaultPlan>;
  try {
    plan = defaultPlan({ startsOn: v.startsOn, cadence: v.cadence, constructionMonths: months });
  } catch {
    return null; // a day outside the calendar the plan knows (2000–2099): the server refuses it
  }
  const step = (n: number) => plan.steps.find((s) => s.step === n);
  return {
    start: plan.startsOn,
    constructionEnd: step(10)?.plannedEnd ?? plan.startsOn,
    sessions: plan.tasks.filter((x) => x.owner === "consultant" && x.step <= 10).length,
    operation: step(11)?.plannedStart ?? plan.startsOn,
    audit: step(12)?.plannedStart ?? plan.startsOn,
    review: step(13)?.plannedStart ?? plan.startsOn,
    application: plan.applicationOn,
    grant: plan.grantOn,
  };
}
