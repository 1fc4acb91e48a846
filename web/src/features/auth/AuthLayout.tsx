import { Box, Center, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Brand } from "../../components/Brand.tsx";
import { LanguageSwitch } from "../../components/LanguageSwitch.tsx";

/** The frame of pages outside an organization: sign-in, sign-up, invitations, new org. */
export function AuthLayout({
  title,
  children,
  width = 420,
}: {
  title: string;
  children: ReactNode;
  width?: number;
}) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="space-between" p="md">
        <Brand />
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Stack w="100%" maw={width} gap="lg">
          <Stack gap={4} align="center">
            <Text c="dimmed" size="sm" ta="center">
              {t("app.tagline")}
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            <Title order={2} size="h3" mb="lg">
              {title}
            </Title>
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
