// 公開ページ: the organization's page for the public at /p/<address> (no sign-in): its address
// and switch, a link to open it, the documents it shows (only published versions) and the
// complaints desk it names (entered in 事業者情報).
import {
  Alert,
  Anchor,
  Button,
  Card,
  Grid,
  Group,
  List,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { publicPageInput } from "@src/modules/public-page/public-page.contract.ts";
import { IconExternalLink, IconWorld } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormError } from "../../components/FormError.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { contractResolver } from "../../lib/form.ts";
import { errorMessage } from "../../lib/notify.ts";
import { FullPageLoader } from "../../routes/RequireAuth.tsx";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { PageDocumentsCard } from "./PageDocumentsCard.tsx";
import { type PublicPage, usePublicPage, useSavePublicPage } from "./usePublicPage.ts";

type Values = { slug: string; enabled: boolean };

function AddressCard({ page }: { page: PublicPage }) {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan("org.update");
  const form = useForm<Values>({
    initialValues: { slug: page.slug ?? "", enabled: page.enabled },
    validate: contractResolver(publicPageInput),
  });
  const save = useSavePublicPage(org.id, { form, notice: t("common.saved") });
  return (
    <Card withBorder padding="lg">
      <form onSubmit={form.onSubmit((v) => save.run(v))} noValidate>
        <Stack>
          <Group gap="xs">
            <IconWorld size={20} />
            <Title order={3} size="h4">
              {t("publicPage.address.title")}
            </Title>
          </Group>
          <TextInput
            label={t("publicPage.address.slug")}
            description={t("publicPage.address.slugHint")}
            leftSection={
              <Text size="sm" c="dimmed">
                /p/
              </Text>
            }
            leftSectionWidth={36}
            maxLength={40}
            disabled={!editable}
            data-testid="page-slug"
            {...form.getInputProps("slug")}
          />
          <Switch
            label={t("publicPage.address.enabled")}
            description={t("publicPage.address.enabledHint")}
            disabled={!editable}
            data-testid="page-enabled"
            {...form.getInputProps("enabled", { type: "checkbox" })}
          />
          <FormError message={save.error} />
          {editable && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.busy} data-testid="page-save">
                {t("common.save")}
              </Button>
            </Group>
          )}
          {page.url && (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t("publicPage.address.url")}
              </Text>
              {page.enabled ? (
                <Anchor
                  href={page.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="page-url"
                >
                  <Group gap={4} wrap="nowrap">
                    <span style={{ wordBreak: "break-all" }}>{page.url}</span>
                    <IconExternalLink size={16} />
                  </Group>
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed" data-testid="page-url-off">
                  {page.url} — {t("publicPage.address.off")}
                </Text>
              )}
            </Stack>
          )}
        </Stack>
      </form>
    </Card>
  );
}

function DeskCard({ page }: { page: PublicPage }) {
  const { t } = useTranslation();
  const org = useOrg();
  const missing = page.missingDeskFields;
  return (
    <Card withBorder padding="lg">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("publicPage.desk.title")}
        </Title>
        {missing.length === 0 ? (
          <Text size="sm" data-testid="page-desk-complete">
            {t("publicPage.desk.complete")}
          </Text>
        ) : (
          <Alert color="yellow" data-testid="page-desk-missing">
            <Text size="sm">{t("publicPage.desk.missing")}</Text>
            <List size="sm" mt={4}>
              {missing.map((f) => (
                <List.Item key={f}>{t(`profile.desk.${f}`)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Anchor component={Link} to={`/orgs/${org.id}/profile#desk`} size="sm">
          {t("publicPage.desk.edit")}
        </Anchor>
      </Stack>
    </Card>
  );
}

export default function PublicPageSettingsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const page = usePublicPage(org.id);
  return (
    <>
      <PageHeader title={t("publicPage.title")} description={t("publicPage.description")} />
      {page.isPending && <FullPageLoader inline />}
      {page.isError && <Alert color="red">{errorMessage(page.error)}</Alert>}
      {page.data && (
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Stack>
              <AddressCard key={page.data.updatedAt ?? "new"} page={page.data} />
              <DeskCard page={page.data} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <PageDocumentsCard page={page.data} />
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
