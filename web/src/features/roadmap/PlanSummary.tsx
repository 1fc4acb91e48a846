// The work plan as a whole, above the timeline: on an empty plan, the offer of the default plan
// from a start day; otherwise when construction started, the consultant's sessions, the planned
// application and the expected grant (both editable), and the default plan again on request.
import { Button, Card, Group, Modal, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { planPatch } from "@src/modules/roadmap/roadmap.contract.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { formatDate } from "../../lib/format.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { DefaultPlanModal } from "./DefaultPlanModal.tsx";
import { type Plan, useSavePlan } from "./useRoadmap.ts";

export function PlanSummary({
  plan,
  empty,
  today,
  editable,
}: {
  plan: Plan;
  empty: boolean;
  today: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const [offering, setOffering] = useState(false);
  const [editing, setEditing] = useState(false);
  const day = (d: string | null) => (d ? formatDate(d) : t("roadmap.overall.notSet"));

  return (
    <Card withBorder padding="md" mb="lg" data-testid="roadmap-plan">
      {empty ? (
        <Stack gap="xs" data-testid="roadmap-plan-offer">
          <Text fw={700}>{t("roadmap.defaultPlan.offerTitle")}</Text>
          <Text size="sm" c="dimmed">
            {t("roadmap.defaultPlan.offer")}
          </Text>
          {editable && (
            <Group>
              <Button onClick={() => setOffering(true)} data-testid="default-plan-open">
                {t("roadmap.defaultPlan.open")}
              </Button>
            </Group>
          )}
        </Stack>
      ) : (
        <Group justify="space-between" align="flex-start" gap="md">
          <Group gap="xl" data-testid="roadmap-plan-days">
            <Fact label={t("roadmap.overall.startsOn")} value={day(plan.startsOn)} />
            <Fact
              label={t("roadmap.overall.cadence")}
              value={t(`roadmap.cadence.${plan.sessionCadence}`)}
            />
            <Fact
              label={t("roadmap.overall.applicationOn")}
              value={day(plan.applicationOn)}
              testId="roadmap-plan-application"
            />
            <Fact
              label={t("roadmap.overall.grantOn")}
              value={day(plan.grantOn)}
              testId="roadmap-plan-grant"
            />
          </Group>
          {editable && (
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => setEditing(true)}>
                {t("roadmap.overall.edit")}
              </Button>
              <Button
                variant="subtle"
                size="xs"
                onClick={() => setOffering(true)}
                data-testid="default-plan-open"
              >
                {t("roadmap.defaultPlan.again")}
              </Button>
            </Group>
          )}
        </Group>
      )}
      <DefaultPlanModal
        opened={offering}
        replace={!empty}
        today={today}
        onClose={() => setOffering(false)}
      />
      <PlanDatesModal plan={editing ? plan : null} onClose={() => setEditing(false)} />
    </Card>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

type Values = { applicationOn: string | null; grantOn: string | null };

function PlanDatesModal({ plan, onClose }: { plan: Plan | null; onClose: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const form = useForm<Values>({
    initialValues: { applicationOn: null, grantOn: null },
    validate: contractResolver(planPatch, { payload: (v: Values) => v }),
  });
  const save = useSavePlan(org.id, { form, notice: t("common.updated"), onSuccess: onClose });
  useFillOnOpen(
    form,
    plan,
    () => ({ applicationOn: plan?.applicationOn ?? null, grantOn: plan?.grantOn ?? null }),
    save.reset,
  );
  return (
    <Modal opened={plan !== null} onClose={onClose} title={t("roadmap.overall.editTitle")}>
      <form onSubmit={form.onSubmit((v) => save.run(v))} noValidate data-testid="plan-dates-form">
        <Stack>
          <Group grow>
            <DateField
              label={t("roadmap.overall.applicationOn")}
              data-testid="plan-application"
              {...form.getInputProps("applicationOn")}
            />
            <DateField
              label={t("roadmap.overall.grantOn")}
              data-testid="plan-grant"
              {...form.getInputProps("grantOn")}
            />
          </Group>
          <Text size="xs" c="dimmed">
            {t("roadmap.overall.grantHint")}
          </Text>
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmTestId="plan-dates-save"
            loading={save.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
