// What falls due in the next 60 days: recurring obligations (overdue or due soon) and the work
// plan's open tasks, by date, overdue first.
import { Anchor, Badge, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../lib/format.ts";
import type { Obligation } from "../obligations/useObligations.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { bi } from "../readiness/readiness-labels.ts";
import { addDays } from "../roadmap/plan-dates.ts";
import type { RoadmapStep } from "../roadmap/useRoadmap.ts";

export const DUE_WINDOW_DAYS = 60;

type Row = {
  key: string;
  due: string | null;
  title: string;
  kind: "obligation" | "task";
  href: string;
};

export function DueSoonCard({
  today,
  obligations,
  steps,
}: {
  today: string;
  obligations: Obligation[] | undefined;
  steps: RoadmapStep[] | undefined;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const until = addDays(today, DUE_WINDOW_DAYS);
  const rows: Row[] = [];
  for (const o of obligations ?? []) {
    if (o.status === "ok" && (o.nextDue === null || o.nextDue > until)) continue;
    rows.push({
      key: `o-${o.key}`,
      due: o.nextDue,
      title: bi(o.title),
      kind: "obligation",
      href: `/orgs/${org.id}/obligations`,
    });
  }
  for (const s of steps ?? []) {
    for (const task of s.tasks) {
      if (task.doneOn || !task.dueOn || task.dueOn > until) continue;
      rows.push({
        key: `t-${task.id}`,
        due: task.dueOn,
        title: task.title,
        kind: "task",
        href: `/orgs/${org.id}/roadmap`,
      });
    }
  }
  // Never done (no due day) first: it is as pressing as anything overdue.
  rows.sort((a, b) => (a.due ?? "").localeCompare(b.due ?? ""));

  return (
    <Card withBorder padding="md" data-testid="dashboard-due">
      <Text fw={700} mb="sm">
        {t("dashboard.due.title", { days: DUE_WINDOW_DAYS })}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("dashboard.due.none")}
        </Text>
      ) : (
        <Stack gap={6}>
          {rows.map((r) => {
            const late = r.due === null || r.due < today;
            return (
              <Group key={r.key} gap="sm" wrap="nowrap" data-testid={`due-${r.key}`}>
                <Text size="sm" w={120} c={late ? "red" : undefined} fw={late ? 600 : undefined}>
                  {r.due ? formatDate(r.due) : t("dashboard.due.never")}
                </Text>
                <Anchor
                  component={Link}
                  to={r.href}
                  size="sm"
                  truncate
                  title={r.title}
                  style={{ flex: 1, minWidth: 0 }}
                >
                  {r.title}
                </Anchor>
                <Badge variant="light" color={r.kind === "task" ? "blue" : "grape"}>
                  {t(`dashboard.due.${r.kind}`)}
                </Badge>
                {late && r.due !== null && (
                  <Badge color="red" variant="filled">
                    {t("dashboard.due.late")}
                  </Badge>
                )}
              </Group>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}
