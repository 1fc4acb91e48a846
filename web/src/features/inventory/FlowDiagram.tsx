// 業務フロー図: the item's phases left to right, each box coloured by its most serious risk
// level (residual, else inherent), with a legend. Phases without risk rows say 未分析; a
// phase whose rows are all 未評価 is grey and says so (a suggested level is not a rating).
import { Box, Group, ScrollArea, Stack, Text } from "@mantine/core";
import type { RiskLevelDef } from "@src/core/registers/risk-matrix.ts";
import { IconArrowRight } from "@tabler/icons-react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { type PhaseRisk, textOn } from "./flow-risk.ts";
import { phaseLabel, pick } from "./inventory-fields.ts";

export type DiagramStep = {
  phase: string;
  who: string | null;
  what: string | null;
  where: string | null;
  medium: string | null;
};

const UNANALYSED_BORDER = "2px dashed var(--mantine-color-gray-5)";
/** Neutral: 未評価 rows' suggested levels colour nothing. */
const UNASSESSED_FILL = "var(--mantine-color-gray-2)";
const UNASSESSED_TEXT = "var(--mantine-color-gray-8)";

function StepLine({ step }: { step: DiagramStep }) {
  const parts = [step.who, step.what, step.where, step.medium].filter((p) => p?.trim());
  if (parts.length === 0) return null;
  return (
    <Text size="xs" style={{ color: "inherit", opacity: 0.9 }} lineClamp={3}>
      {parts.join(" / ")}
    </Text>
  );
}

function PhaseBox({
  phase,
  steps,
  risk,
  coloured,
}: {
  phase: string;
  steps: DiagramStep[];
  risk: PhaseRisk | undefined;
  /** false when the risks could not be loaded: no colour, no 未分析. */
  coloured: boolean;
}) {
  const { t } = useTranslation();
  const worst = coloured ? risk?.worst : null;
  const unanalysed = coloured && !risk;
  // No assessed level to show, but 未評価 rows: grey, labelled 未評価.
  const unassessed = coloured && !worst && (risk?.unassessed ?? 0) > 0;
  const background = worst
    ? worst.color
    : unassessed
      ? UNASSESSED_FILL
      : "var(--mantine-color-body)";
  const color = worst ? textOn(worst.color) : unassessed ? UNASSESSED_TEXT : "inherit";
  let status: string | null = null;
  if (worst) status = pick(worst.label);
  else if (unassessed) status = t("inventory.flow.unassessed");
  else if (unanalysed) status = t("inventory.flow.unanalysed");
  else if (coloured) status = t("inventory.flow.unscored");
  // Beside an assessed level: how many rows of the phase are still 未評価.
  const alsoUnassessed = coloured && worst ? (risk?.unassessed ?? 0) : 0;
  let level = "none";
  if (worst) level = worst.level;
  else if (unassessed) level = "unassessed";
  else if (unanalysed) level = "unanalysed";
  return (
    <Box
      data-testid={`flow-phase-${phase}`}
      data-level={level}
      w={160}
      mih={110}
      p="sm"
      style={{
        background,
        color,
        flexShrink: 0,
        borderRadius: 8,
        border: worst
          ? "2px solid rgba(0,0,0,0.15)"
          : unanalysed
            ? UNANALYSED_BORDER
            : "2px solid var(--mantine-color-gray-4)",
      }}
    >
      <Stack gap={4}>
        <Text fw={700} size="sm" style={{ color: "inherit" }}>
          {phaseLabel(phase)}
        </Text>
        {status && (
          <Text size="xs" fw={600} style={{ color: "inherit" }} data-testid="flow-status">
            {status}
            {risk && coloured ? ` · ${t("inventory.flow.riskCount", { count: risk.count })}` : ""}
          </Text>
        )}
        {alsoUnassessed > 0 && (
          <Text size="xs" style={{ color: "inherit" }} data-testid="flow-unassessed">
            {t("inventory.flow.unassessedCount", { count: alsoUnassessed })}
          </Text>
        )}
        {steps.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps are shown in order, without ids
          <StepLine key={i} step={s} />
        ))}
      </Stack>
    </Box>
  );
}

export function FlowDiagram({
  phases,
  steps,
  risks,
  unavailable,
  levels,
}: {
  phases: string[];
  steps: DiagramStep[];
  /** null while loading or when the risks could not be loaded: boxes stay uncoloured. */
  risks: Map<string, PhaseRisk> | null;
  /** The risks could not be loaded (say so instead of the legend). */
  unavailable: boolean;
  levels: readonly RiskLevelDef[];
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="flow-diagram">
      {phases.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="flow-empty">
          {t("inventory.flow.empty")}
        </Text>
      ) : (
        <ScrollArea type="auto" offsetScrollbars>
          <Group gap={6} align="stretch" wrap="nowrap">
            {phases.map((phase, i) => (
              <Fragment key={phase}>
                {i > 0 && (
                  <Group align="center" aria-hidden>
                    <IconArrowRight size={22} color="var(--mantine-color-gray-6)" />
                  </Group>
                )}
                <PhaseBox
                  phase={phase}
                  steps={steps.filter((s) => s.phase === phase)}
                  risk={risks?.get(phase)}
                  coloured={risks !== null}
                />
              </Fragment>
            ))}
          </Group>
        </ScrollArea>
      )}
      {unavailable ? (
        <Text size="xs" c="dimmed" data-testid="flow-risks-unavailable">
          {t("inventory.flow.risksUnavailable")}
        </Text>
      ) : (
        risks !== null && (
          <Group gap="md" data-testid="flow-legend">
            <Text size="xs" c="dimmed">
              {t("inventory.flow.legend")}
            </Text>
            {[...levels]
              .sort((a, b) => b.rank - a.rank)
              .map((l) => (
                <Group key={l.key} gap={4}>
                  <Box w={14} h={14} style={{ background: l.color, borderRadius: 3 }} />
                  <Text size="xs">{pick(l.label)}</Text>
                </Group>
              ))}
            <Group gap={4}>
              <Box w={14} h={14} style={{ background: UNASSESSED_FILL, borderRadius: 3 }} />
              <Text size="xs">{t("inventory.flow.unassessed")}</Text>
            </Group>
            <Group gap={4}>
              <Box w={14} h={14} style={{ border: UNANALYSED_BORDER, borderRadius: 3 }} />
              <Text size="xs">{t("inventory.flow.unanalysed")}</Text>
            </Group>
          </Group>
        )
      )}
    </Stack>
  );
}
