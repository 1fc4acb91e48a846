// Legend of the heat map: each risk level with its colour and count (a click filters the
// table by level), where the acceptance line lies, how many rows are not scored, and the 未評価
// rows, which are in no cell.
import { Box, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { bi } from "./risk-labels.ts";
import type { Heatmap } from "./useRisks.ts";

export function HeatmapLegend({
  data,
  level,
  onLevel,
}: {
  data: Heatmap;
  level: string | null;
  onLevel: (key: string | null) => void;
}) {
  const { t } = useTranslation();
  const acceptable = data.levels.filter((l) => l.rank <= data.acceptanceMaxRank);
  return (
    <Stack gap={6} data-testid="heatmap-legend">
      <Group gap="xs">
        {data.levels.map((l) => {
          const active = level === l.key;
          return (
            <UnstyledButton
              key={l.key}
              onClick={() => onLevel(active ? null : l.key)}
              aria-pressed={active}
              data-testid={`heatmap-level-${l.key}`}
              px={6}
              py={2}
              style={{
                borderRadius: 4,
                border: active ? "2px solid #228be6" : "2px solid transparent",
              }}
            >
              <Group gap={6} wrap="nowrap">
                <Box w={14} h={14} style={{ background: l.color, borderRadius: 3 }} />
                <Text size="sm">
                  {bi(l.label)} <b>{l.count}</b>
                </Text>
              </Group>
            </UnstyledButton>
          );
        })}
      </Group>
      <Group gap={6} wrap="nowrap">
        <Box w={22} h={0} style={{ borderTop: "3px solid #1a1b1e" }} />
        <Text size="xs" c="dimmed" data-testid="heatmap-acceptance">
          {acceptable.length > 0
            ? t("risks.heatmap.acceptanceLine", {
                levels: acceptable.map((l) => bi(l.label)).join("・"),
              })
            : t("risks.heatmap.noAcceptance")}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" data-testid="heatmap-unscored">
        {t(
          data.basis === "residual" ? "risks.heatmap.unscoredResidual" : "risks.heatmap.unscored",
          {
            count: data.unscored,
            total: data.total,
          },
        )}
      </Text>
      {data.unassessed > 0 && (
        <Text size="xs" c="grape" data-testid="heatmap-unassessed">
          {t("risks.heatmap.unassessed", { count: data.unassessed })}
        </Text>
      )}
    </Stack>
  );
}
