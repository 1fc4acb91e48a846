import {
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { industries, profileInput } from "@src/modules/org/org.contract.ts";
import { useTranslation } from "react-i18next";
import type { Profile } from "../../api/types.ts";
import { FormError } from "../../components/FormError.tsx";
import { YenField } from "../../components/YenField.tsx";
import { contractResolver } from "../../lib/form.ts";
import { formatYen } from "../../lib/format.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { DeskFields } from "./DeskFields.tsx";
import { OfficesField } from "./OfficesField.tsx";
import { type ProfileFormValues, toFormValues, toPayload } from "./profile-form.ts";
import { SizeClassCard } from "./SizeClassCard.tsx";
import { useSaveProfile } from "./useProfile.ts";

export function ProfileForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan("org.update");
  const form = useForm<ProfileFormValues>({
    initialValues: toFormValues(profile),
    validate: contractResolver(profileInput, { payload: toPayload }),
  });
  const save = useSaveProfile(org.id, { form, notice: t("common.saved") });

  const capital = form.values.capital;
  return (
    <form onSubmit={form.onSubmit((v) => save.run(toPayload(v)))} noValidate>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder padding="lg">
            <Stack>
              <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0 }}>
                <Stack>
                  <TextInput
                    label={t("profile.name")}
                    required
                    data-testid="profile-name"
                    {...form.getInputProps("name")}
                  />
                  <TextInput
                    label={t("profile.corporateNumber")}
                    description={t("profile.corporateNumberHint")}
                    inputMode="numeric"
                    maxLength={40}
                    data-testid="profile-corporate-number"
                    {...form.getInputProps("corporateNumber")}
                  />
                  <Group grow align="flex-start">
                    <TextInput
                      label={t("profile.representative")}
                      data-testid="profile-representative"
                      {...form.getInputProps("representative")}
                    />
                    <Select
                      label={t("profile.industry")}
                      data={industries.map((i) => ({ value: i, label: t(`industries.${i}`) }))}
                      clearable={editable}
                      data-testid="profile-industry"
                      {...form.getInputProps("industry")}
                    />
                  </Group>
                  <TextInput
                    label={t("profile.headOffice")}
                    data-testid="profile-head-office"
                    {...form.getInputProps("headOffice")}
                  />
                  <Group grow align="flex-start">
                    <Stack gap={6}>
                      <YenField
                        label={t("profile.capital")}
                        description={
                          form.values.noCapital
                            ? t("profile.noCapitalHint")
                            : typeof capital === "number"
                              ? formatYen(capital)
                              : t("profile.capitalNotEntered")
                        }
                        rightSection={t("profile.yen").trim()}
                        disabled={form.values.noCapital}
                        data-testid="profile-capital"
                        {...form.getInputProps("capital")}
                      />
                      <Checkbox
                        label={t("profile.noCapital")}
                        data-testid="profile-no-capital"
                        {...form.getInputProps("noCapital", { type: "checkbox" })}
                        onChange={(e) => {
                          const checked = e.currentTarget.checked;
                          form.setFieldValue("noCapital", checked);
                          // An amount and 資本金なし exclude each other (the API refuses both).
                          if (checked) form.setFieldValue("capital", "");
                        }}
                      />
                    </Stack>
                    <NumberInput
                      label={t("profile.employeeCount")}
                      description={t("profile.staffInRegister", { count: profile.staffInRegister })}
                      suffix={t("profile.persons")}
                      min={0}
                      allowDecimal={false}
                      allowNegative={false}
                      data-testid="profile-employee-count"
                      {...form.getInputProps("employeeCount")}
                    />
                  </Group>
                  <OfficesField form={form} editable={editable} />
                  <Textarea
                    label={t("profile.scope")}
                    description={t("profile.scopeHint")}
                    autosize
                    minRows={3}
                    maxRows={10}
                    data-testid="profile-scope"
                    {...form.getInputProps("scope")}
                  />
                  <DeskFields form={form} />
                </Stack>
              </fieldset>
              <FormError message={save.error} />
              {editable && (
                <Group justify="flex-end">
                  <Button type="submit" loading={save.busy} data-testid="profile-save">
                    {t("common.save")}
                  </Button>
                </Group>
              )}
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <SizeClassCard values={form.values} staffInRegister={profile.staffInRegister} />
        </Grid.Col>
      </Grid>
    </form>
  );
}
