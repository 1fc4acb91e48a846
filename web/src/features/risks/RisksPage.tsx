// リスク分析: the heat map of the organization's risk matrix and the risk table (item × phase
// × risk), with rows added by hand or from the library of suggestions (未評価 until a person
// confirms their ratings), formal acceptance, the yearly review of selected rows (見直し済み)
// and the matrix settings. `?itemId=` (from the register) pre-filters both.
import { Alert, Button, Card, CloseButton, Group, SegmentedControl, Text } from "@mantine/core";
import { IconBulb, IconSettings } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ListPagination } from "../../components/ListPagination.tsx";
import { ListToolbar, SelectionBar } from "../../components/ListToolbar.tsx";
import { AddButton, DownloadButton } from "../../components/PageButtons.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { useSelection } from "../../components/Selection.tsx";
import { errorMessage } from "../../lib/notify.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { MatrixModal } from "./MatrixModal.tsx";
import { ReviewSelected } from "./ReviewedModal.tsx";
import { noFilters, RiskFilters } from "./RiskFilters.tsx";
import { RiskFormModal } from "./RiskFormModal.tsx";
import { type Cell, RiskHeatmap } from "./RiskHeatmap.tsx";
import { RiskSummary } from "./RiskSummary.tsx";
import { RiskTable } from "./RiskTable.tsx";
import { RowDialogs } from "./RowDialogs.tsx";
import { axisLabel } from "./risk-labels.ts";
import { SuggestionsModal } from "./SuggestionsModal.tsx";
import { useRiskActions } from "./useRiskActions.ts";
import { useRiskFilters } from "./useRiskFilters.ts";
import {
  type Basis,
  type Risk,
  risksPath,
  useHeatmap,
  useRiskMatrix,
  useRisks,
} from "./useRisks.ts";

