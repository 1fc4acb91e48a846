// One suggestion of the library to tick: the risk, its kind, the level its typical ratings get
// on this organization's matrix (a starting point: the added row stays 未評価), and the
// countermeasures it comes with.
import { Checkbox, Group, List, Stack, Text } from "@mantine/core";
import { type RiskMatrix, scoreRisk } from "@src/core/registers/risk-matrix.ts";
import { mapTypicalValue } from "@src/core/registers/risk-suggestions.ts";
import { useTranslation } from "react-i18next";
import { LevelBadge } from "./LevelBadge.tsx";
import { bi, kindLabel } from "./risk-labels.ts";
import type { Suggestion } from "./useRisks.ts";

/** The level a suggestion's typical values get on this organization's matrix. */
function typicalScore(matrix: RiskMatrix, s: Suggestion) {
  const typical = (v: number) => Math.min(3, Math.max(1, v)) as 1 | 2 | 3;
  return scoreRisk(
    matrix,
    mapTypicalValue(typical(s.typicalLikelihood), matrix.likelihood),
    mapTypicalValue(typical(s.typicalImpact), matrix.impact),
  );
}

export function SuggestionRow({ s, matrix }: { s: Suggestion; matrix: RiskMatrix }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      value={s.id}
      data-testid={`suggestion-${s.id}`}
      styles={{ body: { alignItems: "flex-start" }, labelWrapper: { width: "100%" } }}
      label={
        <Stack gap={4}>
          <Group gap="xs" justify="space-between" wrap="nowrap">
            <Text size="sm" fw={500}>
              {bi(s.risk)}
            </Text>
            <Group gap={4} wrap="nowrap">
              <Text size="xs" c="dimmed">
                {kindLabel(s.kind)}
              </Text>
              <LevelBadge score={typicalScore(matrix, s)} detail={t("risks.suggestions.typical")} />
            </Group>
          </Group>
          {s.countermeasures.length > 0 && (
            <List size="xs" c="dimmed" withPadding>
              {s.countermeasures.map((c) => (
                <List.Item key={c.ja}>{bi(c)}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      }
    />
  );
}
