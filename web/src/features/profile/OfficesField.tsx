// 事業所: a list of offices with add/remove rows (所在地, 業務内容).
import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { newOffice, type ProfileFormValues } from "./profile-form.ts";

export function OfficesField({
  form,
  editable,
}: {
  form: UseFormReturnType<ProfileFormValues>;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const offices = form.values.offices;
  return (
    <Input.Wrapper label={t("profile.offices")} description={t("profile.officesHint")}>
      <Stack gap="xs" mt={6}>
        {offices.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("profile.noOffices")}
          </Text>
        )}
        {offices.map((office, index) => (
          <Group key={office.key} align="flex-start" wrap="nowrap" data-testid="office-row">
            <TextInput
              style={{ flex: 3 }}
              placeholder={t("profile.officeAddress")}
              aria-label={t("profile.officeAddress")}
              data-testid={`office-address-${index}`}
              {...form.getInputProps(`offices.${index}.address`)}
            />
            <TextInput
              style={{ flex: 2 }}
              placeholder={t("profile.officeBusiness")}
              aria-label={t("profile.officeBusiness")}
              data-testid={`office-business-${index}`}
              {...form.getInputProps(`offices.${index}.business`)}
            />
            {editable && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t("common.delete")}
                onClick={() => form.removeListItem("offices", index)}
              >
                <IconTrash size={18} />
              </ActionIcon>
            )}
          </Group>
        ))}
        {editable && (
          <Group>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem("offices", newOffice())}
              data-testid="office-add"
            >
              {t("profile.addOffice")}
            </Button>
          </Group>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
