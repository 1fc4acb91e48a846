// The top of home: where to start. The first construction step with an open gap, and in it
// the first thing to do (the engine's choice: the most severe gap), with its fix link.
import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import { IconFlag } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { FixLink } from "../readiness/FixLink.tsx";
import { SeverityBadge } from "../readiness/ReadinessBadges.tsx";
import { bi, ruleFixPath } from "../readiness/readiness-labels.ts";
import type { Readiness } from "../readiness/useReadiness.ts";
import { nextStepOf } from "./gap-groups.ts";

export function NextStepCard({ data }: { data: Readiness }) {
  const { t } = useTranslation();
  const next = nextStepOf(data);
  if (!next) {
    return (
      <Card withBorder padding="md" data-testid="next-step" data-step="none">
        <Group gap="xs">
          <IconFlag size={18} />
          <Text fw={700}>{t("dashboard.next.title")}</Text>
        </Group>
        <Text size="sm" c="teal" mt="xs">
          {t("dashboard.next.none")}
        </Text>
      </Card>
    );
  }
  const { step, rule, openInStep } = next;
  return (
    <Card
      withBorder
      padding="md"
      data-testid="next-step"
      data-step={step.step}
      data-rule={rule.ruleId}
      style={{ borderColor: "var(--mantine-color-blue-5)", borderWidth: 2 }}
    >
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Group gap="xs">
            <IconFlag size={18} />
            <Text fw={700}>{t("dashboard.next.title")}</Text>
          </Group>
          <Badge variant="light" color="blue">
            {t("dashboard.next.stepOf", { step: step.step })}
          </Badge>
        </Group>
        <Text size="lg" fw={700} data-testid="next-step-title">
          {t("readiness.stepTitle", { step: step.step, title: bi(step.title) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t("dashboard.next.first", { count: openInStep })}
        </Text>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap={6}>
              <SeverityBadge severity={rule.severity} />
              <Text size="sm" fw={600} data-testid="next-step-action">
                {bi(rule.title)}
              </Text>
            </Group>
            <Text size="sm" c="dimmed">
              {bi(rule.reason)}
            </Text>
          </Stack>
          <FixLink fixPath={ruleFixPath(rule)} testId="next-step-fix" />
        </Group>
      </Stack>
    </Card>
  );
}
