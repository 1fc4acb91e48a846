import { Button, Center, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh">
      <Stack align="center">
        <Title order={2}>{t("notFound.title")}</Title>
        <Text c="dimmed">{t("notFound.body")}</Text>
        <Button component={Link} to="/" variant="light">
          {t("notFound.home")}
        </Button>
      </Stack>
    </Center>
  );
}
