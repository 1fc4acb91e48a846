// The signed-in user's open tasks of the work plan (in every organization they belong to),
// by due day; the assignee ticks one off here (the API lets an assignee set only doneOn).
import { Anchor, Badge, Card, Checkbox, Group, Stack, Text } from "@mantine/core";
import { can } from "@src/core/access/permissions.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { useOrgs } from "../orgs/useOrgs.ts";
import { type MyTask, useMyTasks, useSaveTask } from "../roadmap/useRoadmap.ts";

export function MyTasksCard({ today }: { today: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const tasks = useMyTasks();
  const orgs = useOrgs();
  // The work plan is a readiness page: roles without readiness.read get the title, no link.
  const planReadable = (orgId: string) =>
    can(orgs.data?.items.find((o) => o.id === orgId)?.role, "readiness.read");

  // A task may belong to another organization: it is ticked off there.
  const tick = useSaveTask(org.id, { notice: t("dashboard.myTasks.done"), errorsAs: "notice" });
  function done(task: MyTask) {
    void tick.run({
      id: task.id,
      orgId: task.orgId,
      body: { doneOn: tasks.data?.today ?? today },
    });
  }
  const open = (tasks.data?.items ?? [])
    .filter((task) => !task.doneOn)
    .sort((a, b) => (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999"));
  return (
    <Card withBorder padding="md" data-testid="dashboard-my-tasks">
      <Text fw={700} mb="sm">
        {t("dashboard.myTasks.title")}
      </Text>
      {tasks.isError && (
        <Text size="sm" c="red">
          {errorMessage(tasks.error)}
        </Text>
      )}
      {tasks.isSuccess && open.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("dashboard.myTasks.none")}
        </Text>
      )}
      <Stack gap={6}>
        {open.map((task) => {
          const late = Boolean(task.dueOn && task.dueOn < today);
          const other = task.orgId !== org.id;
          return (
            <Group key={task.id} gap="sm" wrap="nowrap" data-testid={`my-task-${task.id}`}>
              <Checkbox
                checked={false}
                onChange={() => done(task)}
                aria-label={t("dashboard.myTasks.markDone")}
                data-testid={`my-task-done-${task.id}`}
              />
              <Text size="sm" w={120} c={late ? "red" : undefined} fw={late ? 600 : undefined}>
                {task.dueOn ? formatDate(task.dueOn) : t("dashboard.myTasks.noDue")}
              </Text>
              {planReadable(task.orgId) ? (
                <Anchor
                  component={Link}
                  to={`/orgs/${task.orgId}/roadmap`}
                  size="sm"
                  style={{ flex: 1 }}
                >
                  {task.title}
                </Anchor>
              ) : (
                <Text size="sm" style={{ flex: 1 }}>
                  {task.title}
                </Text>
              )}
              <Badge variant="light" color="gray">
                {t("dashboard.myTasks.step", { step: task.step })}
              </Badge>
              {other && task.orgName && (
                <Badge variant="outline" color="gray">
                  {task.orgName}
                </Badge>
              )}
            </Group>
          );
        })}
      </Stack>
    </Card>
  );
}
