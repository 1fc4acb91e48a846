// The inquiries' rows: when it arrived, 受付番号, category, who sent it and how to reach them,
// the start of the message, and where its handling stands.
import { Table, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { InquiryCategoryBadge, InquiryStatusBadge } from "./InquiryBadges.tsx";
import type { Inquiry } from "./useInquiries.ts";

export function InquiriesTable({
  items,
  loading,
  onOpen,
}: {
  items: Inquiry[];
  loading: boolean;
  onOpen: (inquiry: Inquiry) => void;
}) {
  const { t } = useTranslation();
  return (
    <ListTable minWidth={900} loading={loading} testId="inquiries-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>{t("inquiries.col.received")}</Table.Th>
          <Table.Th w={150}>{t("inquiries.col.reference")}</Table.Th>
          <Table.Th w={130}>{t("inquiries.col.category")}</Table.Th>
          <Table.Th w={200}>{t("inquiries.col.from")}</Table.Th>
          <Table.Th>{t("inquiries.col.message")}</Table.Th>
          <Table.Th w={100}>{t("inquiries.col.status")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.length === 0 && (
          <EmptyRow colSpan={6} loading={loading} text={t("inquiries.empty")} />
        )}
        {items.map((i) => (
          <Table.Tr key={i.id} data-testid="inquiry-row">
            <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(i.receivedAt)}</Table.Td>
            <Table.Td>
              <UnstyledButton onClick={() => onOpen(i)} data-testid="inquiry-open">
                <Text size="sm" c="blue" ff="monospace" data-testid="inquiry-reference">
                  {i.referenceNo}
                </Text>
              </UnstyledButton>
            </Table.Td>
            <Table.Td>
              <InquiryCategoryBadge category={i.category} />
            </Table.Td>
            <Table.Td>
              <Text size="sm" data-testid="inquiry-name">
                {i.name}
              </Text>
              <Text size="xs" c="dimmed" style={{ wordBreak: "break-all" }}>
                {i.email ?? i.phone}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={2}>
                {i.message}
              </Text>
            </Table.Td>
            <Table.Td>
              <InquiryStatusBadge status={i.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
}
