// 周知・誓約: the documents sent out for reading or signing, each with how many confirmed, and
// one version's 確認状況 with `?doc=<id>&version=<vid>&kind=read|pledge` (the document page can
// link here). Owners and admins send a published version from here.
import { Alert, Badge, Button, Card, Progress, Stack, Table, Text } from "@mantine/core";
import { IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ListPagination } from "../../components/ListPagination.tsx";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { ListToolbar } from "../../components/ListToolbar.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { formatDate } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { AcknowledgementStatusView } from "./AcknowledgementStatusView.tsx";
import { DistributionModal } from "./DistributionModal.tsx";
import { type AckKind, type AckTarget, useAckSends } from "./useAcknowledgements.ts";

function Sends({ onOpen }: { onOpen: (target: AckTarget, kind: AckKind) => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [page, setPage] = useState(1);
  const sends = useAckSends(org.id, page);
  const items = sends.data?.items ?? [];
  const total = sends.data?.total ?? 0;
  return (
    <Card withBorder padding="md">
      {sends.isError && <Alert color="red">{errorMessage(sends.error)}</Alert>}
      <ListToolbar total={total} testId="ack-sends-total" />
      <ListTable minWidth={720} loading={sends.isFetching} testId="ack-sends">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("acknowledgements.sends.col.document")}</Table.Th>
            <Table.Th>{t("acknowledgements.sends.col.kind")}</Table.Th>
            <Table.Th>{t("acknowledgements.sends.col.requested")}</Table.Th>
            <Table.Th>{t("acknowledgements.sends.col.progress")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 ? (
            <EmptyRow
              colSpan={5}
              loading={sends.isFetching}
              text={t("acknowledgements.sends.empty")}
            />
          ) : (
            items.map((s) => (
              <Table.Tr key={`${s.versionId}-${s.kind}`} data-testid="ack-send-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {s.number} {s.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t("acknowledgements.page.version", { no: s.versionNo })}
                    {s.versionStatus !== "published" && (
                      <Badge ml={6} size="xs" color="gray" variant="outline">
                        {t("acknowledgements.sends.superseded")}
                      </Badge>
                    )}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`acknowledgements.kind.${s.kind}`)}</Table.Td>
                <Table.Td>{formatDate(s.firstRequestedAt.slice(0, 10))}</Table.Td>
                <Table.Td w={200}>
                  <Text size="sm">
                    {t("acknowledgements.sends.progress", {
                      confirmed: s.confirmed,
                      asked: s.asked,
                    })}
                  </Text>
                  <Progress value={s.asked ? (100 * s.confirmed) / s.asked : 0} size="sm" mt={4} />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() =>
                      onOpen({ documentId: s.documentId, versionId: s.versionId }, s.kind)
                    }
                    data-testid="ack-send-open"
                  >
                    {t("acknowledgements.sends.open")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </ListTable>
      <ListPagination total={total} page={page} onChange={setPage} testId="ack-sends-pages" />
    </Card>
  );
}

export default function AcknowledgementsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const canDistribute = useCan("documents.distribute");
  const [params, setParams] = useSearchParams();
  const [sending, setSending] = useState(false);
  const doc = params.get("doc");
  const version = params.get("version");
  const kind: AckKind = params.get("kind") === "pledge" ? "pledge" : "read";
  const open = (target: AckTarget, k: AckKind) =>
    setParams({ doc: target.documentId, version: target.versionId, kind: k });

  return (
    <>
      {doc && version ? (
        <AcknowledgementStatusView
          key={`${version}-${kind}`}
          orgId={org.id}
          target={{ documentId: doc, versionId: version }}
          kind={kind}
          onKind={(k) => open({ documentId: doc, versionId: version }, k)}
          onBack={() => setParams({})}
          onSend={canDistribute ? () => setSending(true) : undefined}
        />
      ) : (
        <Stack gap={0}>
          <PageHeader
            title={t("acknowledgements.title")}
            description={t("acknowledgements.intro")}
            actions={
              canDistribute && (
                <Button
                  leftSection={<IconSend size={16} />}
                  onClick={() => setSending(true)}
                  data-testid="ack-send-open-dialog"
                >
                  {t("acknowledgements.send")}
                </Button>
              )
            }
          />
          <Sends onOpen={open} />
        </Stack>
      )}
      <DistributionModal
        opened={sending}
        initial={doc && version ? { documentId: doc, versionId: version, kind } : null}
        onClose={() => setSending(false)}
        onOpenStatus={(target, k) => {
          setSending(false);
          open(target, k);
        }}
      />
    </>
  );
}
