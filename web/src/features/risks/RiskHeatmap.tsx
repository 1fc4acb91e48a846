// The heat map: likelihood rows (highest on top) × impact columns, each cell in its level's
// colour with the number of risks; a click filters the risk table to that cell. A thick line
// separates the cells whose level may be accepted from those that need treatment.
import { Box, Group, LoadingOverlay, Stack, Text, UnstyledButton } from "@mantine/core";
import { type CSSProperties, Fragment } from "react";
import { useTranslation } from "react-i18next";
import { HeatmapLegend } from "./HeatmapLegend.tsx";
import { axisLabel, textOn } from "./risk-labels.ts";
import type { Heatmap } from "./useRisks.ts";

export type Cell = { likelihood: number; impact: number };

const LINE = "3px solid #1a1b1e";
const THIN = "1px solid #fff";

export function RiskHeatmap({
  data,
  loading,
  cell,
  onCell,
  level,
  onLevel,
}: {
  data: Heatmap | undefined;
  loading: boolean;
  cell: Cell | null;
  onCell: (c: Cell | null) => void;
  level: string | null;
  onLevel: (key: string | null) => void;
}) {
  const { t } = useTranslation();
  if (!data) return <Box mih={200} pos="relative" data-testid="risks-heatmap" />;
  const rows = [...data.likelihood.levels].reverse();
  const columns = data.impact.levels;
  const rankOf = new Map(data.levels.map((l) => [l.key, l.rank]));
  const byKey = new Map(data.cells.map((c) => [`${c.likelihood}:${c.impact}`, c]));
  const acceptable = (l: number | undefined, i: number | undefined) => {
    if (l === undefined || i === undefined) return null;
    const c = byKey.get(`${l}:${i}`);
    return c ? (rankOf.get(c.level) ?? 0) <= data.acceptanceMaxRank : null;
  };
  // The side of a cell gets the acceptance line when its neighbour there is on the other side.
  const border = (mine: boolean | null, other: boolean | null) =>
    mine !== null && other !== null && mine !== other ? LINE : THIN;
  const size = columns.length > 4 ? 60 : 80;

  return (
    <Stack gap="sm" pos="relative" data-testid="risks-heatmap" data-basis={data.basis}>
      <LoadingOverlay visible={loading} overlayProps={{ blur: 1 }} loaderProps={{ size: "sm" }} />
      <Group align="stretch" gap="xs" wrap="nowrap">
        <Stack gap={2} justify="center" align="center">
          <Text size="xs" fw={700} c="dimmed">
            ↑
          </Text>
          <Text size="xs" fw={700} c="dimmed" style={{ writingMode: "vertical-rl" }}>
            {t("risks.likelihood")}
          </Text>
        </Stack>
        <Box
          style={{
            display: "grid",
            gridTemplateColumns: `auto repeat(${columns.length}, ${size}px)`,
            alignItems: "center",
          }}
        >
          {rows.map((row, r) => (
            <Fragment key={row.value}>
              <Text size="xs" ta="right" pr={6} maw={110}>
                {axisLabel(data.likelihood, row.value)}
              </Text>
              {columns.map((col, c) => {
                const hc = byKey.get(`${row.value}:${col.value}`);
                if (!hc) return <Box key={col.value} />;
                const mine = acceptable(row.value, col.value);
                const selected = cell?.likelihood === row.value && cell.impact === col.value;
                const label = t("risks.heatmap.cellLabel", {
                  likelihood: axisLabel(data.likelihood, row.value),
                  impact: axisLabel(data.impact, col.value),
                  count: hc.count,
                });
                const style: CSSProperties = {
                  height: size,
                  background: hc.count > 0 ? hc.color : `${hc.color}40`,
                  color: hc.count > 0 ? textOn(hc.color) : "#495057",
                  borderTop: border(mine, acceptable(rows[r - 1]?.value, col.value)),
                  borderBottom: border(mine, acceptable(rows[r + 1]?.value, col.value)),
                  borderLeft: border(mine, acceptable(row.value, columns[c - 1]?.value)),
                  borderRight: border(mine, acceptable(row.value, columns[c + 1]?.value)),
                  outline: selected ? "3px solid #228be6" : undefined,
                  outlineOffset: -6,
                  display: "flex",
                  alignItems: "center",
                  justifyContent: "center",
                };
                return (
                  <UnstyledButton
                    key={col.value}
                    style={style}
                    title={label}
                    aria-label={label}
                    aria-pressed={selected}
                    onClick={() =>
                      onCell(selected ? null : { likelihood: row.value, impact: col.value })
                    }
                    data-testid={`heatmap-cell-${row.value}-${col.value}`}
                    data-level={hc.level}
                    data-count={hc.count}
                  >
                    <Text fw={hc.count > 0 ? 700 : 400} size={hc.count > 0 ? "lg" : "sm"}>
                      {hc.count}
                    </Text>
                  </UnstyledButton>
                );
              })}
            </Fragment>
          ))}
          <Box />
          {columns.map((col) => (
            <Text key={col.value} size="xs" ta="center" pt={4} px={2}>
              {axisLabel(data.impact, col.value)}
            </Text>
          ))}
          <Box />
          <Text
            size="xs"
            fw={700}
            c="dimmed"
            ta="center"
            style={{ gridColumn: `span ${columns.length}` }}
          >
            {t("risks.impact")} →
          </Text>
        </Box>
      </Group>
      <HeatmapLegend data={data} level={level} onLevel={onLevel} />
    </Stack>
  );
}
