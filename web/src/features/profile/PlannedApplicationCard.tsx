// 申請予定日 on the profile page. It is the work plan's planned application day (one value,
// stored with the plan, the same the 作業計画 page and the calendar feed show), offered here too
// because it is a fact about the application. While it is ahead, readiness judges the yearly
// work (education, internal audit, management review …) on it instead of on today.
import { Alert, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { planPatch } from "@src/modules/roadmap/roadmap.contract.ts";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver } from "../../lib/form.ts";
import { formatDate } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { type Plan, useRoadmap, useSavePlan } from "../roadmap/useRoadmap.ts";

export function PlannedApplicationCard() {
  const { t } = useTranslation();
  const org = useOrg();
  const roadmap = useRoadmap(org.id);
  return (
    <Card withBorder padding="lg" mt="lg" data-testid="profile-planned-application">
      <Stack gap="sm">
        <Title order={4}>{t("profile.plannedApplication.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("profile.plannedApplication.explain")}
        </Text>
        {roadmap.isError && <Alert color="red">{errorMessage(roadmap.error)}</Alert>}
        {roadmap.data && (
          // Remounted when the stored day changes, so the field shows what was saved.
          <PlannedApplicationForm
            key={roadmap.data.plan.applicationOn ?? "none"}
            plan={roadmap.data.plan}
            today={roadmap.data.today}
          />
        )}
      </Stack>
    </Card>
  );
}

type Values = { applicationOn: string | null };

function PlannedApplicationForm({ plan, today }: { plan: Plan; today: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan("roadmap.write");
  const form = useForm<Values>({
    initialValues: { applicationOn: plan.applicationOn },
    validate: contractResolver(planPatch, { payload: (v: Values) => v }),
  });
  const save = useSavePlan(org.id, { form, notice: t("common.saved") });
  const stored = plan.applicationOn;
  const basis = !stored
    ? t("profile.plannedApplication.basisToday")
    : stored > today
      ? t("profile.plannedApplication.basisPlanned", { date: formatDate(stored) })
      : t("profile.plannedApplication.basisPast", { date: formatDate(stored) });

  if (!editable)
    return (
      <Stack gap={4}>
        <Text fw={500} data-testid="profile-planned-application-day">
          {stored ? formatDate(stored) : t("profile.plannedApplication.notSet")}
        </Text>
        <Text size="sm">{basis}</Text>
      </Stack>
    );
  return (
    <form onSubmit={form.onSubmit((v) => save.run(v))} noValidate>
      <Stack gap="sm">
        <DateField
          label={t("profile.plannedApplication.label")}
          clearable
          data-testid="profile-planned-application-input"
          {...form.getInputProps("applicationOn")}
        />
        <Text size="sm" data-testid="profile-planned-application-basis">
          {basis}
        </Text>
        <FormError message={save.error} />
        <Group justify="flex-end">
          <Button
            type="submit"
            variant="default"
            loading={save.busy}
            data-testid="profile-planned-application-save"
          >
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
