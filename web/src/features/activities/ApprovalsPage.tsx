// 承認待ち: the records naming the signed-in user as approver that they have not approved yet,
// each shown as the approver needs to judge it (kind, day, who did it, notes, the records it
// rests on) with 承認する. For every role with activities.approve, including a member-role
// president, who sees these records and no other (the records page needs readiness.read).
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ListPagination } from "../../components/ListPagination.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { formatDate } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { bi } from "../readiness/readiness-labels.ts";
import { EvidenceLinks } from "./EvidenceLinks.tsx";
import { type Activity, useApproveActivity, useAwaitingApprovals } from "./useActivities.ts";

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <Text size="sm" c="dimmed" w={110} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
    </Group>
  );
}

function AwaitingCard({ record }: { record: Activity }) {
  const { t } = useTranslation();
  const org = useOrg();
  const readable = useCan("readiness.read");
  const approve = useApproveActivity(org.id, {
    notice: t("activities.approved"),
    errorsAs: "notice",
  });
  return (
    <Card withBorder padding="md" data-testid={`awaiting-${record.kind}`}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap="xs">
          <Text fw={700}>{bi(record.kindLabel)}</Text>
          <Badge color="orange" variant="light">
            {t("activities.approval.pending")}
          </Badge>
        </Group>
        {readable && (
          <Anchor component={Link} to={`/orgs/${org.id}/activities?record=${record.id}`} size="sm">
            {t("activities.awaiting.open")}
          </Anchor>
        )}
      </Group>
      <Stack gap={6}>
        <Field label={t("activities.col.performedOn")}>
          <Text size="sm">{formatDate(record.performedOn)}</Text>
        </Field>
        <Field label={t("activities.col.performedBy")}>
          <Text size="sm">{record.performedByName ?? "—"}</Text>
        </Field>
        <Field label={t("activities.awaiting.recordedBy")}>
          <Text size="sm">{record.createdByName ?? "—"}</Text>
        </Field>
        <Field label={t("activities.col.notes")}>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {record.notes ?? "—"}
          </Text>
        </Field>
        <Field label={t("activities.evidence.title")}>
          <EvidenceLinks evidence={record.evidence} />
        </Field>
      </Stack>
      <Group mt="md">
        <Button
          onClick={() => void approve.run(record.id)}
          loading={approve.busy}
          data-testid={`awaiting-approve-${record.id}`}
        >
          {t("activities.approve")}
        </Button>
        <Text size="xs" c="dimmed">
          {t("activities.approveHint")}
        </Text>
      </Group>
    </Card>
  );
}

export default function ApprovalsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const [page, setPage] = useState(1);
  const list = useAwaitingApprovals(org.id, { page });
  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t("activities.awaiting.title")}
        description={t("activities.awaiting.intro")}
      />
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      <Stack gap="md" data-testid="awaiting-list">
        {list.isSuccess && items.length === 0 && (
          <Text c="dimmed" data-testid="awaiting-empty">
            {t("activities.awaiting.none")}
          </Text>
        )}
        {items.map((record) => (
          <AwaitingCard key={record.id} record={record} />
        ))}
      </Stack>
      <ListPagination
        total={list.data?.total ?? 0}
        page={page}
        onChange={setPage}
        testId="awaiting-pages"
      />
    </>
  );
}
