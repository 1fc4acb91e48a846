// Figures beside the heat map (same item and phase filters): all rows, 未評価 rows, rows
// needing action, rows past their review date; a click on a figure filters the table.
import { Box, Stack, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useOrg } from "../orgs/OrgContext.tsx";
import { useRiskCount } from "./useRisks.ts";

function Figure({
  label,
  value,
  color,
  active,
  onClick,
  testId,
}: {
  label: string;
  value: number | undefined;
  color?: string;
  active?: boolean;
  onClick?: () => void;
  testId: string;
}) {
  const body = (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} c={value ? color : undefined} data-testid={testId}>
        {value ?? "…"}
      </Text>
    </Stack>
  );
  const frame = { borderRadius: 6, border: `2px solid ${active ? "#228be6" : "transparent"}` };
  if (!onClick)
    return (
      <Box p={6} style={frame}>
        {body}
      </Box>
    );
  return (
    <UnstyledButton onClick={onClick} aria-pressed={active} p={6} style={frame}>
      {body}
    </UnstyledButton>
  );
}

export function RiskSummary({
  itemId,
  phase,
  unaccepted,
  overdue,
  unassessed,
  onUnaccepted,
  onOverdue,
  onUnassessed,
}: {
  itemId: string | null;
  phase: string | null;
  unaccepted: boolean;
  overdue: boolean;
  unassessed: boolean;
  onUnaccepted: () => void;
  onOverdue: () => void;
  onUnassessed: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const all = useRiskCount(org.id, { itemId, phase });
  const needsAction = useRiskCount(org.id, { itemId, phase, unaccepted: "true" });
  const late = useRiskCount(org.id, { itemId, phase, reviewOverdue: "true" });
  const pending = useRiskCount(org.id, { itemId, phase, assessed: "false" });
  return (
    <Stack gap="xs" data-testid="risks-summary">
      <Figure label={t("risks.summary.total")} value={all.data} testId="risks-summary-total" />
      <Figure
        label={t("risks.summary.unassessed")}
        value={pending.data}
        color="grape"
        active={unassessed}
        onClick={onUnassessed}
        testId="risks-summary-unassessed"
      />
      <Figure
        label={t("risks.summary.needsAction")}
        value={needsAction.data}
        color="red"
        active={unaccepted}
        onClick={onUnaccepted}
        testId="risks-summary-needs-action"
      />
      <Figure
        label={t("risks.summary.overdue")}
        value={late.data}
        color="orange"
        active={overdue}
        onClick={onOverdue}
        testId="risks-summary-overdue"
      />
    </Stack>
  );
}
