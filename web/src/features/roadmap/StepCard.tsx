// One construction step of the work plan: its status, planned period (late in red), the
// readiness rules behind it, and its tasks with done/edit/delete.
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconCalendarEvent, IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/format.ts";
import { bi, stepColor } from "../readiness/readiness-labels.ts";
import type { RoadmapStep, RoadmapTask } from "./useRoadmap.ts";

export function StepCard({
  step,
  editable,
  canTick,
  onPlan,
  onAddTask,
  onEditTask,
  onDeleteTask,
  onToggleDone,
}: {
  step: RoadmapStep;
  editable: boolean;
  /** Planners tick any task; an assignee only their own. */
  canTick: (task: RoadmapTask) => boolean;
  onPlan: () => void;
  onAddTask: () => void;
  onEditTask: (task: RoadmapTask) => void;
  onDeleteTask: (task: RoadmapTask) => void;
  onToggleDone: (task: RoadmapTask, done: boolean) => void;
}) {
  const { t } = useTranslation();
  const applicable = step.rules.ok + step.rules.gap;
  return (
    <Card
      withBorder
      padding="sm"
      data-testid={`roadmap-step-${step.step}`}
      data-status={step.status}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={3} size="h5">
                {t("readiness.stepTitle", { step: step.step, title: bi(step.title) })}
              </Title>
              <Badge color={stepColor[step.status]} variant="light">
                {t(`readiness.stepStatus.${step.status}`)}
              </Badge>
              {step.late && (
                <Badge color="red" variant="filled" data-testid={`roadmap-late-${step.step}`}>
                  {t("roadmap.late")}
                </Badge>
              )}
            </Group>
            <Text size="sm" c={step.late ? "red" : "dimmed"}>
              {step.plannedStart || step.plannedEnd
                ? t("roadmap.planned", {
                    period: `${formatDate(step.plannedStart)} 〜 ${formatDate(step.plannedEnd)}`,
                  })
                : t("roadmap.notPlanned")}
              {"　"}
              {applicable > 0 && t("roadmap.rules", { ok: step.rules.ok, total: applicable })}
              {step.tasksTotal > 0 &&
                `　${t("roadmap.tasksDone", { done: step.tasksDone, total: step.tasksTotal })}`}
            </Text>
            {step.note && (
              <Text size="xs" c="dimmed">
                {step.note}
              </Text>
            )}
          </Stack>
          {editable && (
            <Group gap="xs" wrap="nowrap">
              <Button
                size="compact-sm"
                variant="default"
                leftSection={<IconCalendarEvent size={14} />}
                onClick={onPlan}
                data-testid={`roadmap-plan-${step.step}`}
              >
                {t("roadmap.plan")}
              </Button>
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconPlus size={14} />}
                onClick={onAddTask}
                data-testid={`roadmap-add-task-${step.step}`}
              >
                {t("roadmap.task.add")}
              </Button>
            </Group>
          )}
        </Group>
        {step.tasks.length > 0 && (
          <Table verticalSpacing={4} fz="sm">
            <Table.Tbody>
              {step.tasks.map((task) => (
                <Table.Tr key={task.id} data-testid={`task-${task.id}`}>
                  <Table.Td w={32}>
                    <Checkbox
                      checked={Boolean(task.doneOn)}
                      disabled={!canTick(task)}
                      onChange={(e) => onToggleDone(task, e.currentTarget.checked)}
                      aria-label={t("roadmap.task.done")}
                      data-testid={`task-done-${task.id}`}
                    />
                  </Table.Td>
                  <Table.Td td={task.doneOn ? "line-through" : undefined}>{task.title}</Table.Td>
                  <Table.Td w={110}>
                    <Badge variant="light" color={task.owner === "client" ? "blue" : "grape"}>
                      {t(`roadmap.owner.${task.owner}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td w={140}>{task.assigneeName ?? "—"}</Table.Td>
                  <Table.Td w={150} c={task.late ? "red" : undefined}>
                    {task.doneOn
                      ? t("roadmap.task.doneOnText", { day: formatDate(task.doneOn) })
                      : formatDate(task.dueOn)}
                  </Table.Td>
                  {editable && (
                    <Table.Td w={70}>
                      <Group gap={2} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          onClick={() => onEditTask(task)}
                          aria-label={t("common.edit")}
                          data-testid={`task-edit-${task.id}`}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          onClick={() => onDeleteTask(task)}
                          aria-label={t("common.delete")}
                          data-testid={`task-delete-${task.id}`}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
