// How the caller wants to be told in this organization: in the app only, or by mail too (the
// default), and the language of those mails.
import { Button, Group, Radio, Select, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  type NotificationChannel,
  type NotificationPreferenceInput,
  notificationPreferenceInput,
} from "@src/modules/notifications/notifications.contract.ts";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver } from "../../lib/form.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import {
  type NotificationPreference,
  useNotificationPreference,
  useSaveNotificationPreference,
} from "./useNotifications.ts";

type Values = { channel: string; lang: string };
const toPayload = (v: Values): NotificationPreferenceInput => ({
  channel: v.channel as NotificationChannel,
  lang: v.lang === "en" ? "en" : null,
});
const toValues = (p: NotificationPreference): Values => ({
  channel: p.channel,
  lang: p.lang ?? "ja",
});

export function NotificationPreferenceForm() {
  const { t } = useTranslation();
  const org = useOrg();
  const stored = useNotificationPreference(org.id);
  const form = useForm<Values>({
    initialValues: { channel: "mail", lang: "ja" },
    validate: contractResolver(notificationPreferenceInput, { payload: toPayload }),
  });
  const save = useSaveNotificationPreference(org.id, { form, notice: t("common.saved") });

  // biome-ignore lint/correctness/useExhaustiveDependencies: fill once the stored values arrive
  useEffect(() => {
    if (!stored.data) return;
    const values = toValues(stored.data);
    form.setValues(values);
    form.resetDirty(values);
  }, [stored.data]);

  return (
    <form onSubmit={form.onSubmit((v) => save.run(toPayload(v)))} noValidate>
      <Stack gap="md" maw={560}>
        <Text size="sm" c="dimmed">
          {t("notifications.preference.intro")}
        </Text>
        <Radio.Group
          label={t("notifications.preference.channel")}
          data-testid="notification-channel"
          {...form.getInputProps("channel")}
        >
          <Stack gap="xs" mt="xs">
            <Radio
              value="mail"
              label={t("notifications.preference.mail")}
              data-testid="notification-channel-mail"
            />
            <Radio
              value="in_app"
              label={t("notifications.preference.inApp")}
              data-testid="notification-channel-in-app"
            />
          </Stack>
        </Radio.Group>
        <Select
          label={t("notifications.preference.lang")}
          data={[
            { value: "ja", label: "日本語" },
            { value: "en", label: "English" },
          ]}
          allowDeselect={false}
          disabled={form.values.channel !== "mail"}
          w={240}
          data-testid="notification-lang"
          {...form.getInputProps("lang")}
        />
        <FormError message={save.error} />
        <Group>
          <Button
            type="submit"
            loading={save.busy}
            disabled={!form.isDirty()}
            data-testid="notification-preference-save"
          >
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
