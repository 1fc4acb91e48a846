// Creating an organization: start empty, or try the app with the demo company.
import { Anchor, Badge, Button, Card, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { createOrgInput } from "@src/modules/org/org.contract.ts";
import { IconBuilding, IconSparkles } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { api } from "../../api/client.ts";
import { FormError } from "../../components/FormError.tsx";
import { errorMessage, notifySuccess, serverFieldErrors } from "../../lib/notify.ts";
import { zodErrors } from "../../lib/validation.ts";
import { AuthLayout } from "../auth/AuthLayout.tsx";
import { orgsKey, useOrgs } from "./useOrgs.ts";

const DEMO_NAME = "株式会社サンプル商事";

export function CreateOrgPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const orgs = useOrgs();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: "" },
    validate: (values) => zodErrors(createOrgInput, { name: values.name, demo: false }),
  });
  const create = useMutation({
    mutationFn: (body: { name: string; demo: boolean }) =>
      api.post<{ id: string }>("/api/v1/orgs", body),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: orgsKey });
      notifySuccess(t("orgs.created"));
      navigate(`/orgs/${id}`);
    },
    onError: (err) => {
      form.setErrors(serverFieldErrors(err));
      setError(errorMessage(err));
    },
  });

  const hasOrgs = (orgs.data?.items.length ?? 0) > 0;
  return (
    <AuthLayout title={t("orgs.createTitle")} width={760}>
      <Stack>
        <Text size="sm">{t("orgs.createLead")}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Card withBorder padding="lg">
            <form
              onSubmit={form.onSubmit((v) => create.mutate({ name: v.name.trim(), demo: false }))}
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
                  loading={create.isPending && !create.variables?.demo}
                  disabled={create.isPending}
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
                loading={create.isPending && create.variables?.demo}
                disabled={create.isPending}
                onClick={() => create.mutate({ name: DEMO_NAME, demo: true })}
                data-testid="org-create-demo"
              >
                {t("orgs.createDemo")}
              </Button>
            </Stack>
          </Card>
        </SimpleGrid>
        <FormError message={error} />
        {hasOrgs && (
          <Anchor component={Link} to="/" size="sm">
            {t("orgs.backToApp")}
          </Anchor>
        )}
      </Stack>
    </AuthLayout>
  );
}