export default function RisksPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan("inventory.write");
  const canAccept = useCan("risks.accept");
  const canEditMatrix = useCan("riskMatrix.write");
  const { filters, changeFilters, itemLabel, q, page, setPage, sort, setSort, sortBy } =
    useRiskFilters();
  const [basis, setBasis] = useState<Basis>("inherent");
  const [cell, setCell] = useState<Cell | null>(null);
  const matrix = useRiskMatrix(org.id);
  const heatmap = useHeatmap(org.id, { basis, itemId: filters.itemId, phase: filters.phase });
  const risks = useRisks(org.id, {
    ...filters,
    q,
    levelOf: basis,
    likelihood: cell?.likelihood,
    impact: cell?.impact,
    unaccepted: filters.unaccepted ? "true" : null,
    reviewOverdue: filters.reviewOverdue ? "true" : null,
    assessed: filters.unassessed ? "false" : null,
    sort,
    page,
  });
  const [editing, setEditing] = useState<Risk | "new" | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  const [matrixOpen, setMatrixOpen] = useState(false);
  const [highlight, setHighlight] = useState<ReadonlySet<string>>(new Set());
  const { selected, select, clear } = useSelection();
  const actions = useRiskActions(org.id, (id) => select([id], false));
  const [reviewing, setReviewing] = useState(false);

  // Stable props, so that the memoized table does not re-render while the next page loads.
  const { setDeleting, setAccepting, setWithdrawing, setConfirming } = actions;
  const handlers = useMemo(
    () => ({
      onEdit: setEditing,
      onDelete: setDeleting,
      onAccept: setAccepting,
      onWithdraw: setWithdrawing,
      onConfirm: setConfirming,
    }),
    [setDeleting, setAccepting, setWithdrawing, setConfirming],
  );

  const total = risks.data?.total ?? 0;
  const chooseCell = (c: Cell | null) => {
    setCell(c);
    setPage(1);
  };
  const chooseBasis = (b: Basis) => {
    setBasis(b);
    setCell(null);
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title={t("risks.title")}
        description={t("risks.intro")}
        actions={
          <>
            {/* The whole risk analysis of the organization, as the register page offers it. */}
            <DownloadButton href={risksPath(org.id, "/export.xlsx")} testId="risks-export-xlsx">
              {t("risks.exportXlsx")}
            </DownloadButton>
            <DownloadButton href={risksPath(org.id, "/export.pdf")} testId="risks-export-pdf">
              {t("risks.exportPdf")}
            </DownloadButton>
            {canEditMatrix && matrix.data && (
              <Button
                variant="default"
                leftSection={<IconSettings size={16} />}
                onClick={() => setMatrixOpen(true)}
                data-testid="matrix-open"
              >
                {t("risks.matrix.open")}
              </Button>
            )}
            {editable && (
              <Button
                variant="default"
                leftSection={<IconBulb size={16} />}
                onClick={() => setSuggesting(true)}
                disabled={!matrix.data}
                data-testid="suggestions-open"
              >
                {t("risks.suggestions.open")}
              </Button>
            )}
            {editable && (
              <AddButton
                onClick={() => setEditing("new")}
                disabled={!matrix.data}
                testId="risk-new"
              >
                {t("risks.add")}
              </AddButton>
            )}
          </>
        }
      />
      <Card withBorder padding="md" mb="md">
        <Group justify="space-between" mb="sm">
          <Text fw={600}>{t("risks.heatmap.title")}</Text>
          <SegmentedControl
            value={basis}
            onChange={(v) => chooseBasis(v as Basis)}
            data={[
              { value: "inherent", label: t("risks.heatmap.inherent") },
              { value: "residual", label: t("risks.heatmap.residual") },
            ]}
            data-testid="risks-basis"
          />
        </Group>
        {heatmap.isError && <Alert color="red">{errorMessage(heatmap.error)}</Alert>}
        <Group align="flex-start" gap="xl">
          <RiskHeatmap
            data={heatmap.data}
            loading={heatmap.isFetching}
            cell={cell}
            onCell={chooseCell}
            level={filters.level}
            onLevel={(level) => changeFilters({ ...filters, level })}
          />
          <RiskSummary
            itemId={filters.itemId}
            phase={filters.phase}
            unaccepted={filters.unaccepted}
            overdue={filters.reviewOverdue}
            unassessed={filters.unassessed}
            onUnaccepted={() => changeFilters({ ...filters, unaccepted: !filters.unaccepted })}
            onOverdue={() => changeFilters({ ...filters, reviewOverdue: !filters.reviewOverdue })}
            onUnassessed={() => changeFilters({ ...filters, unassessed: !filters.unassessed })}
          />
        </Group>
      </Card>
      <Card withBorder padding="md">
        <RiskFilters
          values={filters}
          onChange={changeFilters}
          levels={heatmap.data?.levels ?? []}
          itemLabel={itemLabel}
        />
        <ListToolbar
          total={total}
          testId="risks-total"
          extra={
            cell &&
            heatmap.data && (
              <Group gap={4} data-testid="risks-cell-filter">
                <Text size="sm">
                  {t("risks.cellFilter", {
                    basis: t(`risks.heatmap.${basis}`),
                    likelihood: axisLabel(heatmap.data.likelihood, cell.likelihood),
                    impact: axisLabel(heatmap.data.impact, cell.impact),
                  })}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={t("risks.clearCell")}
                  onClick={() => chooseCell(null)}
                />
              </Group>
            )
          }
        >
          {editable && selected.size > 0 ? (
            <SelectionBar
              count={selected.size}
              countTestId="risks-selected-count"
              onClear={clear}
              actionText={t("risks.reviewed.action")}
              actionTestId="risks-bulk-reviewed"
              onAction={() => setReviewing(true)}
            />
          ) : (
            <Text size="xs" c="dimmed">
              {t("risks.levelBasis", { basis: t(`risks.heatmap.${basis}`) })}
            </Text>
          )}
        </ListToolbar>
        {risks.isError && <Alert color="red">{errorMessage(risks.error)}</Alert>}
        <RiskTable
          items={risks.data?.items ?? []}
          loading={risks.isFetching}
          matrix={matrix.data?.matrix}
          highlight={highlight}
          sort={sort}
          onSort={sortBy}
          editable={editable}
          canAccept={canAccept}
          handlers={handlers}
          selected={selected}
          onSelect={select}
        />
        <ListPagination total={total} page={page} onChange={setPage} testId="risks-pagination" />
      </Card>
      {matrix.data && (
        <>
          <RiskFormModal
            risk={editing}
            matrix={matrix.data.matrix}
            defaultItemId={filters.itemId}
            defaultItemLabel={itemLabel}
            onClose={() => setEditing(null)}
          />
          <SuggestionsModal
            opened={suggesting}
            matrix={matrix.data.matrix}
            defaultItemId={filters.itemId}
            defaultItemLabel={itemLabel}
            defaultPhase={filters.phase}
            onClose={() => setSuggesting(false)}
            onAdded={(itemIds, res) => {
              // Show the new rows, 未評価 (one item: that item's only), in register order.
              const itemId = itemIds.length === 1 ? (itemIds[0] ?? null) : null;
              changeFilters({ ...noFilters, itemId, unassessed: true });
              setCell(null);
              setSort("item");
              setHighlight(new Set(res.ids));
            }}
          />
          <MatrixModal
            opened={matrixOpen}
            saved={matrix.data.matrix}
            onClose={() => setMatrixOpen(false)}
            onSaved={() => {
              setCell(null);
              changeFilters({ ...filters, level: null });
            }}
          />
        </>
      )}
      <RowDialogs actions={actions} />
      <ReviewSelected
        ids={selected}
        opened={reviewing}
        onClose={() => setReviewing(false)}
        onDone={clear}
      />
    </>
  );
}
