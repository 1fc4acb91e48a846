// 報告書・理解度 (a tab of 教育): the plan's 教育実施サマリー — per course the targets,
// completions, rate and dates, and the totals the application asks for (the same numbers as
// the xlsx and PDF downloads) — each course's 教育実施報告書, and the 理解度 of a course.
import { Alert, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { DownloadButton } from "../../components/PageButtons.tsx";
import { formatDate } from "../../lib/format.ts";
import { UnderstandingPanel } from "./UnderstandingPanel.tsx";
import { courseReportPath, summaryPath, useSummary } from "./useEducationSessions.ts";

/** Headings stay on one line; the table scrolls sideways on a narrow screen. */
const nowrap = { whiteSpace: "nowrap" } as const;
const rate = (r: number | null) => (r === null ? "―" : `${r.toFixed(1)}%`);
const period = (from: string | null, to: string | null) =>
  from || to ? `${formatDate(from)}〜${formatDate(to)}` : "";

export default function ReportsTab({ orgId, planId }: { orgId: string; planId: string | null }) {
  const { t } = useTranslation();
  const summary = useSummary(orgId, planId);
  if (!planId) return <Text c="dimmed">{t("educationReports.noPlan")}</Text>;
  const s = summary.data;
  const totals = s?.totals;
  return (
    <Stack data-testid="edu-reports">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={4}>{t("educationReports.title")}</Title>
          {s ? (
            <Text size="sm" c="dimmed">
              {t("educationReports.period", {
                from: formatDate(s.plan.periodStart),
                to: formatDate(s.plan.periodEnd),
              })}
            </Text>
          ) : null}
        </div>
        <Group gap="xs">
          <DownloadButton href={summaryPath(orgId, planId, "xlsx")} testId="edu-summary-xlsx">
            {t("educationReports.xlsx")}
          </DownloadButton>
          <DownloadButton href={summaryPath(orgId, planId, "pdf")} testId="edu-summary-pdf">
            {t("educationReports.pdf")}
          </DownloadButton>
        </Group>
      </Group>
      <ListTable minWidth={980} loading={summary.isFetching} testId="edu-summary-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={nowrap}>{t("educationReports.col.course")}</Table.Th>
            <Table.Th style={nowrap}>{t("educationReports.col.audience")}</Table.Th>
            <Table.Th style={nowrap}>{t("educationReports.col.delivery")}</Table.Th>
            <Table.Th style={nowrap}>{t("educationReports.col.window")}</Table.Th>
            <Table.Th ta="right" style={nowrap}>
              {t("educationReports.col.targets")}
            </Table.Th>
            <Table.Th ta="right" style={nowrap}>
              {t("educationReports.col.completed")}
            </Table.Th>
            <Table.Th ta="right" style={nowrap}>
              {t("educationReports.col.rate")}
            </Table.Th>
            <Table.Th style={nowrap}>{t("educationReports.col.first")}</Table.Th>
            <Table.Th style={nowrap}>{t("educationReports.col.last")}</Table.Th>
            <Table.Th style={nowrap}>{t("educationReports.col.all")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {!s || s.courses.length === 0 ? (
            <EmptyRow colSpan={11} loading={summary.isLoading} text={t("educationReports.empty")} />
          ) : (
            s.courses.map((c) => (
              <Table.Tr key={c.id} data-testid="edu-summary-row">
                <Table.Td>{c.title}</Table.Td>
                <Table.Td>{c.audienceLabel}</Table.Td>
                <Table.Td>{c.deliveryLabel}</Table.Td>
                <Table.Td>{period(c.scheduledFrom, c.scheduledTo)}</Table.Td>
                <Table.Td ta="right">{c.targets}</Table.Td>
                <Table.Td ta="right">{c.completed}</Table.Td>
                <Table.Td ta="right">{rate(c.rate)}</Table.Td>
                <Table.Td>{formatDate(c.firstCompletedOn)}</Table.Td>
                <Table.Td>{formatDate(c.lastCompletedOn)}</Table.Td>
                <Table.Td>
                  {c.allCompletedOn ? formatDate(c.allCompletedOn) : t("educationReports.notYet")}
                </Table.Td>
                <Table.Td>
                  <DownloadButton href={courseReportPath(orgId, c.id)} testId="edu-course-report">
                    {t("educationReports.courseReport")}
                  </DownloadButton>
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </ListTable>
      {totals ? (
        <Alert
          color={totals.allStaffCompletedOn ? "green" : "yellow"}
          data-testid="edu-summary-totals"
        >
          <Text size="sm">
            {t("educationReports.totals", {
              targeted: totals.peopleTargeted,
              completed: totals.peopleCompleted,
              all: totals.peopleCompletedAll,
            })}
          </Text>
          <Text size="sm">
            {totals.allStaffCompletedOn
              ? t("educationReports.staffDone", {
                  count: totals.staffInOffice,
                  on: formatDate(totals.allStaffCompletedOn),
                })
              : t("educationReports.staffMissing", {
                  count: totals.staffInOffice,
                  done: totals.staffInOfficeCompleted,
                  missing: totals.staffInOffice - totals.staffInOfficeCompleted,
                })}
          </Text>
        </Alert>
      ) : null}
      <UnderstandingPanel
        orgId={orgId}
        courses={(s?.courses ?? []).map((c) => ({ value: c.id, label: c.title }))}
      />
    </Stack>
  );
}
