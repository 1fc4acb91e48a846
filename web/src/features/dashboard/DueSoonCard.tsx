// Home's due list, in two parts: what needs doing now (recurring duties overdue or never done,
// open work-plan tasks past their due day) and what falls due in the next 60 days, each by date.
// An overdue item is never listed as "due within 60 days". Texts: obligations.due.* (the
// PDCA page's locale files).
import { Anchor, Badge, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../lib/format.ts";
import type { Obligation } from "../obligations/useObligations.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { daysBetween } from "../roadmap/plan-dates.ts";
import type { RoadmapStep } from "../roadmap/useRoadmap.ts";
import { DUE_WINDOW_DAYS, type DueRow, dueRows } from "./due-rows.ts";

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
  const { now, upcoming } = dueRows(today, obligations ?? [], steps ?? [], org.id);

  return (
    <Card withBorder padding="md" data-testid="dashboard-due">
      <Text fw={700} mb="sm">
        {t("obligations.due.title")}
      </Text>
      {now.length === 0 && upcoming.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("obligations.due.none", { days: DUE_WINDOW_DAYS })}
        </Text>
      ) : (
        <Stack gap="sm">
          {now.length > 0 && (
            <DueGroup
              label={t("obligations.due.now")}
              rows={now}
              today={today}
              testId="dashboard-due-now"
            />
          )}
          <DueGroup
            label={t("obligations.due.upcoming", { days: DUE_WINDOW_DAYS })}
            rows={upcoming}
            today={today}
            testId="dashboard-due-upcoming"
            none={t("obligations.due.noneUpcoming", { days: DUE_WINDOW_DAYS })}
          />
        </Stack>
      )}
    </Card>
  );
}

function DueGroup({
  label,
  rows,
  today,
  testId,
  none,
}: {
  label: string;
  rows: DueRow[];
  today: string;
  testId: string;
  none?: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid={testId}>
      <Text size="xs" fw={700} c="dimmed">
        {label}
      </Text>
      {rows.length === 0 && none && (
        <Text size="sm" c="dimmed">
          {none}
        </Text>
      )}
      {rows.map((r) => {
        const late = r.due === null || r.due < today;
        return (
          // On a phone the badges move under the line rather than squeezing the title to 「個人…」.
          <Group key={r.key} gap="sm" style={{ rowGap: 2 }} data-testid={`due-${r.key}`}>
            <Text size="sm" w={120} c={late ? "red" : undefined} fw={late ? 600 : undefined}>
              {r.due ? formatDate(r.due) : t("obligations.due.never")}
            </Text>
            <Anchor
              component={Link}
              to={r.href}
              size="sm"
              lineClamp={2}
              title={r.title}
              style={{ flex: "1 1 12em", minWidth: 0 }}
            >
              {r.title}
            </Anchor>
            <Badge variant="light" color={r.kind === "task" ? "blue" : "grape"}>
              {t(`obligations.due.${r.kind}`)}
            </Badge>
            {r.due !== null && r.due < today && (
              <Badge color="red" variant="filled">
                {t("obligations.due.late", { count: daysBetween(r.due, today) })}
              </Badge>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
