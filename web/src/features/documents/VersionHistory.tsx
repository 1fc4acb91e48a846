// 改訂履歴: every version, newest first, with its state, approver, approval day, 施行日 and
// change note; 表示 opens that version's text.
import { Anchor, Badge, Card, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ListTable } from "../../components/ListTable.tsx";
import { formatDate, formatDateTime } from "../../lib/format.ts";
import { STATUS_COLORS, statusLabel } from "./document-labels.ts";
import type { DocumentOut } from "./useDocuments.ts";

export function VersionHistory({
  doc,
  onShow,
}: {
  doc: DocumentOut;
  onShow: (versionId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <ListTable minWidth={760} loading={false} testId="doc-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("documents.col.version")}</Table.Th>
            <Table.Th>{t("documents.col.status")}</Table.Th>
            <Table.Th>{t("documents.approver")}</Table.Th>
            <Table.Th>{t("documents.col.approvedAt")}</Table.Th>
            <Table.Th>{t("documents.effectiveOn")}</Table.Th>
            <Table.Th>{t("documents.changeNote")}</Table.Th>
            <Table.Th>{t("documents.col.updatedBy")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {doc.versions.map((v) => (
            <Table.Tr key={v.id} data-testid={`doc-history-${v.versionNo}`}>
              <Table.Td>
                <Anchor component="button" type="button" size="sm" onClick={() => onShow(v.id)}>
                  {t("documents.versionNo", { no: v.versionNo })}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Badge
                  color={STATUS_COLORS[v.status as keyof typeof STATUS_COLORS]}
                  variant="light"
                >
                  {statusLabel(v.status)}
                </Badge>
              </Table.Td>
              <Table.Td>{v.approverName ?? "—"}</Table.Td>
              <Table.Td>{v.approvedAt ? formatDateTime(v.approvedAt) : "—"}</Table.Td>
              <Table.Td>{v.effectiveOn ? formatDate(v.effectiveOn) : "—"}</Table.Td>
              <Table.Td>{v.changeNote ?? ""}</Table.Td>
              <Table.Td>{v.updatedByName ?? ""}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ListTable>
    </Card>
  );
}
