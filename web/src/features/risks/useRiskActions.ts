// Row actions that need a confirmation or a dialog: delete, accept, withdraw acceptance, and
// 評価を確認 (the ratings of a 未評価 row as they stand).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type Risk,
  useConfirmAssessment,
  useDeleteRisk,
  useWithdrawAcceptance,
} from "./useRisks.ts";

/** `onRemoved`: after a row is deleted (e.g. to drop it from the selection). */
export function useRiskActions(orgId: string, onRemoved?: (id: string) => void) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState<Risk | null>(null);
  const [accepting, setAccepting] = useState<Risk | null>(null);
  const [withdrawing, setWithdrawing] = useState<Risk | null>(null);
  const [confirming, setConfirming] = useState<Risk | null>(null);
  const deletion = useDeleteRisk(orgId, {
    notice: t("common.deleted"),
    onSuccess: (_, risk) => onRemoved?.(risk.id),
  });
  const withdrawal = useWithdrawAcceptance(orgId, { notice: t("risks.accept.withdrawn") });
  const confirmation = useConfirmAssessment(orgId, { notice: t("risks.confirm.done") });

  const remove = () => (deleting ? deletion.runOrThrow(deleting) : Promise.resolve());
  const withdraw = () => (withdrawing ? withdrawal.runOrThrow(withdrawing) : Promise.resolve());
  const confirm = () => (confirming ? confirmation.runOrThrow(confirming) : Promise.resolve());

  return {
    deleting,
    setDeleting,
    accepting,
    setAccepting,
    withdrawing,
    setWithdrawing,
    confirming,
    setConfirming,
    remove,
    withdraw,
    confirm,
  };
}
