// The page a person opens from their link (/p/:token), on a phone as often as not: no menu
// and no header of the app, just who it is for, from which organization, what it is for and
// until when; the purpose's own content below (purpose-panels.tsx). Every refusal of the
// server (unknown, expired, revoked …) is the one "not valid" page.
import {
  Anchor,
  Box,
  Card,
  Center,
  Container,
  Group,
  Loader,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { personalLinkPurpose } from "@src/core/personal-links/purposes.ts";
import { IconClockHour4, IconLinkOff } from "@tabler/icons-react";
import { Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ApiError } from "../../../api/client.ts";
import i18n, { bi } from "../../../i18n/index.ts";
import { untilDay } from "../link-labels.ts";
import { type PublicLinkOut, usePublicLink } from "../usePersonalLinks.ts";
import { browserPageLanguage } from "./browser-language.ts";
import { panelOf } from "./purpose-panels.tsx";

function Frame({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box bg="gray.0" mih="100dvh" py="xl" px="md" data-testid="personal-page">
      <Container size={520} p={0}>
        {children}
        <Text size="xs" c="dimmed" ta="center" mt="xl">
          {t("personalLinkPage.footer")}
        </Text>
      </Container>
    </Box>
  );
}

function NotValid({ limited }: { limited: boolean }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="xl" data-testid="personal-page-invalid">
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" color={limited ? "yellow" : "gray"}>
          {limited ? <IconClockHour4 size={30} /> : <IconLinkOff size={30} />}
        </ThemeIcon>
        <Title order={2} size="h3">
          {limited ? t("personalLinkPage.limited.title") : t("personalLinkPage.invalid.title")}
        </Title>
        <Text size="sm">
          {limited ? t("personalLinkPage.limited.text") : t("personalLinkPage.invalid.text")}
        </Text>
        {!limited && (
          <Text size="sm" c="dimmed">
            {t("personalLinkPage.invalid.next")}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function Content({ token, link }: { token: string; link: PublicLinkOut }) {
  const { t } = useTranslation();
  const purpose = personalLinkPurpose(link.purpose);
  const Panel = panelOf(link.purpose);
  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="lg" data-testid="personal-page-card">
        <Text size="sm" c="dimmed" data-testid="personal-page-org">
          {link.organization}
        </Text>
        <Title order={1} size="h2" mt={4} data-testid="personal-page-greeting">
          {t("personalLinkPage.greeting", { name: link.personName })}
        </Title>
        <Text size="lg" fw={600} mt="md" data-testid="personal-page-purpose">
          {bi(purpose?.label) || link.purpose}
        </Text>
        <Text size="sm" mt={4}>
          {bi(purpose?.intro)}
        </Text>
        <Group gap={6} mt="md" c="dimmed">
          <IconClockHour4 size={16} />
          <Text size="sm" data-testid="personal-page-expiry">
            {t("personalLinkPage.expires", { day: untilDay(link.expiresAt) })}
          </Text>
        </Group>
      </Card>
      <Card withBorder radius="md" padding="lg">
        {Panel ? (
          <Suspense fallback={<Loader size="sm" />}>
            <Panel token={token} link={link} />
          </Suspense>
        ) : (
          <Text size="sm" c="dimmed" data-testid="personal-page-pending">
            {t("personalLinkPage.pending")}
          </Text>
        )}
      </Card>
      <Text size="xs" c="dimmed">
        {t("personalLinkPage.private")}
      </Text>
    </Stack>
  );
}

export default function PersonalLinkPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const page = usePublicLink(token);
  // The browser's language unless one was chosen in mamori; not remembered.
  useEffect(() => {
    const lang = browserPageLanguage();
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, []);
  useEffect(() => {
    document.title = t("personalLinkPage.title");
  }, [t]);

  return (
    <Frame>
      {page.isPending ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : page.data ? (
        <Content token={token} link={page.data} />
      ) : (
        <NotValid limited={page.error instanceof ApiError && page.error.status === 429} />
      )}
      <Text size="xs" ta="center" mt="md">
        <Anchor
          component="button"
          size="xs"
          onClick={() => void i18n.changeLanguage(i18n.language === "en" ? "ja" : "en")}
          data-testid="personal-page-lang"
        >
          {i18n.language === "en" ? "日本語" : "English"}
        </Anchor>
      </Text>
    </Frame>
  );
}
