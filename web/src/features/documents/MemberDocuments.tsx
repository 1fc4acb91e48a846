// What every member sees of the documents: the internal documents in force (周知), each
// readable in full, and — for a member named as approver (e.g. the representative with an
// ordinary account) — the versions waiting for their approval, with 承認する.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { bi } from "../../i18n/index.ts";
import { formatDate } from "../../lib/format.ts";
import { useSession } from "../auth/useSession.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { ContentView } from "./ContentView.tsx";
import { statusLabel } from "./document-labels.ts";
import {
  useDocumentsAwaitingMe,
  useFieldValues,
  useMoveVersion,
  usePublishedDocument,
  usePublishedDocuments,
  useVersion,
} from "./useDocuments.ts";

export function MemberDocuments({
  onOpenPublished,
  onOpenApproval,
}: {
  onOpenPublished: (id: string) => void;
  onOpenApproval: (documentId: string, versionId: string) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const [page, setPage] = useState(1);
  const list = usePublishedDocuments(org.id, page);
  const awaiting = useDocumentsAwaitingMe(org.id, useCan("documents.approve"));
  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeader title={t("documents.title")} description={t("documents.memberIntro")} />
      {(awaiting.data?.items.length ?? 0) > 0 && (
        <Alert
          color="orange"
          mb="md"
          title={t("documents.awaitingTitle")}
          data-testid="doc-awaiting"
        >
          {awaiting.data?.items.map((a) => (
            <Anchor
              key={a.versionId}
              component="button"
              type="button"
              display="block"
              size="sm"
              onClick={() => onOpenApproval(a.documentId, a.versionId)}
              data-testid={`doc-awaiting-${a.number}`}
            >
              {t("documents.awaitingItem", { number: a.number, title: a.title, no: a.versionNo })}
            </Anchor>
          ))}
        </Alert>
      )}
      <Card withBorder>
        <ListTable minWidth={560} loading={list.isLoading} testId="doc-published">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("documents.col.number")}</Table.Th>
              <Table.Th>{t("documents.col.title")}</Table.Th>
              <Table.Th>{t("documents.col.kind")}</Table.Th>
              <Table.Th>{t("documents.col.current")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 && (
              <EmptyRow
                colSpan={4}
                loading={list.isLoading}
                text={t("documents.noPublished")}
                testId="doc-published-empty"
              />
            )}
            {items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.number}</Table.Td>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => onOpenPublished(d.id)}
                  >
                    {d.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{bi(d.kindLabel)}</Table.Td>
                <Table.Td>
                  {t("documents.versionEffective", {
                    no: d.versionNo,
                    day: formatDate(d.effectiveOn),
                  })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ListTable>
        <ListPagination
          total={list.data?.total ?? 0}
          page={page}
          onChange={setPage}
          testId="doc-published-pages"
        />
      </Card>
    </>
  );
}

export function PublishedView({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const doc = usePublishedDocument(org.id, id);
  if (doc.isLoading) return <Loader />;
  const d = doc.data;
  return (
    <Stack>
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={onBack}
        style={{ alignSelf: "flex-start" }}
      >
        ← {t("documents.backToList")}
      </Anchor>
      {d ? (
        <>
          <Text c="dimmed" size="sm">
            {d.number} ・{" "}
            {t("documents.versionEffective", { no: d.versionNo, day: formatDate(d.effectiveOn) })}
          </Text>
          <Title order={1} size="h2">
            {d.title}
          </Title>
          <Card withBorder>
            <ContentView content={d.content} values={d.fieldValues} testId="doc-published-text" />
          </Card>
        </>
      ) : (
        <Text c="red">{t("documents.notFound")}</Text>
      )}
    </Stack>
  );
}

/** The version a member is named to approve: its text and 承認する. */
export function ApproverVersionView({
  documentId,
  versionId,
  onBack,
}: {
  documentId: string;
  versionId: string;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const session = useSession();
  const version = useVersion(org.id, documentId, versionId);
  const values = useFieldValues(org.id);
  const [asking, setAsking] = useState<"approve" | "send-back" | null>(null);
  const move = useMoveVersion(org.id, documentId, { notice: t("documents.moved") });
  if (version.isLoading) return <Loader />;
  const v = version.data;
  if (!v) return <Text c="red">{t("documents.notFound")}</Text>;
  const mine = session.data?.user.id === v.approverUserId && v.status === "in_review";
  return (
    <Stack>
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={onBack}
        style={{ alignSelf: "flex-start" }}
      >
        ← {t("documents.backToList")}
      </Anchor>
      <Title order={1} size="h2">
        {t("documents.versionNo", { no: v.versionNo })}{" "}
        <Badge variant="light">{statusLabel(v.status)}</Badge>
      </Title>
      {v.changeNote && (
        <Text size="sm">
          {t("documents.changeNote")}: {v.changeNote}
        </Text>
      )}
      <Card withBorder>
        <ContentView
          content={v.content}
          values={v.fieldValues ?? values.data ?? null}
          testId="doc-approve-text"
        />
      </Card>
      {mine && (
        <Group gap="xs">
          <Button
            color="teal"
            w={160}
            onClick={() => setAsking("approve")}
            data-testid="doc-approve"
          >
            {t("documents.actions.approve")}
          </Button>
          {/* Declining: the version goes back to its writers as a draft. */}
          <Button
            variant="default"
            onClick={() => setAsking("send-back")}
            data-testid="doc-send-back"
          >
            {t("documents.actions.sendBack")}
          </Button>
        </Group>
      )}
      <ConfirmModal
        opened={asking === "approve"}
        danger={false}
        title={t("documents.actions.approve")}
        message={t("documents.approveMessageShort", { no: v.versionNo })}
        confirmLabel={t("documents.actions.approve")}
        confirmTestId="doc-approve-confirm"
        onConfirm={() => move.runOrThrow({ vid: v.id, move: "approve" })}
        onClose={() => setAsking(null)}
      />
      <ConfirmModal
        opened={asking === "send-back"}
        danger={false}
        title={t("documents.actions.sendBack")}
        message={t("documents.sendBackMessage")}
        confirmLabel={t("documents.actions.sendBack")}
        confirmTestId="doc-send-back-confirm"
        onConfirm={() => move.runOrThrow({ vid: v.id, move: "send-back" })}
        onClose={() => setAsking(null)}
      />
    </Stack>
  );
}
