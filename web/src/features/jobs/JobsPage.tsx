// 定期処理とバックアップ: the installation's background jobs (mail delivery, reminders,
// invitation expiry, the automatic backup) with their rhythm, next run and last outcome, and
// the automatic backup's state. The page reads again every half minute.
import { Alert, Badge, Card, Group, Stack, Table, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/PageHeader.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { FullPageLoader } from "../../routes/RequireAuth.tsx";
import { useOrg } from "../orgs/OrgContext.tsx";
import { type BackupStatus, type Job, useJobs } from "./useJobs.ts";

function rhythm(seconds: number, t: TFunction): string {
  if (seconds % 86400 === 0) return t("jobs.every.days", { count: seconds / 86400 });
  if (seconds % 3600 === 0) return t("jobs.every.hours", { count: seconds / 3600 });
  if (seconds % 60 === 0) return t("jobs.every.minutes", { count: seconds / 60 });
  return t("jobs.every.seconds", { count: seconds });
}

function Outcome({ job }: { job: Job }) {
  const { t } = useTranslation();
  if (job.running) return <Badge color="blue">{t("jobs.running")}</Badge>;
  if (!job.lastStatus) return <Text c="dimmed">{t("jobs.notYet")}</Text>;
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Badge color={job.lastStatus === "ok" ? "teal" : "red"}>
          {t(`jobs.status.${job.lastStatus}`)}
        </Badge>
        {job.failuresInRow > 1 && (
          <Text size="xs" c="red">
            {t("jobs.failuresInRow", { count: job.failuresInRow })}
          </Text>
        )}
      </Group>
      {job.lastSummary && (
        <Text size="xs" c="dimmed" data-testid={`job-summary-${job.name}`}>
          {job.lastSummary}
        </Text>
      )}
    </Stack>
  );
}

function BackupCard({ backup }: { backup: BackupStatus }) {
  const { t } = useTranslation();
  if (!backup.embedded) {
    return (
      <Alert color="gray" mb="lg" title={t("jobs.backup.title")} data-testid="backup-card">
        {t("jobs.backup.serverMode")}
      </Alert>
    );
  }
  const color = { none: "gray", ok: "teal", failed: "red", stale: "yellow" }[backup.state];
  return (
    <Card withBorder padding="md" mb="lg" data-testid="backup-card" data-state={backup.state}>
      <Stack gap="xs">
        <Group gap="sm">
          <Text fw={700}>{t("jobs.backup.title")}</Text>
          <Badge color={color}>{t(`jobs.backup.state.${backup.state}`)}</Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t("jobs.backup.explain")}
        </Text>
        <Text size="sm">
          {t("jobs.backup.last", {
            at: backup.lastSucceededAt ? formatDateTime(backup.lastSucceededAt) : "—",
          })}
          {backup.lastSummary ? `（${backup.lastSummary}）` : ""}
        </Text>
        <Text size="sm">
          {t("jobs.backup.next", {
            at: backup.nextRunAt ? formatDateTime(backup.nextRunAt) : "—",
          })}
        </Text>
      </Stack>
    </Card>
  );
}

export default function JobsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const jobs = useJobs(org.id);
  if (jobs.isPending) return <FullPageLoader inline />;
  if (jobs.isError) return <Alert color="red">{errorMessage(jobs.error)}</Alert>;
  const { items, enabled, backup } = jobs.data;

  return (
    <>
      <PageHeader title={t("jobs.title")} description={t("jobs.intro")} />
      {!enabled && (
        <Alert color="yellow" mb="lg" data-testid="jobs-disabled">
          {t("jobs.disabled")}
        </Alert>
      )}
      <BackupCard backup={backup} />
      <Card withBorder padding="md">
        {items.length === 0 ? (
          <Text c="dimmed">{t("jobs.none")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" data-testid="jobs-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("jobs.col.name")}</Table.Th>
                  <Table.Th>{t("jobs.col.every")}</Table.Th>
                  <Table.Th>{t("jobs.col.last")}</Table.Th>
                  <Table.Th>{t("jobs.col.outcome")}</Table.Th>
                  <Table.Th>{t("jobs.col.next")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((job) => (
                  <Table.Tr key={job.name} data-testid={`job-${job.name}`}>
                    <Table.Td>
                      <Text size="sm">
                        {t(`jobs.names.${job.name}`, { defaultValue: job.name })}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {job.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>{rhythm(job.everySeconds, t)}</Table.Td>
                    <Table.Td>
                      {job.lastFinishedAt ? formatDateTime(job.lastFinishedAt) : "—"}
                    </Table.Td>
                    <Table.Td>
                      <Outcome job={job} />
                    </Table.Td>
                    <Table.Td>{formatDateTime(job.nextRunAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </>
  );
}
