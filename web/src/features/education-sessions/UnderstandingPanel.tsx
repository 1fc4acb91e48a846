// 理解度 of one course: from each person's first attempt only (before any retry, so it shows
// what people understood rather than what they memorised from the explanations). The weakest
// questions first, with the rate, the choices chosen (the most chosen wrong answer marked)
// and the departments with the lowest rate.
import { Badge, Card, Group, Progress, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useUnderstanding } from "./useEducationSessions.ts";

const rate = (r: number | null) => (r === null ? "―" : `${r.toFixed(1)}%`);

export function UnderstandingPanel({
  orgId,
  courses,
}: {
  orgId: string;
  courses: Array<{ value: string; label: string }>;
}) {
  const { t } = useTranslation();
  const [courseId, setCourseId] = useState<string | null>(null);
  useEffect(() => {
    if (!courses.some((c) => c.value === courseId)) setCourseId(courses[0]?.value ?? null);
  }, [courses, courseId]);
  const u = useUnderstanding(orgId, courseId).data;
  const byId = new Map((u?.questions ?? []).map((q) => [q.questionId, q]));
  const weakest = (u?.weakest ?? []).map((id) => byId.get(id)).filter((q) => q !== undefined);
  return (
    <Stack data-testid="edu-understanding">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={4}>{t("educationReports.understanding.title")}</Title>
          <Text size="sm" c="dimmed">
            {t("educationReports.understanding.firstOnly")}
          </Text>
        </div>
        <Select
          label={t("educationReports.understanding.course")}
          data={courses}
          value={courseId}
          onChange={setCourseId}
          allowDeselect={false}
          w={320}
          data-testid="edu-understanding-course"
        />
      </Group>
      {u && u.people === 0 ? (
        <Text c="dimmed">{t("educationReports.understanding.none")}</Text>
      ) : null}
      {u && u.people > 0 ? (
        <Text size="sm">
          {t("educationReports.understanding.respondents", { count: u.people })}
        </Text>
      ) : null}
      {weakest.map((q) => (
        <Card key={q.questionId} withBorder data-testid="edu-weak-question">
          <Group justify="space-between" wrap="nowrap">
            <Text fw={600}>
              {t("educationReports.understanding.question", { n: q.number })}　{q.prompt}
            </Text>
            <Badge color={(q.rate ?? 0) < 60 ? "red" : (q.rate ?? 0) < 80 ? "orange" : "green"}>
              {rate(q.rate)}（{q.correct}/{q.answered}）
            </Badge>
          </Group>
          <Table mt="xs" verticalSpacing={2}>
            <Table.Tbody>
              {q.choices.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td w="55%">
                    {c.text}
                    {c.correct ? (
                      <Badge ml="xs" size="xs" color="green">
                        {t("educationReports.understanding.correct")}
                      </Badge>
                    ) : null}
                    {c.id === q.topWrongChoiceId ? (
                      <Badge ml="xs" size="xs" color="red">
                        {t("educationReports.understanding.topWrong")}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Progress
                      value={q.answered ? (c.count * 100) / q.answered : 0}
                      color={c.correct ? "green" : "red"}
                    />
                  </Table.Td>
                  <Table.Td w={60} ta="right">
                    {t("educationReports.understanding.people", { count: c.count })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed" mt="xs">
            {t("educationReports.understanding.departments")}：
            {q.departments
              .slice(0, 3)
              .map(
                (d) =>
                  `${d.departmentName ?? t("educationSessions.noDepartment")} ${rate(d.rate)}（${d.correct}/${d.answered}）`,
              )
              .join("、")}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
