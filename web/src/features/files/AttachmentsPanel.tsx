// A record's attached files (添付ファイル): the list with name, size, who and when, a search
// over the names, upload and download, and delete after a confirmation. Upload and delete are
// hidden when the role lacks the owner kind's write action; the server checks it as well.

import { ActionIcon, Anchor, Button, FileButton, Group, Stack, Table, Text } from "@mantine/core";
import type { Action } from "@src/core/access/permissions.ts";
import { IconDownload, IconPaperclip, IconTrash } from "@tabler/icons-react";
import { useDeferredValue, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { SearchInput } from "../../components/SearchInput.tsx";
import { formatDate } from "../../lib/format.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { formatFileSize } from "./file-size.ts";
import {
  type Attachment,
  downloadPath,
  type Owner,
  useAttachments,
  useDeleteAttachment,
  useUploadAttachment,
} from "./useAttachments.ts";

/** What the file picker offers; the server decides by content whatever is chosen. */
const ACCEPT = ".pdf,.xlsx,.docx,.pptx,.png,.jpg,.jpeg,.heic,.heif,.csv,.txt,.eml";

export function AttachmentsPanel({ owner, writeAction }: { owner: Owner; writeAction: Action }) {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan(writeAction);
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const search = useDeferredValue(q.trim());
  const list = useAttachments(org.id, owner, { q: search, page });
  const [deleting, setDeleting] = useState<Attachment | null>(null);
  const upload = useUploadAttachment(org.id, owner, { notice: t("files.uploaded") });
  const remove = useDeleteAttachment(org.id, { notice: t("common.deleted") });
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;

  return (
    <Stack gap="sm" data-testid="attachments-panel">
      <Group justify="space-between" align="flex-end">
        <SearchInput
          value={q}
          onChange={(v) => {
            setQ(v);
            setPage(1);
          }}
          placeholder={t("files.searchPlaceholder")}
          w={260}
          testId="attachments-search"
        />
        {editable && (
          <FileButton onChange={(file) => file && upload.run(file)} accept={ACCEPT}>
            {(props) => (
              <Button
                {...props}
                leftSection={<IconPaperclip size={16} />}
                loading={upload.busy}
                data-testid="attachments-upload"
              >
                {t("files.upload")}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {list.data && (
        <Text size="xs" c="dimmed">
          {t("files.limits", {
            file: formatFileSize(list.data.maxFileBytes),
            used: formatFileSize(list.data.orgBytes),
            org: formatFileSize(list.data.orgMaxBytes),
          })}
        </Text>
      )}
      <ListTable minWidth={640} loading={list.isFetching} testId="attachments-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("files.col.name")}</Table.Th>
            <Table.Th>{t("files.col.size")}</Table.Th>
            <Table.Th>{t("files.col.uploadedBy")}</Table.Th>
            <Table.Th>{t("files.col.uploadedOn")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <EmptyRow
              colSpan={5}
              loading={list.isPending}
              text={search ? t("files.noMatch") : t("files.empty")}
            />
          )}
          {items.map((a) => (
            <Table.Tr key={a.id} data-testid="attachment-row">
              <Table.Td>
                <Anchor href={downloadPath(org.id, a.id)} data-testid="attachment-download">
                  <Group gap={4} wrap="nowrap">
                    <IconDownload size={14} />
                    {a.name}
                  </Group>
                </Anchor>
              </Table.Td>
              <Table.Td>{formatFileSize(a.sizeBytes)}</Table.Td>
              <Table.Td>{a.uploadedByName}</Table.Td>
              <Table.Td>{formatDate(a.createdAt)}</Table.Td>
              <Table.Td>
                {editable && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t("common.delete")}
                    onClick={() => setDeleting(a)}
                    data-testid="attachment-delete"
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ListTable>
      <ListPagination total={total} page={page} onChange={setPage} testId="attachments-pages" />
      <ConfirmModal
        opened={deleting !== null}
        message={t("files.confirmDelete", { name: deleting?.name ?? "" })}
        onConfirm={() => (deleting ? remove.runOrThrow(deleting.id) : Promise.resolve())}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
