// The open gaps other than the next step's first action, grouped by construction step (in
// step order, folded; the next step's group open): each with its severity, reason and a link
// to the page that fixes it.
import { Accordion, Badge, Card, Group, Stack, Text } from "@mantine/core";
import type { Severity } from "@src/core/readiness/rule.ts";
import { useTranslation } from "react-i18next";
import { FixLink } from "../readiness/FixLink.tsx";
import { SeverityBadge } from "../readiness/ReadinessBadges.tsx";
import { bi, ruleFixPath, severityColor } from "../readiness/readiness-labels.ts";
import type { Readiness, RuleResult } from "../readiness/useReadiness.ts";
import { gapsByStep } from "./gap-groups.ts";

function GapRow({ rule }: { rule: RuleResult }) {
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      align="flex-start"
      data-testid={`${rule.severity}-${rule.ruleId}`}
    >
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap={6}>
          <SeverityBadge severity={rule.severity} />
          <Text size="sm" fw={600}>
            {bi(rule.title)}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {bi(rule.reason)}
        </Text>
      </Stack>
      <FixLink fixPath={ruleFixPath(rule)} testId={`${rule.severity}-fix-${rule.ruleId}`} />
    </Group>
  );
}

/** "申請不可 1・指摘リスク 2": the group's gaps by severity, most severe first. */
function SeverityCounts({ gaps }: { gaps: RuleResult[] }) {
  const { t } = useTranslation();
  const order: Severity[] = ["blocker", "finding", "advice"];
  return (
    <Group gap={4}>
      {order.map((s) => {
        const n = gaps.filter((r) => r.severity === s).length;
        return n === 0 ? null : (
          <Badge key={s} size="sm" variant="light" color={severityColor[s]}>
            {t(`readiness.severity.${s}`)} {n}
          </Badge>
        );
      })}
    </Group>
  );
}

export function GapList({ data }: { data: Readiness }) {
  const { t } = useTranslation();
  const next = data.nextStep;
  const groups = gapsByStep(data, next?.ruleId);
  const blockers = data.results.filter((r) => r.status === "gap" && r.severity === "blocker");
  const firstOpen = groups.find((g) => g.step.step === next?.step);
  return (
    <Card withBorder padding="md" data-testid="dashboard-gaps">
      <Stack gap="sm">
        <Group gap="xs">
          <Text fw={700}>{t("dashboard.gaps.title")}</Text>
          {blockers.length > 0 && (
            <Badge color="red" variant="filled">
              {t("readiness.severity.blocker")} {blockers.length}
            </Badge>
          )}
        </Group>
        {blockers.length === 0 && (
          <Text size="sm" c="teal">
            {t("dashboard.gaps.noBlockers")}
          </Text>
        )}
        {groups.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("dashboard.gaps.noOthers")}
          </Text>
        ) : (
          <Accordion
            multiple
            variant="separated"
            defaultValue={firstOpen ? [String(firstOpen.step.step)] : []}
          >
            {groups.map(({ step, gaps }) => (
              <Accordion.Item
                key={step.step}
                value={String(step.step)}
                data-testid={`dashboard-gaps-step-${step.step}`}
              >
                <Accordion.Control data-testid={`dashboard-gaps-step-${step.step}-toggle`}>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Text size="sm" fw={600}>
                      {t("readiness.stepTitle", { step: step.step, title: bi(step.title) })}
                    </Text>
                    <SeverityCounts gaps={gaps} />
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="sm">
                    {gaps.map((r) => (
                      <GapRow key={r.ruleId} rule={r} />
                    ))}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        )}
      </Stack>
    </Card>
  );
}
