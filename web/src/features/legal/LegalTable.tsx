// The legal register as a table: one row per law or guideline, with the articles and duties
// that matter, the register items and departments it applies to, and the last check.
import {
  ActionIcon,
  Anchor,
  Badge,
  Checkbox,
  Group,
  LoadingOverlay,
  Table,
  Text,
  Tooltip,
} from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/format.ts";
import { articlesText, checkOverdue, entryName, kindLabel, todayJst } from "./legal-labels.ts";
import type { LegalEntry } from "./useLegal.ts";

const clamp = (lines: number) => ({
  display: "-webkit-box",
  WebkitLineClamp: lines,
  WebkitBoxOrient: "vertical" as const,
  overflow: "hidden",
  whiteSpace: "pre-line" as const,
});

export function LegalTable({
  items,
  loading,
  empty,
  editable,
  selected,
  onSelect,
  onEdit,
  onDelete,
}: {
  items: LegalEntry[];
  loading: boolean;
  /** Shown in place of rows when there are none. */
  empty: ReactNode;
  editable: boolean;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onEdit: (e: LegalEntry) => void;
  onDelete: (e: LegalEntry) => void;
}) {
  const { t } = useTranslation();
  const today = todayJst();
  const pageIds = items.map((i) => i.id);
  const chosen = pageIds.filter((id) => selected.has(id)).length;
  const columns = editable ? 10 : 8;
  return (
    <Table.ScrollContainer minWidth={1200} pos="relative">
      <LoadingOverlay visible={loading} overlayProps={{ blur: 1 }} loaderProps={{ size: "sm" }} />
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="legal-table">
        <Table.Thead>
          <Table.Tr>
            {editable && (
              <Table.Th w={36}>
                <Checkbox
                  aria-label={t("legal.selectPage")}
                  checked={items.length > 0 && chosen === items.length}
                  indeterminate={chosen > 0 && chosen < items.length}
                  onChange={(e) => onSelect(pageIds, e.currentTarget.checked)}
                  data-testid="legal-select-all"
                />
              </Table.Th>
            )}
            <Table.Th miw={220}>{t("legal.col.name")}</Table.Th>
            <Table.Th>{t("legal.col.kind")}</Table.Th>
            <Table.Th miw={180}>{t("legal.col.articles")}</Table.Th>
            <Table.Th miw={220}>{t("legal.col.obligations")}</Table.Th>
            <Table.Th miw={140}>{t("legal.col.items")}</Table.Th>
            <Table.Th miw={110}>{t("legal.col.departments")}</Table.Th>
            <Table.Th>{t("legal.col.checkedOn")}</Table.Th>
            <Table.Th>{t("legal.col.checkedBy")}</Table.Th>
            {editable && <Table.Th w={80} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns}>{loading ? <Loading /> : empty}</Table.Td>
            </Table.Tr>
          )}
          {items.map((e) => (
            <Table.Tr key={e.id} data-testid="legal-row" data-legal-id={e.id}>
              {editable && (
                <Table.Td>
                  <Checkbox
                    aria-label={t("legal.selectRow", { name: entryName(e) })}
                    checked={selected.has(e.id)}
                    onChange={(ev) => onSelect([e.id], ev.currentTarget.checked)}
                    data-testid="legal-row-select"
                  />
                </Table.Td>
              )}
              <Table.Td>
                <NameCell entry={e} editable={editable} onEdit={onEdit} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{kindLabel(e.kind)}</Table.Td>
              <Table.Td>
                <Articles entry={e} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={clamp(2)} title={e.obligations ?? undefined}>
                  {e.obligations ?? "—"}
                </Text>
              </Table.Td>
              <Table.Td>
                <Names names={e.items.map((i) => i.name)} testId="legal-items" />
              </Table.Td>
              <Table.Td>
                <Names names={e.departments.map((d) => d.name)} testId="legal-departments" />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Checked checkedOn={e.checkedOn} today={today} />
              </Table.Td>
              <Table.Td>{e.checkedBy ?? "—"}</Table.Td>
              {editable && (
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t("common.edit")}
                      onClick={() => onEdit(e)}
                      data-testid="legal-edit"
                    >
                      <IconPencil size={18} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t("common.delete")}
                      onClick={() => onDelete(e)}
                      data-testid="legal-delete"
                    >
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" ta="center" py="lg">
      {t("common.loading")}
    </Text>
  );
}

function NameCell({
  entry,
  editable,
  onEdit,
}: {
  entry: LegalEntry;
  editable: boolean;
  onEdit: (e: LegalEntry) => void;
}) {
  const { t } = useTranslation();
  const name = entryName(entry);
  const catalogue = entry.catalogue;
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      {editable ? (
        <Anchor
          component="button"
          type="button"
          size="sm"
          fw={500}
          ta="left"
          onClick={() => onEdit(entry)}
          data-testid="legal-open"
        >
          {name}
        </Anchor>
      ) : (
        <Text size="sm" fw={500} data-testid="legal-name">
          {name}
        </Text>
      )}
      {catalogue && !catalogue.verified && (
        <Tooltip label={t("legal.unverifiedHint")} multiline w={300} withArrow>
          <Badge size="xs" color="yellow" variant="light" data-testid="legal-unverified">
            {t("legal.unverified")}
          </Badge>
        </Tooltip>
      )}
      {!entry.lawId && (
        <Badge size="xs" color="gray" variant="outline" data-testid="legal-own-badge">
          {t("legal.ownBadge")}
        </Badge>
      )}
    </Group>
  );
}

/** The organization's own articles text, else the catalogue's articles (dimmed). */
function Articles({ entry }: { entry: LegalEntry }) {
  const { t } = useTranslation();
  if (entry.articles)
    return (
      <Text size="sm" style={clamp(3)} title={entry.articles}>
        {entry.articles}
      </Text>
    );
  const fromCatalogue = entry.catalogue ? articlesText(entry.catalogue) : "";
  if (!fromCatalogue) return <Text c="dimmed">—</Text>;
  return (
    <Text
      size="sm"
      c="dimmed"
      style={clamp(3)}
      title={`${t("legal.fromCatalogue")}\n${fromCatalogue}`}
      data-testid="legal-catalogue-articles"
    >
      {fromCatalogue}
    </Text>
  );
}

/** Up to two names, then "他N件" with every name in a tooltip. */
function Names({ names, testId }: { names: string[]; testId: string }) {
  const { t } = useTranslation();
  if (names.length === 0) return <Text c="dimmed">—</Text>;
  const shown = names.slice(0, 2).join("、");
  const rest = names.length - 2;
  const text = (
    <Text size="sm" data-testid={testId} data-count={names.length}>
      {shown}
      {rest > 0 && (
        <Text span size="xs" c="dimmed">
          {" "}
          {t("legal.andMore", { count: rest })}
        </Text>
      )}
    </Text>
  );
  if (rest <= 0) return text;
  return (
    <Tooltip label={names.join("\n")} multiline maw={320} style={{ whiteSpace: "pre-line" }}>
      {text}
    </Tooltip>
  );
}

function Checked({ checkedOn, today }: { checkedOn: string | null; today: string }) {
  const { t } = useTranslation();
  const overdue = checkOverdue(checkedOn, today);
  return (
    <Group gap={4} wrap="nowrap">
      {formatDate(checkedOn)}
      {overdue && (
        <Tooltip label={checkedOn ? t("legal.overdueHint") : t("legal.neverCheckedHint")}>
          <Badge size="xs" color="orange" data-testid="legal-check-overdue">
            {checkedOn ? t("legal.overdue") : t("legal.neverChecked")}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
