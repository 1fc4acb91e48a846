// How the PDCA duties are reminded: owners and admins get a notification (and a mail if they
// chose it) some days before the due day, on the day, and weekly while overdue.
import { Button, Card, Group, NumberInput, Stack, Switch, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { reminderSettingsInput } from "@src/modules/reminders/reminders.contract.ts";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver } from "../../lib/form.ts";
import { formatDateTime } from "../../lib/format.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { useReminderSettings, useSaveReminderSettings } from "./useObligations.ts";

type Values = {
  enabled: boolean;
  daysBefore: number | string;
  onDueDay: boolean;
  weeklyWhenOverdue: boolean;
};

const toPayload = (v: Values) => ({
  enabled: v.enabled,
  daysBefore: typeof v.daysBefore === "number" ? v.daysBefore : Number.NaN,
  onDueDay: v.onDueDay,
  weeklyWhenOverdue: v.weeklyWhenOverdue,
});

export function ReminderSettingsPanel() {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan("obligations.write");
  const settings = useReminderSettings(org.id);
  const form = useForm<Values>({
    initialValues: { enabled: true, daysBefore: 14, onDueDay: true, weeklyWhenOverdue: true },
    validate: contractResolver(reminderSettingsInput, { payload: toPayload }),
  });
  const save = useSaveReminderSettings(org.id, { form, notice: t("obligations.reminders.saved") });
  const loaded = settings.data;
  // biome-ignore lint/correctness/useExhaustiveDependencies: refill only when the server's copy changes
  useEffect(() => {
    if (!loaded) return;
    form.setValues({
      enabled: loaded.enabled,
      daysBefore: loaded.daysBefore,
      onDueDay: loaded.onDueDay,
      weeklyWhenOverdue: loaded.weeklyWhenOverdue,
    });
    form.resetDirty();
  }, [loaded]);
  const off = !form.values.enabled;

  return (
    <Card withBorder padding="md" mb="lg" data-testid="reminder-settings">
      <form onSubmit={form.onSubmit((v) => save.run(toPayload(v)))} noValidate>
        <Stack gap="sm">
          <Text fw={700}>{t("obligations.reminders.title")}</Text>
          <Text size="sm" c="dimmed">
            {t("obligations.reminders.explain")}
          </Text>
          <Switch
            label={t("obligations.reminders.enabled")}
            disabled={!editable}
            data-testid="reminders-enabled"
            {...form.getInputProps("enabled", { type: "checkbox" })}
          />
          <NumberInput
            label={t("obligations.reminders.daysBefore")}
            description={t("obligations.reminders.daysBeforeHint")}
            min={0}
            max={90}
            allowDecimal={false}
            w={260}
            disabled={!editable || off}
            data-testid="reminders-days-before"
            {...form.getInputProps("daysBefore")}
          />
          <Switch
            label={t("obligations.reminders.onDueDay")}
            disabled={!editable || off}
            data-testid="reminders-on-due-day"
            {...form.getInputProps("onDueDay", { type: "checkbox" })}
          />
          <Switch
            label={t("obligations.reminders.weekly")}
            disabled={!editable || off}
            data-testid="reminders-weekly"
            {...form.getInputProps("weeklyWhenOverdue", { type: "checkbox" })}
          />
          <FormError message={save.error} />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {loaded?.updatedAt
                ? t("obligations.reminders.updatedAt", { at: formatDateTime(loaded.updatedAt) })
                : t("obligations.reminders.defaults")}
            </Text>
            {editable && (
              <Button
                type="submit"
                loading={save.busy}
                disabled={!form.isDirty()}
                data-testid="reminders-save"
              >
                {t("obligations.reminders.save")}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
