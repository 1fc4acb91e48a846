// One person's education over every fiscal year (受講履歴), opened from the people view: per
// year, each course with its state, due day, best score and attempts, and the completion day and
// way, with the certificate (修了証) of every completed one. What an examiner asks to see when
// they pick a member of staff.
import { Alert, Anchor, Badge, Drawer, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { historyByYear, STATE_COLORS, viaKey } from "./tracking-labels.ts";
import { certificatePath } from "./useEducationTracking.ts";
import { usePersonHistory } from "./usePeopleTracking.ts";

export function PersonHistoryDrawer({
  orgId,
  personId,
  onClose,
}: {
  orgId: string;
  personId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const history = usePersonHistory(orgId, personId);
  // The previous person's history stays in the cache: show it only for the person asked for.
  const data = history.data?.person.id === personId ? history.data : undefined;
  const years = historyByYear(data?.items ?? []);
  const person = data?.person;

  return (
    <Drawer
      opened={personId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        <Text fw={600}>
          {person
            ? t("educationTracking.history.title", { name: person.name })
            : t("educationTracking.history.heading")}
        </Text>
      }
      closeButtonProps={{ "aria-label": t("educationTracking.close") }}
    >
      <Stack data-testid="edu-person-history">
        {history.isError && <Alert color="red">{errorMessage(history.error)}</Alert>}
        {!data && !history.isError && <Text c="dimmed">{t("common.loading")}</Text>}
        {person && (
          <Text size="sm" c="dimmed" data-testid="edu-history-person">
            {[
              person.departmentName,
              person.joinedOn &&
                t("educationTracking.history.joined", { date: formatDate(person.joinedOn) }),
              person.leftOn &&
                t("educationTracking.history.leftOn", { date: formatDate(person.leftOn) }),
            ]
              .filter(Boolean)
              .join("・")}
          </Text>
        )}
        {data && years.length === 0 && (
          <Text c="dimmed">{t("educationTracking.history.empty")}</Text>
        )}
        {years.map((year) => (
          <Stack key={year.fiscalYear} gap={4} data-testid="edu-history-year">
            <Title order={5}>
              {t("educationTracking.history.fiscalYear", { year: year.fiscalYear })}
            </Title>
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing={6} striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("educationTracking.course")}</Table.Th>
                    <Table.Th>{t("educationTracking.col.state")}</Table.Th>
                    <Table.Th>{t("educationTracking.col.due")}</Table.Th>
                    <Table.Th>{t("educationTracking.col.score")}</Table.Th>
                    <Table.Th>{t("educationTracking.col.completed")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {year.items.map((item) => (
                    <Table.Tr key={item.assignmentId} data-testid="edu-history-row">
                      <Table.Td>
                        <Text size="sm">{item.courseTitle}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge
                          color={STATE_COLORS[item.state]}
                          variant="light"
                          data-testid="edu-history-state"
                        >
                          {t(`educationTracking.state.${item.state}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDate(item.dueOn)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {item.bestScore === null
                            ? "—"
                            : t("educationTracking.score", {
                                score: item.bestScore,
                                attempts: item.attemptCount,
                              })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {item.completedOn
                            ? `${formatDate(item.completedOn)}（${t(viaKey(item.completedVia))}）`
                            : "—"}
                        </Text>
                        {item.completedOn && (
                          <Anchor
                            href={certificatePath(orgId, item.assignmentId)}
                            download
                            size="xs"
                            data-testid="edu-history-certificate"
                          >
                            {t("educationTracking.certificate")}
                          </Anchor>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        ))}
      </Stack>
    </Drawer>
  );
}
