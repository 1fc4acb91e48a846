// The work plan over the months: one row per construction step, its planned period as a bar
// (red when late), its tasks as dots on their due days, and a line at today.
import { Box, Group, ScrollArea, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { monthColumnLabel } from "../../components/date-labels.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { formatDate } from "../../lib/format.ts";
import { bi } from "../readiness/readiness-labels.ts";
import { addMonths, daysBetween } from "./plan-dates.ts";
import type { RoadmapStep, RoadmapTask } from "./useRoadmap.ts";

const MONTH_PX = 72;
const LABEL_PX = 210;
const ROW_PX = 30;

/** From the month before the earliest date to the month after the latest (today included). */
function range(steps: RoadmapStep[], today: string): { from: string; months: number } {
  const days = [today];
  for (const s of steps) {
    if (s.plannedStart) days.push(s.plannedStart);
    if (s.plannedEnd) days.push(s.plannedEnd);
    for (const t of s.tasks) if (t.dueOn) days.push(t.dueOn);
  }
  days.sort();
  const from = addMonths(days[0] ?? today, -1);
  const last = addMonths(days[days.length - 1] ?? today, 2);
  const months = Math.max(12, Math.round(daysBetween(from, last) / 30.44));
  return { from, months };
}

const barColor = (s: RoadmapStep) =>
  s.late
    ? "var(--mantine-color-red-6)"
    : s.status === "done"
      ? "var(--mantine-color-teal-6)"
      : s.status === "in_progress"
        ? "var(--mantine-color-blue-5)"
        : "var(--mantine-color-gray-5)";

const dotColor = (t: RoadmapTask) =>
  t.doneOn
    ? "var(--mantine-color-teal-7)"
    : t.late
      ? "var(--mantine-color-red-7)"
      : "var(--mantine-color-dark-4)";

export function RoadmapTimeline({ steps, today }: { steps: RoadmapStep[]; today: string }) {
  const { t } = useTranslation();
  const { from, months } = range(steps, today);
  const end = addMonths(from, months);
  const width = months * MONTH_PX;
  const x = (day: string) => (daysBetween(from, day) / daysBetween(from, end)) * width;
  const monthDays = Array.from({ length: months }, (_, i) => addMonths(from, i));

  return (
    <ScrollArea type="auto" data-testid="roadmap-timeline">
      <Box pos="relative" w={LABEL_PX + width} pb="xs">
        <Group gap={0} wrap="nowrap" h={26}>
          <Box w={LABEL_PX} />
          {monthDays.map((m) => (
            <Text
              key={m}
              size="xs"
              c="dimmed"
              w={MONTH_PX}
              style={{
                borderLeft: "1px solid var(--mantine-color-gray-3)",
                paddingLeft: 4,
                whiteSpace: "nowrap",
              }}
            >
              {monthColumnLabel(m, m.slice(5, 7) === "01" || m === from, currentLanguage())}
            </Text>
          ))}
        </Group>
        {steps.map((s) => {
          const start = s.plannedStart ?? s.plannedEnd;
          const stop = s.plannedEnd ?? s.plannedStart;
          return (
            <Group
              key={s.step}
              gap={0}
              wrap="nowrap"
              h={ROW_PX}
              data-testid={`timeline-step-${s.step}`}
              data-late={s.late}
            >
              <Text size="xs" w={LABEL_PX} pr="xs" truncate title={bi(s.title)}>
                {s.step}. {bi(s.title)}
              </Text>
              <Box
                pos="relative"
                w={width}
                h={ROW_PX}
                style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}
              >
                {start && stop && (
                  <Tooltip label={`${formatDate(s.plannedStart)} 〜 ${formatDate(s.plannedEnd)}`}>
                    <Box
                      pos="absolute"
                      top={8}
                      h={14}
                      left={x(start)}
                      w={Math.max(6, x(stop) - x(start) + MONTH_PX / 30)}
                      style={{ background: barColor(s), borderRadius: 4, opacity: 0.85 }}
                      data-testid={`timeline-bar-${s.step}`}
                    />
                  </Tooltip>
                )}
                {s.tasks
                  .filter((task) => task.dueOn)
                  .map((task) => (
                    <Tooltip key={task.id} label={`${task.title}（${formatDate(task.dueOn)}）`}>
                      <Box
                        pos="absolute"
                        top={10}
                        left={x(task.dueOn ?? today) - 5}
                        w={10}
                        h={10}
                        style={{
                          background: dotColor(task),
                          borderRadius: "50%",
                          border: "2px solid white",
                        }}
                        data-testid={`timeline-task-${task.id}`}
                      />
                    </Tooltip>
                  ))}
              </Box>
            </Group>
          );
        })}
        <Box
          pos="absolute"
          top={0}
          bottom={0}
          left={LABEL_PX + x(today)}
          w={2}
          style={{ background: "var(--mantine-color-red-5)" }}
          title={t("roadmap.today", { day: formatDate(today) })}
          data-testid="timeline-today"
        />
      </Box>
    </ScrollArea>
  );
}
