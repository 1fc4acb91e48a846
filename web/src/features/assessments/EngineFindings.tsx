// What the readiness engine concluded about an item: the rules that name it (or its clause),
// each with its status and reason.
import { Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "../readiness/ReadinessBadges.tsx";
import { bi } from "../readiness/readiness-labels.ts";
import type { EngineRule } from "./useAssessments.ts";

export function EngineFindings({ rules }: { rules: EngineRule[] }) {
  const { t } = useTranslation();
  if (rules.length === 0) return null;
  return (
    <Stack gap={4} data-testid="engine-findings">
      <Text size="xs" c="dimmed">
        {t("assessments.engine")}
      </Text>
      {rules.map((r) => (
        <Group key={r.ruleId} gap="xs" wrap="nowrap" align="flex-start">
          <StatusBadge status={r.status} />
          <Text size="sm">
            {bi(r.title)}
            <Text span size="xs" c="dimmed">
              {" "}
              — {bi(r.reason)}
            </Text>
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
