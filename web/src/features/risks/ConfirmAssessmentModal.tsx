// 評価を確認: a 未評価 row shows its ratings (the library's typical ones, or as last set) and the
// level they give; confirming records the user as the one who assessed them, today. To change
// a rating, the user edits the row instead (a changed rating is an assessment too).
import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { LevelBadge } from "./LevelBadge.tsx";
import { phaseLabel } from "./risk-labels.ts";
import type { Risk } from "./useRisks.ts";

export function ConfirmAssessmentModal({
  risk,
  onConfirm,
  onClose,
}: {
  risk: Risk | null;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmModal
      opened={risk !== null}
      title={t("risks.confirm.title")}
      confirmLabel={t("risks.confirm.action")}
      confirmTestId="risk-confirm-save"
      danger={false}
      testId="risk-confirm-modal"
      onConfirm={onConfirm}
      onClose={onClose}
    >
      {risk && (
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {risk.itemName} · {phaseLabel(risk.phase)}
          </Text>
          <Text size="sm">{risk.description}</Text>
          <Text size="sm" data-testid="risk-confirm-ratings">
            {t("risks.confirm.ratings", { likelihood: risk.likelihood, impact: risk.impact })}{" "}
            <LevelBadge score={risk.inherent} />
          </Text>
          <Text size="xs" c="dimmed">
            {t("risks.confirm.hint")}
          </Text>
        </Stack>
      )}
    </ConfirmModal>
  );
}
