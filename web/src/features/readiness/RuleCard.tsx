// One rule's result on the readiness page: title, badges (severity on gaps only), the reason
// with its numbers, the records concerned (each a link), and the way to fix it.
import { Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FixLink } from "./FixLink.tsx";
import { SeverityBadge, StatusBadge } from "./ReadinessBadges.tsx";
import { RuleDetails } from "./RuleDetails.tsx";
import { bi, ruleFixPath } from "./readiness-labels.ts";
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
            {/* Severity is how much a gap weighs: shown on gaps only, never beside 充足. */}
            {rule.status === "gap" && <SeverityBadge severity={rule.severity} />}
            <StatusBadge status={rule.status} />
          </Group>
        </Group>
        <Text size="sm" c={rule.status === "gap" ? undefined : "dimmed"}>
          {bi(rule.reason)}
        </Text>
        {rule.status !== "na" && <RuleDetails rule={rule} />}
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            {rule.refs.length > 0 && (
              <Text size="xs" c="dimmed">
                {t("readiness.refs", { refs: rule.refs.join("・") })}
              </Text>
            )}
          </Group>
          {rule.status === "gap" && (
            <FixLink fixPath={ruleFixPath(rule)} testId={`readiness-fix-${rule.ruleId}`} />
          )}
        </Group>
      </Stack>
    </Card>
  );
}
