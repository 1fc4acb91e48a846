// One recurring duty on the 定期の義務 page: a table row on wider screens, a card on a phone
// (below Mantine's sm breakpoint a six-column table would scroll sideways). Both show the same
// parts under the same test ids, so a check reads either.
import { Anchor, Badge, Card, Group, Stack, Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../lib/format.ts";
import { bi, fixHref } from "../readiness/readiness-labels.ts";
import { basisLine } from "./basis-line.ts";
import type { Obligation, ObligationStatus } from "./useObligations.ts";

const statusColor: Record<ObligationStatus, string> = {
  ok: "teal",
  due_soon: "yellow",
  overdue: "red",
  never: "red",
};

function Title({ o }: { o: Obligation }) {
  const { t } = useTranslation();
  const line = basisLine(o, t);
  return (
    <>
      {bi(o.title)}
      {line !== null && (
        <Text size="xs" c="dimmed" data-testid={`obligation-basis-${o.key}`}>
          {line}
        </Text>
      )}
    </>
  );
}

function LastDone({ o }: { o: Obligation }) {
  const { t } = useTranslation();
  return (
    <>
      {o.lastDone ? formatDate(o.lastDone) : t("obligations.never")}
      {/* A register-wide review counts from its oldest row, not its latest action; the
          education from its latest completion (its own note). */}
      {o.lastDone && o.source === "derived" && (
        <Text size="xs" c="dimmed">
          {t([`obligations.lastDoneNote.${o.key}`, "obligations.oldestRow"])}
        </Text>
      )}
    </>
  );
}

function NextDue({ o }: { o: Obligation }) {
  const { t } = useTranslation();
  return (
    <>
      {o.nextDue ? formatDate(o.nextDue) : "—"}
      {o.daysUntilDue !== null && o.status !== "ok" && (
        <Text span size="xs" c="dimmed">
          {" "}
          {o.daysUntilDue < 0
            ? t("obligations.daysLate", { count: -o.daysUntilDue })
            : t("obligations.daysLeft", { count: o.daysUntilDue })}
        </Text>
      )}
    </>
  );
}

function StatusBadge({ o }: { o: Obligation }) {
  const { t } = useTranslation();
  // The full word (期限切れ, 期限間近) even in a narrow column.
  return (
    <Badge color={statusColor[o.status]} variant="light" miw="max-content">
      {t(`obligations.status.${o.status}`)}
    </Badge>
  );
}

function OpenLink({ o, orgId }: { o: Obligation; orgId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to={fixHref(orgId, o.fixPath)}
      size="sm"
      data-testid={`obligation-open-${o.key}`}
    >
      {o.source === "record" ? t("obligations.recordDone") : t("obligations.openPage")}
    </Anchor>
  );
}

export function ObligationRow({ o, orgId }: { o: Obligation; orgId: string }) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid={`obligation-${o.key}`} data-status={o.status}>
      <Table.Td>
        <Title o={o} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>
        {t("obligations.rhythm", { count: o.rhythmMonths })}
      </Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }} data-testid={`obligation-last-${o.key}`}>
        <LastDone o={o} />
      </Table.Td>
      <Table.Td data-testid={`obligation-due-${o.key}`}>
        <NextDue o={o} />
      </Table.Td>
      <Table.Td>
        <StatusBadge o={o} />
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
        <OpenLink o={o} orgId={orgId} />
      </Table.Td>
    </Table.Tr>
  );
}

/** A label and its value on one line of a card, wrapping under the label when narrow. */
function Field({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="xs" c="dimmed" w={72} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ minWidth: 0 }} data-testid={testId}>
        {children}
      </Text>
    </Group>
  );
}

export function ObligationCard({ o, orgId }: { o: Obligation; orgId: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid={`obligation-${o.key}`} data-status={o.status}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text size="sm" fw={600} component="div" style={{ minWidth: 0 }}>
            <Title o={o} />
          </Text>
          <StatusBadge o={o} />
        </Group>
        <Field label={t("obligations.col.rhythm")}>
          {t("obligations.rhythm", { count: o.rhythmMonths })}
        </Field>
        <Field label={t("obligations.col.lastDone")} testId={`obligation-last-${o.key}`}>
          <LastDone o={o} />
        </Field>
        <Field label={t("obligations.col.nextDue")} testId={`obligation-due-${o.key}`}>
          <NextDue o={o} />
        </Field>
        <Group justify="flex-end">
          <OpenLink o={o} orgId={orgId} />
        </Group>
      </Stack>
    </Card>
  );
}
