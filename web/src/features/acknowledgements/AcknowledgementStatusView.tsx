// 確認状況 of one version: the counts (asked, confirmed, not yet, overdue, left), the people
// with search, department and status filters and paging, 「未確認者に再通知」 (owners and
// admins), the printed list of those not yet confirmed, and paper confirmations.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconArrowLeft, IconBellRinging, IconPrinter, IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { FilterSelect } from "../../components/FilterSelect.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { ListToolbar } from "../../components/ListToolbar.tsx";
import { DownloadButton } from "../../components/PageButtons.tsx";
import { SearchInput } from "../../components/SearchInput.tsx";
import { useListState } from "../../components/useListState.ts";
import { formatDate, formatDateTime, today } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { departmentOptions, useDepartments } from "../departments/useDepartments.ts";
import { useCan } from "../orgs/OrgContext.tsx";
import { sheetFileName } from "../personal-links/link-labels.ts";
import { saveFile, usePrintSheet } from "../personal-links/usePersonalLinks.ts";
import { ackStatusColor } from "./ack-labels.ts";
import { PaperAcknowledgementModal } from "./PaperAcknowledgementModal.tsx";
import {
  type AckKind,
  type AckRow,
  type AckTarget,
  acksPath,
  type RemindResult,
  useAckList,
  useRemind,
} from "./useAcknowledgements.ts";

type Filters = { q: string; departmentId: string | null; status: AckRow["status"] | null };

function Count({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: number;
  color?: string;
  testId: string;
}) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

