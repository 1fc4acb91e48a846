// The readiness gauge: the score (0–100) in a ring, and how many 申請不可 gaps are open.
import { Card, Group, RingProgress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../../lib/format.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import type { Readiness } from "../readiness/useReadiness.ts";

const scoreColor = (score: number) => (score >= 80 ? "teal" : score >= 50 ? "yellow" : "red");

export function ReadinessGauge({ data }: { data: Readiness }) {
  const { t } = useTranslation();
  const org = useOrg();
  const gaps = data.results.filter((r) => r.status === "gap").length;
  return (
    <Card withBorder padding="md" data-testid="dashboard-gauge" data-score={data.score}>
      <Group wrap="nowrap" gap="lg">
        <RingProgress
          size={150}
          thickness={14}
          roundCaps
          sections={[{ value: data.score, color: scoreColor(data.score) }]}
          label={
            <Text ta="center" fw={700} size="xl" data-testid="dashboard-score">
              {data.score}%
            </Text>
          }
        />
        <Stack gap={6}>
          <Text fw={700}>{t("dashboard.gauge.title")}</Text>
          <Text
            size="sm"
            fw={600}
            c={data.blockers > 0 ? "red" : "teal"}
            data-testid="dashboard-blocker-count"
            data-count={data.blockers}
          >
            {data.blockers > 0
              ? t("dashboard.gauge.blockers", { count: data.blockers })
              : t("dashboard.gauge.noBlockers")}
          </Text>
          <Text size="sm" c="dimmed">
            {t("dashboard.gauge.gaps", { count: gaps })}
          </Text>
          <Text size="xs" c="dimmed" data-testid="dashboard-evaluated-at">
            {t("readiness.evaluatedAt", { at: formatDateTime(data.evaluatedAt) })}
          </Text>
          <Text size="sm" component={Link} to={`/orgs/${org.id}/readiness`} c="blue">
            {t("dashboard.gauge.all")}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}
