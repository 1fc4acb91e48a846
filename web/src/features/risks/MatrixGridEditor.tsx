// The grid of the matrix: for each likelihood × impact, the risk level (a select per cell),
// likelihood rows with the highest on top as in the heat map.
import { Box, Select, Table, Text } from "@mantine/core";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { Draft } from "./matrix-draft.ts";
import { bi, textOn } from "./risk-labels.ts";

export function MatrixGridEditor({
  draft,
  errors,
  onChange,
}: {
  draft: Draft;
  errors: Record<string, string>;
  onChange: (d: Draft) => void;
}) {
  const { t } = useTranslation();
  const options = draft.riskLevels.map((l) => ({ value: l.key, label: bi(l.label) || l.key }));
  const colorOf = new Map(draft.riskLevels.map((l) => [l.key, l.color]));
  const setCell = (i: number, j: number, key: string) =>
    onChange({
      ...draft,
      grid: draft.grid.map((row, r) => (r === i ? row.map((c, k) => (k === j ? key : c)) : row)),
    });
  const rows = draft.likelihood.levels.map((l, i) => ({ level: l, i })).reverse();
  return (
    <div>
      <Text fw={600} size="sm">
        {t("risks.matrix.grid")}
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {t("risks.matrix.gridHint")}
      </Text>
      <Table.ScrollContainer minWidth={120 + draft.impact.levels.length * 110}>
        <Table withTableBorder withColumnBorders verticalSpacing={4} data-testid="matrix-grid">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                {t("risks.likelihood")} ＼ {t("risks.impact")}
              </Table.Th>
              {draft.impact.levels.map((c) => (
                <Table.Th key={c.value} ta="center">
                  {bi(c.label) || c.value}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ level, i }) => (
              <Fragment key={level.value}>
                <Table.Tr>
                  <Table.Th>{bi(level.label) || level.value}</Table.Th>
                  {draft.impact.levels.map((c, j) => {
                    const key = draft.grid[i]?.[j] ?? "";
                    const error = errors[`grid.${i}.${j}`];
                    // A cell with an error stays white so its message can be read.
                    const color = (!error && colorOf.get(key)) || "#FFFFFF";
                    return (
                      <Table.Td key={c.value} style={{ background: color }} p={4}>
                        <Select
                          size="xs"
                          data={options}
                          value={colorOf.has(key) ? key : null}
                          onChange={(v) => v && setCell(i, j, v)}
                          allowDeselect={false}
                          aria-label={`${bi(level.label)} × ${bi(c.label)}`}
                          error={error}
                          styles={{ input: { borderColor: textOn(color) } }}
                          data-testid={`matrix-cell-${i}-${j}`}
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
                {errors[`grid.${i}`] && (
                  <Table.Tr>
                    <Table.Td colSpan={draft.impact.levels.length + 1}>
                      <Box c="red" fz="xs">
                        {errors[`grid.${i}`]}
                      </Box>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
