// What the catalogue says about an entry: formal title, issuer, when it applies, the articles
// that matter, and whether its facts are still to be checked against the official text.
import { Alert, Badge, Group, List, Spoiler, Stack, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { articleLine, kindLabel, pick } from "./legal-labels.ts";
import type { LawEntry } from "./useLegal.ts";

/** compact: without the name line and the unverified note (the caller shows both). */
export function CatalogueInfo({ law, compact = false }: { law: LawEntry; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid="legal-catalogue-info">
      {!compact && (
        <Group gap={6}>
          <Text fw={600}>{pick(law.name)}</Text>
          <Badge size="xs" variant="light" color="gray">
            {kindLabel(law.kind)}
          </Badge>
        </Group>
      )}
      {law.formalName && (
        <Text size="xs" c="dimmed">
          {t("legal.catalogue.formalName")}: {pick(law.formalName)}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t("legal.catalogue.issuer")}: {pick(law.issuer)}
      </Text>
      <Text size="sm">
        <Text span size="sm" fw={500}>
          {t("legal.catalogue.appliesWhen")}:{" "}
        </Text>
        {pick(law.appliesWhen)}
      </Text>
      {law.articles.length > 0 && (
        <div>
          <Text size="sm" fw={500}>
            {t("legal.catalogue.articles")}
          </Text>
          <Spoiler
            maxHeight={92}
            showLabel={t("legal.catalogue.showAll", { count: law.articles.length })}
            hideLabel={t("legal.catalogue.showLess")}
            fz="xs"
          >
            <List size="xs" spacing={0} withPadding>
              {law.articles.map((a) => (
                <List.Item key={a.ref}>{articleLine(a, law.kind)}</List.Item>
              ))}
            </List>
          </Spoiler>
        </div>
      )}
      {!law.verified && !compact && (
        <Alert
          color="yellow"
          variant="light"
          p="xs"
          icon={<IconInfoCircle size={16} />}
          data-testid="legal-unverified-note"
        >
          <Text size="xs">{t("legal.unverifiedHint")}</Text>
        </Alert>
      )}
    </Stack>
  );
}
