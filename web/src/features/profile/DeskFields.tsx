// 苦情・相談窓口 and what 公表事項 states besides (the accredited body, the request fee): part
// of the profile form, read by the public page and the external documents' fields (desk.*).
import { Divider, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { ProfileFormValues } from "./profile-form.ts";

export function DeskFields({ form }: { form: UseFormReturnType<ProfileFormValues> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" id="desk" data-testid="profile-desk">
      <Divider label={t("profile.desk.title")} labelPosition="left" mt="sm" />
      <Text size="sm" c="dimmed">
        {t("profile.desk.explain")}
      </Text>
      <TextInput
        label={t("profile.desk.deskName")}
        placeholder={t("profile.desk.deskNamePlaceholder")}
        maxLength={100}
        data-testid="profile-desk-name"
        {...form.getInputProps("deskName")}
      />
      <TextInput
        label={t("profile.desk.deskAddress")}
        maxLength={300}
        data-testid="profile-desk-address"
        {...form.getInputProps("deskAddress")}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t("profile.desk.deskPhone")}
          type="tel"
          maxLength={30}
          data-testid="profile-desk-phone"
          {...form.getInputProps("deskPhone")}
        />
        <TextInput
          label={t("profile.desk.deskEmail")}
          type="email"
          maxLength={254}
          data-testid="profile-desk-email"
          {...form.getInputProps("deskEmail")}
        />
      </Group>
      <TextInput
        label={t("profile.desk.deskHours")}
        placeholder={t("profile.desk.deskHoursPlaceholder")}
        maxLength={200}
        data-testid="profile-desk-hours"
        {...form.getInputProps("deskHours")}
      />
      <TextInput
        label={t("profile.desk.accreditedOrgName")}
        description={t("profile.desk.accreditedOrgNameHint")}
        maxLength={200}
        data-testid="profile-accredited"
        {...form.getInputProps("accreditedOrgName")}
      />
      <Textarea
        label={t("profile.desk.requestFee")}
        description={t("profile.desk.requestFeeHint")}
        autosize
        minRows={1}
        maxRows={4}
        maxLength={200}
        data-testid="profile-request-fee"
        {...form.getInputProps("requestFee")}
      />
    </Stack>
  );
}
