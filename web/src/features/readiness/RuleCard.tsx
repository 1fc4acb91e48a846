// One rule's result on the readiness page: title, badges, the reason with its numbers, the
// records concerned, the way to fix it, and the checkbox of a manual rule.
import { Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FixLink } from "./FixLink.tsx";
import { ManualCheck } from "./ManualCheck.tsx";
import { SeverityBadge, StatusBadge } from "./ReadinessBadges.tsx";
import { RuleDetails } from "./RuleDetails.tsx";
import { bi } from "./readiness-labels.ts";
import type { RuleResult } from "./useReadiness.ts";

export function RuleCard({ rule, highlighted }: { rule: RuleResult; highlighted?: boolean }) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      padding="sm"
      data-testid={`readiness-rule-${rule.ruleId}`}
      data-status={rule.status}
      style={
        highlighted ? { borderColor: "var(--mantine-color-blue-5)", borderWidth: 2 } : undefined
      }
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm">
            {bi(rule.title)}
          </Text>
          <Group gap={6} wrap="nowrap">
            <SeverityBadge severity={rule.severity} />
            <StatusBadge status={rule.status} />
          </Group>
        </Group>
        <Text size="sm" c={rule.status === "gap" ? undefined : "dimmed"}>
          {bi(rule.reason)}
        </Text>
        {rule.status === "gap" && <RuleDetails details={rule.details} />}
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            {rule.refs.length > 0 && (
              <Text size="xs" c="dimmed">
                {t("readiness.refs", { refs: rule.refs.join("・") })}
              </Text>
            )}
          </Group>
          {rule.manual ? (
            <ManualCheck rule={rule} />
          ) : (
            rule.status === "gap" && (
              <FixLink fixPath={rule.fixPath} testId={`readiness-fix-${rule.ruleId}`} />
            )
          )}
        </Group>
      </Stack>
    </Card>
  );
}