function Row({
  row,
  kind,
  canWrite,
  onPaper,
}: {
  row: AckRow;
  kind: AckKind;
  canWrite: boolean;
  onPaper: (row: AckRow) => void;
}) {
  const { t } = useTranslation();
  const statusKey = kind === "pledge" ? "pledgeStatus" : "status";
  return (
    <Table.Tr data-testid="ack-row">
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={500} data-testid="ack-row-name">
            {row.personName}
          </Text>
          {row.left && (
            <Badge size="xs" color="gray" variant="outline">
              {t("acknowledgements.page.left")}
            </Badge>
          )}
          {!row.hasEmail && (
            <Badge size="xs" color="gray" variant="light">
              {t("acknowledgements.page.noEmail")}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {row.departmentName ?? ""}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={ackStatusColor[row.status]} variant="light" data-testid="ack-row-status">
          {t(`acknowledgements.${statusKey}.${row.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="xs">
          {t("acknowledgements.page.requested", { day: formatDate(row.requestedAt.slice(0, 10)) })}
        </Text>
        {row.dueOn && (
          <Text size="xs" c={row.status === "overdue" ? "red" : "dimmed"}>
            {t("acknowledgements.page.due", { day: formatDate(row.dueOn) })}
          </Text>
        )}
        {row.lastRemindedAt && (
          <Text size="xs" c="dimmed">
            {t("acknowledgements.page.reminded", { at: formatDateTime(row.lastRemindedAt) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {row.acknowledgedAt ? (
          <>
            <Text size="sm">{formatDateTime(row.acknowledgedAt)}</Text>
            <Text size="xs" c="dimmed">
              {row.via ? t(`acknowledgements.via.${row.via}`) : ""}
            </Text>
            {row.typedName && (
              <Text size="xs" c="dimmed">
                {t("acknowledgements.page.signedAs", {
                  name: row.typedName,
                  day: formatDate(row.signedOn),
                })}
              </Text>
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      {canWrite && (
        <Table.Td>
          {!row.acknowledgedAt && (
            <Button
              size="compact-xs"
              variant="default"
              onClick={() => onPaper(row)}
              data-testid="ack-row-paper"
            >
              {t("acknowledgements.page.paper")}
            </Button>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

export function AcknowledgementStatusView({
  orgId,
  target,
  kind,
  onKind,
  onBack,
  onSend,
}: {
  orgId: string;
  target: AckTarget;
  kind: AckKind;
  onKind: (kind: AckKind) => void;
  onBack: () => void;
  /** Opens the send dialog for this version (new staff, other departments). */
  onSend?: () => void;
}) {
  const { t } = useTranslation();
  const canWrite = useCan("documents.write");
  const canDistribute = useCan("documents.distribute");
  const departments = useDepartments(orgId);
  const { filters, changeFilters, q, page, setPage } = useListState<Filters, "name">(
    { q: "", departmentId: null, status: null },
    "name",
  );
  const list = useAckList(orgId, target, {
    kind,
    q,
    page,
    ...(filters.departmentId ? { departmentId: filters.departmentId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  });
  const [paper, setPaper] = useState<AckRow | null>(null);
  const [reminding, setReminding] = useState(false);
  const [reminded, setReminded] = useState<RemindResult | null>(null);
  const remind = useRemind(orgId, target, {
    notice: (r) =>
      t("acknowledgements.remind.done", { reminded: r.reminded, skipped: r.skippedRecent }),
    onSuccess: (r) => setReminded(r),
  });
  const print = usePrintSheet(orgId, {
    notice: t("acknowledgements.result.printed"),
    errorsAs: "notice",
    onSuccess: (pdf) => saveFile(pdf, sheetFileName(today())),
  });
  const data = list.data;
  const counts = data?.counts;
  const published = data?.version.status === "published";
  const total = data?.total ?? 0;
  const without = reminded?.withoutEmail ?? [];

  return (
    <Stack gap="md" data-testid="ack-status">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Anchor component="button" size="sm" onClick={onBack} data-testid="ack-back">
            <Group gap={4}>
              <IconArrowLeft size={14} />
              {t("acknowledgements.page.back")}
            </Group>
          </Anchor>
          <Title order={1} size="h2" data-testid="ack-status-title">
            {data ? `${data.version.number} ${data.version.title}` : t("acknowledgements.title")}
          </Title>
          {data && (
            <Text size="sm" c="dimmed">
              {t("acknowledgements.page.version", { no: data.version.versionNo })}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          {onSend && published && (
            <Button
              variant="default"
              leftSection={<IconSend size={16} />}
              onClick={onSend}
              data-testid="ack-status-send"
            >
              {t("acknowledgements.send")}
            </Button>
          )}
          <SegmentedControl
            value={kind}
            onChange={(v) => onKind(v as AckKind)}
            data={(["read", "pledge"] as const).map((k) => ({
              value: k,
              label: t(`acknowledgements.kind.${k}`),
            }))}
            data-testid="ack-status-kind"
          />
        </Group>
      </Group>
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      {data && !published && (
        <Alert color="yellow">{t("acknowledgements.page.notPublished")}</Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Count
          label={t("acknowledgements.counts.asked")}
          value={counts?.asked ?? 0}
          testId="ack-count-asked"
        />
        <Count
          label={t("acknowledgements.counts.confirmed")}
          value={counts?.confirmed ?? 0}
          color="green"
          testId="ack-count-confirmed"
        />
        <Count
          label={t("acknowledgements.counts.pending")}
          value={counts?.pending ?? 0}
          testId="ack-count-pending"
        />
        <Count
          label={t("acknowledgements.counts.overdue")}
          value={counts?.overdue ?? 0}
          color={counts?.overdue ? "red" : undefined}
          testId="ack-count-overdue"
        />
        <Count
          label={t("acknowledgements.counts.left")}
          value={counts?.left ?? 0}
          testId="ack-count-left"
        />
      </SimpleGrid>
      {without.length > 0 && (
        <Alert color="yellow" data-testid="ack-remind-without-email">
          <Text size="sm">
            {t("acknowledgements.remind.withoutEmail", { count: without.length })}
          </Text>
          <Button
            mt="sm"
            size="xs"
            leftSection={<IconPrinter size={14} />}
            loading={print.busy}
            onClick={() =>
              void print.run({
                purpose: kind === "pledge" ? "pledge" : "policy",
                scope: "people",
                personIds: without.map((p) => p.personId),
              })
            }
          >
            {t("acknowledgements.remind.sheet")}
          </Button>
        </Alert>
      )}
      <Card withBorder padding="md">
        <Group align="flex-end" gap="sm">
          <SearchInput
            value={filters.q}
            onChange={(v) => changeFilters({ ...filters, q: v })}
            placeholder={t("acknowledgements.page.search")}
            w={240}
            testId="ack-search"
          />
          <FilterSelect
            label={t("acknowledgements.page.department")}
            data={departmentOptions(departments.data?.items ?? [])}
            value={filters.departmentId}
            onChange={(v) => changeFilters({ ...filters, departmentId: v })}
            searchable
            w={220}
            data-testid="ack-filter-department"
          />
          <FilterSelect
            label={t("acknowledgements.page.status")}
            data={(["confirmed", "pending", "overdue"] as const).map((s) => ({
              value: s,
              label: t(`acknowledgements.status.${s}`),
            }))}
            value={filters.status}
            onChange={(v) => changeFilters({ ...filters, status: v as Filters["status"] })}
            w={160}
            data-testid="ack-filter-status"
          />
        </Group>
        <ListToolbar
          total={total}
          testId="ack-total"
          mih={36}
          extra={
            <Group gap="xs">
              {canDistribute && published && (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconBellRinging size={14} />}
                  onClick={() => setReminding(true)}
                  disabled={!counts?.pending}
                  data-testid="ack-remind"
                >
                  {t("acknowledgements.page.remind")}
                </Button>
              )}
              <DownloadButton
                href={acksPath(orgId, target, `/pending.pdf?kind=${kind}`)}
                testId="ack-pending-pdf"
              >
                {t("acknowledgements.page.pendingPdf")}
              </DownloadButton>
            </Group>
          }
        />
        <ListTable minWidth={760} loading={list.isFetching} testId="ack-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("acknowledgements.col.person")}</Table.Th>
              <Table.Th>{t("acknowledgements.col.status")}</Table.Th>
              <Table.Th>{t("acknowledgements.col.requested")}</Table.Th>
              <Table.Th>{t("acknowledgements.col.confirmed")}</Table.Th>
              {canWrite && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data?.items ?? []).length === 0 ? (
              <EmptyRow
                colSpan={canWrite ? 5 : 4}
                loading={list.isFetching}
                text={t("acknowledgements.page.empty")}
              />
            ) : (
              data?.items.map((row) => (
                <Row key={row.id} row={row} kind={kind} canWrite={canWrite} onPaper={setPaper} />
              ))
            )}
          </Table.Tbody>
        </ListTable>
        <ListPagination total={total} page={page} onChange={setPage} testId="ack-pages" />
      </Card>
      <PaperAcknowledgementModal
        orgId={orgId}
        target={target}
        row={paper}
        onClose={() => setPaper(null)}
      />
      <ConfirmModal
        opened={reminding}
        danger={false}
        title={t("acknowledgements.remind.title")}
        message={t("acknowledgements.remind.message")}
        confirmLabel={t("acknowledgements.remind.confirm")}
        confirmTestId="ack-remind-confirm"
        testId="ack-remind-modal"
        onConfirm={async () => {
          await remind.runOrThrow({ kind });
          setReminding(false);
        }}
        onClose={() => setReminding(false)}
      />
    </Stack>
  );
}
