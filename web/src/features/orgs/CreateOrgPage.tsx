// Creating an organization: start empty, or try the app with the demo company.
import { Anchor, Badge, Button, Card, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { createOrgInput } from "@src/modules/org/org.contract.ts";
import { IconBuilding, IconSparkles } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver } from "../../lib/form.ts";
import { AuthLayout } from "../auth/AuthLayout.tsx";
import { useCreateOrg, useOrgs } from "./useOrgs.ts";

const DEMO_NAME = "株式会社サンプル商事";

export function CreateOrgPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const orgs = useOrgs();
  const form = useForm({
    initialValues: { name: "" },
    validate: contractResolver(createOrgInput, {
      payload: (v: { name: string }) => ({ name: v.name, demo: false }),
    }),
  });
  const create = useCreateOrg({
    form,
    notice: t("orgs.created"),
    onSuccess: ({ id }) => navigate(`/orgs/${id}`),
  });

  const hasOrgs = (orgs.data?.items.length ?? 0) > 0;
  return (
    <AuthLayout title={t("orgs.createTitle")} width={760}>
      <Stack>
        <Text size="sm">{t("orgs.createLead")}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Card withBorder padding="lg">
            <form
              onSubmit={form.onSubmit((v) => create.run({ name: v.name.trim(), demo: false }))}
              noValidate
            >
              <Stack>
                <IconBuilding size={28} color="var(--mantine-color-indigo-6)" />
                <Text fw={700}>{t("orgs.emptyTitle")}</Text>
                <Text size="sm" c="dimmed">
                  {t("orgs.emptyBody")}
                </Text>
                <TextInput
                  label={t("orgs.name")}
                  placeholder={t("orgs.namePlaceholder")}
                  required
                  data-testid="org-name"
                  {...form.getInputProps("name")}
                />
                <Button
                  type="submit"
                  loading={create.busy && !create.input?.demo}
                  disabled={create.busy}
                  data-testid="org-create-empty"
                >
                  {t("orgs.createEmpty")}
                </Button>
              </Stack>
            </form>
          </Card>
          <Card withBorder padding="lg">
            <Stack h="100%">
              <IconSparkles size={28} color="var(--mantine-color-teal-6)" />
              <Text fw={700}>
                {t("orgs.demoTitle")}{" "}
                <Badge variant="light" color="teal">
                  {t("orgs.demoBadge")}
                </Badge>
              </Text>
              <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                {t("orgs.demoBody", { name: DEMO_NAME })}
              </Text>
              <Button
                color="teal"
                variant="light"
                loading={create.busy && create.input?.demo}
                disabled={create.busy}
                onClick={() => create.run({ name: DEMO_NAME, demo: true })}
                data-testid="org-create-demo"
              >
                {t("orgs.createDemo")}
              </Button>
            </Stack>
          </Card>
        </SimpleGrid>
        <FormError message={create.error} />
        {hasOrgs && (
          <Anchor component={Link} to="/" size="sm">
            {t("orgs.backToApp")}
          </Anchor>
        )}
      </Stack>
    </AuthLayout>
  );
}
