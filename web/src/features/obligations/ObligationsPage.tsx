// 定期の義務（PDCA）: the recurring duties with when each was last done, when it is due next and
// its status, in two parts: what needs doing now (overdue or never done) and what comes up. The
// duties done by hand are recorded as activity records (実施記録); the register-wide reviews say
// under their title which rows their figures come from (basis-line.ts). Below, the reminders
// and the calendar feed for Outlook or Google Calendar. On a phone each duty is a card instead
// of a table row (ObligationItems.tsx), so nothing scrolls sideways.
import { Alert, Card, Stack, Table, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { needsActionNow } from "@src/core/obligations/status.ts";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/PageHeader.tsx";
import { errorMessage } from "../../lib/notify.ts";
import { FullPageLoader } from "../../routes/RequireAuth.tsx";
import { useOrg } from "../orgs/OrgContext.tsx";
import { CalendarFeedPanel } from "./CalendarFeedPanel.tsx";
import { ObligationCard, ObligationRow } from "./ObligationItems.tsx";
import { ReminderSettingsPanel } from "./ReminderSettingsPanel.tsx";
import { type Obligation, useObligations } from "./useObligations.ts";

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
  // Below Mantine's sm breakpoint (48em, phones), as the register's filters fold.
  const phone = useMediaQuery("(max-width: 48em)", undefined, { getInitialValueInEffect: false });
  return (
    <Card withBorder padding="md" mb="lg" data-testid={testId}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {none}
        </Text>
      ) : phone ? (
        <Stack gap="sm" data-testid="obligations-cards">
          {items.map((o) => (
            <ObligationCard key={o.key} o={o} orgId={orgId} />
          ))}
        </Stack>
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
