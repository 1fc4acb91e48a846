import { Badge, Code, LoadingOverlay, Stack, Table, Text } from "@mantine/core";
import type { AuditValueContext } from "@src/core/audit/audit-values.ts";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { AuditEvent } from "../../api/types.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { formatDateTime } from "../../lib/format.ts";
import {
  type AuditLookups,
  actionLabel,
  auditSubject,
  entityLabel,
  fieldLabel,
  isHiddenField,
  sortAuditFields,
  valueContext,
  valueText,
} from "./audit-values.ts";

const actionColors: Record<string, string> = {
  create: "teal",
  update: "blue",
  delete: "red",
  join: "grape",
  cancel: "orange",
  review: "cyan",
  check: "cyan",
  accept: "green",
  withdraw_acceptance: "orange",
  rotate: "indigo",
  export: "violet",
};

const empty = (v: unknown) => v === null || v === undefined || v === "";

function Changes({ event, context }: { event: AuditEvent; context: AuditValueContext }) {
  const entries = sortAuditFields(
    event.entity,
    Object.entries(event.changes).filter(([field]) => !isHiddenField(event.entity, field)),
  );
  const show = (field: string, value: unknown) => valueText(context, event.entity, field, value);
  if (entries.length === 0)
    return (
      <Text size="xs" c="dimmed">
        —
      </Text>
    );
  // A record created (or a download) has only new values, a deleted one only old values:
  // one value per line reads better than "— → value" thirty times. Demo data goes into a
  // new organization, so everything it lists was added.
  const onlyNew = event.action === "seed_demo" || entries.every(([, c]) => empty(c.old));
  const onlyOld = !onlyNew && entries.every(([, c]) => empty(c.new));
  return (
    <Stack gap={2}>
      {entries.map(([field, change]) => (
        <Text size="xs" key={field} style={{ wordBreak: "break-word" }}>
          <Text span fw={600} size="xs">
            {fieldLabel(event.entity, field)}
          </Text>
          {": "}
          {onlyNew ? (
            <Code>{show(field, change.new)}</Code>
          ) : onlyOld ? (
            <Code>{show(field, change.old)}</Code>
          ) : (
            <>
              <Code>{show(field, change.old)}</Code> → <Code>{show(field, change.new)}</Code>
            </>
          )}
        </Text>
      ))}
    </Stack>
  );
}

/** Which record, where the event's id or changes say it (a downloaded list, a rule, a step). */
function Subject({ event, names }: { event: AuditEvent; names: ReadonlyMap<string, string> }) {
  const subject = auditSubject(event, currentLanguage(), names);
  if (!subject) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="audit-subject">
      {subject}
    </Text>
  );
}

export function AuditTable({
  items,
  names,
  loading,
  lookups,
}: {
  items: AuditEvent[];
  /** Names of the records the events refer to, sent with the page (null: deleted). */
  names: Readonly<Record<string, string | null>> | undefined;
  loading: boolean;
  lookups: AuditLookups;
}) {
  const { t } = useTranslation();
  // Built once per page of events (lookup maps of departments, people, users), not per row.
  const context = useMemo(() => valueContext(t, lookups, names), [t, lookups, names]);
  return (
    <Table.ScrollContainer minWidth={940} pos="relative">
      <LoadingOverlay visible={loading} overlayProps={{ blur: 1 }} loaderProps={{ size: "sm" }} />
      <Table striped verticalSpacing="xs" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t("audit.at")}</Table.Th>
            <Table.Th w={140}>{t("audit.actor")}</Table.Th>
            <Table.Th w={200}>{t("audit.entity")}</Table.Th>
            <Table.Th w={130}>{t("audit.action")}</Table.Th>
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
              <Table.Td>
                <Text size="sm">{entityLabel(e.entity)}</Text>
                <Subject event={e} names={lookups.records} />
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={actionColors[e.action] ?? "gray"}>
                  {actionLabel(e.action)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Changes event={e} context={context} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
