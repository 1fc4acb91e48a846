// 定期の義務（PDCA）: the recurring obligations with when each was last done, when it is due
// next and its status; the ones no other page records are recorded here. Below, the calendar
// feed for Outlook or Google Calendar. The register-wide reviews say under their title which
// rows their figures come from (basis-line.ts).
import { Alert, Anchor, Badge, Button, Card, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../../components/PageHeader.tsx";
import { formatDate } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { FullPageLoader } from "../../routes/RequireAuth.tsx";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { bi, fixHref } from "../readiness/readiness-labels.ts";
import { basisLine } from "./basis-line.ts";
import { CalendarFeedPanel } from "./CalendarFeedPanel.tsx";
import { RecordDoneModal } from "./RecordDoneModal.tsx";
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
  const editable = useCan("obligations.write");
  const list = useObligations(org.id);
  const [recording, setRecording] = useState<Obligation | null>(null);

  if (list.isPending) return <FullPageLoader inline />;
  if (list.isError) return <Alert color="red">{errorMessage(list.error)}</Alert>;
  const { items, today } = list.data;

  return (
    <>
      <PageHeader title={t("obligations.title")} description={t("obligations.intro")} />
      <Card withBorder padding="md" mb="lg">
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
                <Table.Tr key={o.key} data-testid={`obligation-${o.key}`} data-status={o.status}>
                  <Table.Td>
                    {bi(o.title)}
                    <BasisLine obligation={o} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {t("obligations.rhythm", { count: o.rhythmMonths })}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {o.lastDone ? formatDate(o.lastDone) : t("obligations.never")}
                  </Table.Td>
                  <Table.Td>
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
                    {o.source === "record" ? (
                      editable && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() => setRecording(o)}
                          data-testid={`obligation-record-${o.key}`}
                        >
                          {t("obligations.recordDone")}
                        </Button>
                      )
                    ) : (
                      <Anchor component={Link} to={fixHref(org.id, o.fixPath)} size="sm">
                        {t("obligations.openPage")}
                      </Anchor>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <ReminderSettingsPanel />
      <CalendarFeedPanel />
      <RecordDoneModal obligation={recording} today={today} onClose={() => setRecording(null)} />
    </>
  );
}

function BasisLine({ obligation }: { obligation: Obligation }) {
  const { t } = useTranslation();
  const line = basisLine(obligation, t);
  if (line === null) return null;
  return (
    <Text size="xs" c="dimmed" data-testid={`obligation-basis-${obligation.key}`}>
      {line}
    </Text>
  );
}
