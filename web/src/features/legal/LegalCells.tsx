// The cells of the legal register table that need more than a value: the name with its
// badges, the articles, the linked names and the last check with its overdue badge.
import { Anchor, Badge, Group, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/format.ts";
import { articlesText, checkOverdue, entryName } from "./legal-labels.ts";
import type { LegalEntry } from "./useLegal.ts";

export const clamp = (lines: number) => ({
  display: "-webkit-box",
  WebkitLineClamp: lines,
  WebkitBoxOrient: "vertical" as const,
  overflow: "hidden",
  whiteSpace: "pre-line" as const,
});

export function NameCell({
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
          <Badge
            size="xs"
            color="yellow"
            variant="light"
            style={{ flexShrink: 0 }}
            data-testid="legal-unverified"
          >
            {t("legal.unverified")}
          </Badge>
        </Tooltip>
      )}
      {!entry.lawId && (
        <Badge
          size="xs"
          color="gray"
          variant="outline"
          style={{ flexShrink: 0 }}
          data-testid="legal-own-badge"
        >
          {t("legal.ownBadge")}
        </Badge>
      )}
    </Group>
  );
}

/** The organization's own articles text, else the catalogue's articles (dimmed). */
export function Articles({ entry }: { entry: LegalEntry }) {
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

/** The first names (two lines at most), the count when there are more, all in a tooltip. */
export function Names({ names, testId }: { names: string[]; testId: string }) {
  const { t } = useTranslation();
  if (names.length === 0) return <Text c="dimmed">—</Text>;
  const body = (
    <div data-testid={testId} data-count={names.length}>
      <Text size="sm" lineClamp={2}>
        {names.join("、")}
      </Text>
      {names.length > 1 && (
        <Text size="xs" c="dimmed">
          {t("legal.count", { count: names.length })}
        </Text>
      )}
    </div>
  );
  return (
    <Tooltip label={names.join("\n")} multiline maw={320} style={{ whiteSpace: "pre-line" }}>
      {body}
    </Tooltip>
  );
}

export function Checked({ checkedOn, today }: { checkedOn: string | null; today: string }) {
  const { t } = useTranslation();
  const overdue = checkOverdue(checkedOn, today);
  return (
    <Group gap={4} wrap="nowrap">
      {formatDate(checkedOn)}
      {overdue && (
        <Tooltip label={checkedOn ? t("legal.overdueHint") : t("legal.neverCheckedHint")}>
          <Badge
            size="xs"
            color="orange"
            style={{ flexShrink: 0 }}
            data-testid="legal-check-overdue"
          >
            {checkedOn ? t("legal.overdue") : t("legal.neverChecked")}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
