// The open gaps: 申請不可 first, each with its reason and a button to the page that fixes it;
// then 指摘リスク and 推奨, folded.
import { Badge, Button, Card, Collapse, Group, Stack, Text } from "@mantine/core";
import type { Severity } from "@src/core/readiness/rule.ts";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FixLink } from "../readiness/FixLink.tsx";
import { bi, severityColor } from "../readiness/readiness-labels.ts";
import type { RuleResult } from "../readiness/useReadiness.ts";

/** Manual rules are ticked on the readiness page, at the rule itself. */
const fixPathOf = (r: RuleResult) =>
  r.manual ? `readiness?rule=${encodeURIComponent(r.ruleId)}` : r.fixPath;

function GapRow({ rule, prefix }: { rule: RuleResult; prefix: string }) {
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      align="flex-start"
      data-testid={`${prefix}-${rule.ruleId}`}
    >
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" fw={600}>
          {bi(rule.title)}
        </Text>
        <Text size="sm" c="dimmed">
          {bi(rule.reason)}
        </Text>
      </Stack>
      <FixLink fixPath={fixPathOf(rule)} testId={`${prefix}-fix-${rule.ruleId}`} />
    </Group>
  );
}

function Folded({ severity, rules }: { severity: Severity; rules: RuleResult[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (rules.length === 0) return null;
  return (
    <Stack gap="xs">
      <Button
        variant="subtle"
        color="gray"
        justify="flex-start"
        leftSection={open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
        onClick={() => setOpen((o) => !o)}
        data-testid={`dashboard-${severity}-toggle`}
      >
        {t(`readiness.severity.${severity}`)}
        <Badge ml="xs" color={severityColor[severity]} variant="light">
          {rules.length}
        </Badge>
      </Button>
      <Collapse in={open}>
        <Stack gap="sm" pl="md" data-testid={`dashboard-${severity}s`}>
          {rules.map((r) => (
            <GapRow key={r.ruleId} rule={r} prefix={severity} />
          ))}
        </Stack>
      </Collapse>
    </Stack>
  );
}

export function GapList({ results }: { results: RuleResult[] }) {
  const { t } = useTranslation();
  const gaps = results.filter((r) => r.status === "gap");
  const of = (s: Severity) => gaps.filter((r) => r.severity === s);
  const blockers = of("blocker");
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group gap="xs">
          <Text fw={700}>{t("dashboard.gaps.title")}</Text>
          <Badge color="red" variant="filled">
            {t("readiness.severity.blocker")} {blockers.length}
          </Badge>
        </Group>
        <Stack gap="sm" data-testid="dashboard-blockers">
          {blockers.length === 0 ? (
            <Text size="sm" c="teal">
              {t("dashboard.gaps.noBlockers")}
            </Text>
          ) : (
            blockers.map((r) => <GapRow key={r.ruleId} rule={r} prefix="blocker" />)
          )}
        </Stack>
        <Folded severity="finding" rules={of("finding")} />
        <Folded severity="advice" rules={of("advice")} />
      </Stack>
    </Card>
  );
}
