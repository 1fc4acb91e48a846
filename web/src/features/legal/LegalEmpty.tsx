// What an empty register shows: for those who may write, the quickest way to start (the
// entries nearly every organization needs), the catalogue, or an entry of its own.
import { Button, Group, Stack, Text } from "@mantine/core";
import { IconBooks, IconPlus, IconSparkles } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

export function LegalEmpty({
  filtered,
  editable,
  busy,
  onBaseline,
  onCatalogue,
  onOwn,
}: {
  /** true: entries exist but none match the filters. */
  filtered: boolean;
  editable: boolean;
  busy: boolean;
  onBaseline: () => void;
  onCatalogue: () => void;
  onOwn: () => void;
}) {
  const { t } = useTranslation();
  if (filtered)
    return (
      <Text c="dimmed" ta="center" py="lg" data-testid="legal-empty">
        {t("legal.emptyFiltered")}
      </Text>
    );
  return (
    <Stack align="center" gap="sm" py="xl" data-testid="legal-empty">
      <Text fw={500}>{t("legal.empty")}</Text>
      {editable && (
        <>
          <Text size="sm" c="dimmed" ta="center" maw={560}>
            {t("legal.baseline.hint")}
          </Text>
          <Group gap="xs" justify="center">
            <Button
              leftSection={<IconSparkles size={16} />}
              onClick={onBaseline}
              loading={busy}
              data-testid="legal-baseline"
            >
              {t("legal.baseline.action")}
            </Button>
            <Button
              variant="default"
              leftSection={<IconBooks size={16} />}
              onClick={onCatalogue}
              data-testid="legal-empty-catalogue"
            >
              {t("legal.addCatalogue")}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} />}
              onClick={onOwn}
              data-testid="legal-empty-own"
            >
              {t("legal.addOwn")}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
