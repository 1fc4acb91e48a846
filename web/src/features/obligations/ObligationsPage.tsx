// 定期の義務（PDCA）: the recurring duties with when each was last done, when it is due next and
// its status, in two parts: what needs doing now (overdue or never done) and what comes up. The
// duties done by hand are recorded as activity records (実施記録); the register-wide reviews say
// under their title which rows their figures come from (basis-line.ts). Below, the reminders
// and the calendar feed for Outlook or Google Calendar.
import { Alert, Anchor, Badge, Card, Stack, Table, Text, Title } from "@mantine/core";
import { needsActionNow } from "@src/core/obligations/status.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../../components/PageHeader.tsx";
import { formatDate } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { FullPageLoader } from "../../routes/RequireAuth.tsx";
import { useOrg } from "../orgs/OrgContext.tsx";
import { bi, fixHref } from "../readiness/readiness-labels.ts";
import { basisLine } from "./basis-line.ts";
import { CalendarFeedPanel } from "./CalendarFeedPanel.tsx";
import { ReminderSettingsPanel } from "./ReminderSettingsPanel.tsx";
import { type Obligation, type ObligationStatus, useObligations } from "./useObligations.ts";

const statusColor: Record<ObligationStatus, string> = {
  ok: "teal",
  due_soon: "yellow",
  overdue: "red",
  never: "red",
};

export default function ObligationsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const list = useObligations(org.id);

  if (list.isPending) return <FullPageLoader inline />;
  if (list.isError) return <Alert color="red">{errorMessage(list.error)}</Alert>;
  const { items } = list.data;
  const now = items.filter((o) => needsActionNow(o.status));
  const upcoming = items.filter((o) => !needsActionNow(o.status));

  return (
    <>
      <PageHeader title={t("obligations.title")} />
      <Stack gap={2} mb="lg" maw={820} data-testid="obligations-intro">
        <Text size="sm" c="dimmed">
          {t("obligations.intro")}
        </Text>
        <Text size="sm" c="dimmed">
          {t("obligations.intro2")}
        </Text>
      </Stack>
      <Section
        title={t("obligations.section.now")}
        none={t("obligations.section.nowNone")}
        items={now}
        testId="obligations-now"
        orgId={org.id}
      />
      <Section
        title={t("obligations.section.upcoming")}
        none={t("obligations.section.upcomingNone")}
        items={upcoming}
        testId="obligations-upcoming"
        orgId={org.id}
      />
      <ReminderSettingsPanel />
      <CalendarFeedPanel />
    </>
  );
}

function Section({
  title,
  none,
  items,
  testId,
  orgId,
}: {
  title: string;
  none: string;
  items: Obligation[];
  testId: string;
  orgId: string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" mb="lg" data-testid={testId}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {none}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" data-testid="obligations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("obligations.col.title")}</Table.Th>
                <Table.Th>{t("obligations.col.rhythm")}</Table.Th>
                <Table.Th>{t("obligations.col.lastDone")}</Table.Th>
                <Table.Th>{t("obligations.col.nextDue")}</Table.Th>
                <Table.Th>{t("obligations.col.status")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((o) => (
                <ObligationRow key={o.key} o={o} orgId={orgId} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

function ObligationRow({ o, orgId }: { o: Obligation; orgId: string }) {
  const { t } = useTranslation();
  const line = basisLine(o, t);
  return (
    <Table.Tr data-testid={`obligation-${o.key}`} data-status={o.status}>
      <Table.Td>
        {bi(o.title)}
        {line !== null && (
          <Text size="xs" c="dimmed" data-testid={`obligation-basis-${o.key}`}>
            {line}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>
        {t("obligations.rhythm", { count: o.rhythmMonths })}
      </Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }} data-testid={`obligation-last-${o.key}`}>
        {o.lastDone ? formatDate(o.lastDone) : t("obligations.never")}
        {/* A register-wide review counts from its oldest row, not its latest action. */}
        {o.lastDone && o.source === "derived" && (
          <Text size="xs" c="dimmed">
            {t("obligations.oldestRow")}
          </Text>
        )}
      </Table.Td>
      <Table.Td data-testid={`obligation-due-${o.key}`}>
        {o.nextDue ? formatDate(o.nextDue) : "—"}
        {o.daysUntilDue !== null && o.status !== "ok" && (
          <Text span size="xs" c="dimmed">
            {" "}
            {o.daysUntilDue < 0
              ? t("obligations.daysLate", { count: -o.daysUntilDue })
              : t("obligations.daysLeft", { count: o.daysUntilDue })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {/* The full word (期限切れ, 期限間近) even in a narrow column. */}
        <Badge color={statusColor[o.status]} variant="light" miw="max-content">
          {t(`obligations.status.${o.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
        <Anchor
          component={Link}
          to={fixHref(orgId, o.fixPath)}
          size="sm"
          data-testid={`obligation-open-${o.key}`}
        >
          {o.source === "record" ? t("obligations.recordDone") : t("obligations.openPage")}
        </Anchor>
      </Table.Td>
    </Table.Tr>
  );
}
