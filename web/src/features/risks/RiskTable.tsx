// The risk table (リスク分析表): one row per item × phase × risk, with its inherent and
// residual levels, the countermeasure, the acceptance, the last review and the planned one.
// Rows are selectable (for 見直し済み) when the user may edit them.
import { Badge, Table, Text } from "@mantine/core";
import type { RiskMatrix } from "@src/core/registers/risk-matrix.ts";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { EmptyRow, ListTable } from "../../components/ListTable.tsx";
import { SelectAllCell, type SelectProps, SelectRowCell } from "../../components/Selection.tsx";
import { SortHeader } from "../../components/SortHeader.tsx";
import { formatDate, today } from "../../lib/format.ts";
import { LevelBadge } from "./LevelBadge.tsx";
import { RiskRowActions } from "./RiskRowActions.tsx";
import { axisLabel, kindLabel, phaseLabel } from "./risk-labels.ts";
import type { Risk, RiskSort } from "./useRisks.ts";

export type RowHandlers = {
  onEdit: (r: Risk) => void;
  onDelete: (r: Risk) => void;
  onAccept: (r: Risk) => void;
  onWithdraw: (r: Risk) => void;
  /** 評価を確認 of a 未評価 row. */
  onConfirm: (r: Risk) => void;
};

const clamp = (lines: number) => ({
  display: "-webkit-box",
  WebkitLineClamp: lines,
  WebkitBoxOrient: "vertical" as const,
  overflow: "hidden",
  whiteSpace: "pre-line" as const,
});

export const RiskTable = memo(function RiskTable({
  items,
  loading,
  matrix,
  highlight,
  sort,
  onSort,
  editable,
  canAccept,
  handlers,
  selected,
  onSelect,
}: SelectProps & {
  items: Risk[];
  loading: boolean;
  matrix: RiskMatrix | undefined;
  /** Rows just added (from suggestions), shown highlighted. */
  highlight: ReadonlySet<string>;
  sort: RiskSort;
  onSort: (s: RiskSort) => void;
  editable: boolean;
  canAccept: boolean;
  handlers: RowHandlers;
}) {
  const { t } = useTranslation();
  const now = today();
  const actions = editable || canAccept;
  const columns = 11 + (actions ? 1 : 0) + (editable ? 1 : 0);
  const detail = (l: number | null, i: number | null) =>
    matrix && l !== null && i !== null
      ? t("risks.cellDetail", {
          likelihood: axisLabel(matrix.likelihood, l),
          impact: axisLabel(matrix.impact, i),
        })
      : undefined;
  return (
    <ListTable
      minWidth={1150}
      loading={loading}
      testId="risks-table"
      horizontalSpacing="xs"
      styles={{ th: { whiteSpace: "nowrap" } }}
    >
      <Table.Thead>
        <Table.Tr>
          {editable && (
            <SelectAllCell
              ids={items.map((r) => r.id)}
              selected={selected}
              onSelect={onSelect}
              label={t("risks.selectPage")}
              testId="risks-select-all"
            />
          )}
          <SortHeader asc="item" current={sort} onSort={onSort} testId="risks-sort-item">
            {t("risks.item")}
          </SortHeader>
          <Table.Th>{t("risks.department")}</Table.Th>
          <Table.Th>{t("risks.phase")}</Table.Th>
          <Table.Th>{t("risks.kind")}</Table.Th>
          <Table.Th miw={150}>{t("risks.description")}</Table.Th>
          <SortHeader asc="level" current={sort} onSort={onSort} testId="risks-sort-level">
            {t("risks.inherentShort")}
          </SortHeader>
          <Table.Th miw={150}>{t("risks.countermeasure")}</Table.Th>
          <SortHeader
            asc="residualLevel"
            current={sort}
            onSort={onSort}
            testId="risks-sort-residual"
          >
            {t("risks.residualShort")}
          </SortHeader>
          <Table.Th>{t("risks.acceptance")}</Table.Th>
          <Table.Th>{t("risks.lastReviewedOn")}</Table.Th>
          <Table.Th>{t("risks.reviewOn")}</Table.Th>
          {actions && <Table.Th />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.length === 0 && (
          <EmptyRow colSpan={columns} loading={loading} text={t("risks.empty")} />
        )}
        {items.map((r) => (
          <Table.Tr
            key={r.id}
            data-testid="risk-row"
            data-risk-id={r.id}
            data-new={highlight.has(r.id) || undefined}
            bg={highlight.has(r.id) ? "var(--mantine-color-yellow-0)" : undefined}
          >
            {editable && (
              <SelectRowCell
                id={r.id}
                selected={selected}
                onSelect={onSelect}
                label={t("risks.selectRow", { name: r.description })}
                testId="risk-row-select"
              />
            )}
            <Table.Td miw={120}>
              <Text size="sm" fw={500}>
                {r.itemName}
              </Text>
            </Table.Td>
            <Table.Td miw={90}>{r.departmentName ?? "—"}</Table.Td>
            <Table.Td miw={80}>{phaseLabel(r.phase)}</Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>{kindLabel(r.kind)}</Table.Td>
            <Table.Td>
              <Text size="sm" style={clamp(3)} title={r.description}>
                {r.description}
              </Text>
            </Table.Td>
            <Table.Td>
              <LevelBadge
                score={r.inherent}
                detail={detail(r.likelihood, r.impact)}
                testId="risk-inherent"
              />
              {!r.assessed && (
                <Badge
                  size="xs"
                  color="grape"
                  variant="light"
                  miw="max-content"
                  mt={2}
                  display="block"
                  title={t("risks.unassessedHint")}
                  data-testid="risk-unassessed"
                >
                  {t("risks.unassessed")}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={clamp(3)} title={r.countermeasure ?? undefined}>
                {r.countermeasure ?? "—"}
              </Text>
            </Table.Td>
            <Table.Td>
              {r.residualLikelihood === null ? (
                <Text c="dimmed">—</Text>
              ) : (
                <LevelBadge
                  score={r.residual}
                  detail={detail(r.residualLikelihood, r.residualImpact)}
                  testId="risk-residual"
                />
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              <Acceptance risk={r} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              <Text size="sm" data-testid="risk-last-reviewed">
                {formatDate(r.lastReviewedOn)}
              </Text>
              {r.lastReviewedBy && (
                <Text size="xs" c="dimmed" data-testid="risk-last-reviewed-by">
                  {r.lastReviewedBy}
                </Text>
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              <Text size="sm">{formatDate(r.reviewOn)}</Text>
              {r.reviewOn && r.reviewOn < now && (
                <Badge size="xs" color="orange" miw="max-content" data-testid="risk-review-overdue">
                  {t("risks.overdue")}
                </Badge>
              )}
            </Table.Td>
            {actions && (
              <Table.Td>
                <RiskRowActions
                  risk={r}
                  editable={editable}
                  canAccept={canAccept}
                  handlers={handlers}
                />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
});

function Acceptance({ risk }: { risk: Risk }) {
  const { t } = useTranslation();
  if (risk.acceptedOn || risk.acceptedBy)
    return (
      <div data-testid="risk-accepted">
        <Text size="sm">{risk.acceptedBy ?? "—"}</Text>
        <Text size="xs" c="dimmed">
          {formatDate(risk.acceptedOn)}
        </Text>
      </div>
    );
  if (risk.needsAction)
    return (
      <Badge color="red" miw="max-content" data-testid="risk-needs-action">
        {t("risks.needsAction")}
      </Badge>
    );
  return <Text c="dimmed">—</Text>;
}
