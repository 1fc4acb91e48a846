import { Badge, Code, LoadingOverlay, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AuditEvent } from "../../api/types.ts";
import { formatDateTime } from "../../lib/format.ts";
import { type AuditLookups, auditValueText, hiddenFields } from "./audit-values.ts";

const actionColors: Record<string, string> = {
  create: "teal",
  update: "blue",
  delete: "red",
  join: "grape",
  cancel: "orange",
};

function Changes({ event, lookups }: { event: AuditEvent; lookups: AuditLookups }) {
  const { t } = useTranslation();
  const entries = Object.entries(event.changes).filter(([field]) => !hiddenFields.has(field));
  const show = (field: string, value: unknown) =>
    auditValueText(t, lookups, event.entity, field, value);
  if (entries.length === 0)
    return (
      <Text size="xs" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={2}>
      {entries.map(([field, change]) => (
        <Text size="xs" key={field} style={{ wordBreak: "break-word" }}>
          <Text span fw={600} size="xs">
            {t(`audit.fields.${field}`, { defaultValue: field })}
          </Text>
          : <Code>{show(field, change.old)}</Code> → <Code>{show(field, change.new)}</Code>
        </Text>
      ))}
    </Stack>
  );
}

export function AuditTable({
  items,
  loading,
  lookups,
}: {
  items: AuditEvent[];
  loading: boolean;
  lookups: AuditLookups;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={860} pos="relative">
      <LoadingOverlay visible={loading} overlayProps={{ blur: 1 }} loaderProps={{ size: "sm" }} />
      <Table striped verticalSpacing="xs" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t("audit.at")}</Table.Th>
            <Table.Th w={140}>{t("audit.actor")}</Table.Th>
            <Table.Th w={150}>{t("audit.entity")}</Table.Th>
            <Table.Th w={90}>{t("audit.action")}</Table.Th>
            <Table.Th>{t("audit.changes")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text c="dimmed" ta="center" py="lg">
                  {loading ? t("common.loading") : t("audit.empty")}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {items.map((e) => (
            <Table.Tr key={e.seq} data-testid="audit-row">
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(e.at)}</Table.Td>
              <Table.Td>{e.actorName ?? t("audit.system")}</Table.Td>
              <Table.Td>{t(`audit.entities.${e.entity}`, { defaultValue: e.entity })}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={actionColors[e.action] ?? "gray"}>
                  {t(`audit.actions.${e.action}`, { defaultValue: e.action })}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Changes event={e} lookups={lookups} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
