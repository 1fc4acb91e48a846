// Progress by construction step: 13 rows, each with its status colour and how many of its
// applicable rules are met.
import {
  Badge,
  Card,
  Group,
  Progress,
  Stack,
  Text,
  ThemeIcon,
  UnstyledButton,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useOrg } from "../orgs/OrgContext.tsx";
import { bi, stepColor } from "../readiness/readiness-labels.ts";
import type { StepProgress } from "../readiness/useReadiness.ts";

export function StepProgressCard({ steps }: { steps: StepProgress[] }) {
  const { t } = useTranslation();
  const org = useOrg();
  const navigate = useNavigate();
  return (
    <Card withBorder padding="md" data-testid="dashboard-steps">
      <Text fw={700} mb="sm">
        {t("dashboard.steps.title")}
      </Text>
      <Stack gap={6}>
        {steps.map((s) => {
          const applicable = s.total - s.na;
          const percent = applicable > 0 ? Math.round((s.ok / applicable) * 100) : 100;
          return (
            <UnstyledButton
              key={s.step}
              onClick={() => navigate(`/orgs/${org.id}/readiness`)}
              data-testid={`step-${s.step}`}
              data-status={s.status}
              aria-label={t("readiness.stepTitle", { step: s.step, title: bi(s.title) })}
            >
              <Group gap="sm" wrap="nowrap">
                <ThemeIcon size={24} radius="xl" color={stepColor[s.status]} variant="filled">
                  <Text size="xs" fw={700}>
                    {s.step}
                  </Text>
                </ThemeIcon>
                <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate>
                  {bi(s.title)}
                </Text>
                <Progress
                  value={percent}
                  color={stepColor[s.status]}
                  w={90}
                  size="sm"
                  aria-hidden
                />
                <Text size="xs" c="dimmed" w={44} ta="right">
                  {applicable > 0 ? `${s.ok}/${applicable}` : "—"}
                </Text>
                <Badge color={stepColor[s.status]} variant="light" miw={72}>
                  {t(`readiness.stepStatus.${s.status}`)}
                </Badge>
              </Group>
            </UnstyledButton>
          );
        })}
      </Stack>
    </Card>
  );
}
