// The dialogs of the row actions: accept, withdraw the acceptance, delete, confirm the ratings.
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { AcceptModal } from "./AcceptModal.tsx";
import { ConfirmAssessmentModal } from "./ConfirmAssessmentModal.tsx";
import type { useRiskActions } from "./useRiskActions.ts";

export function RowDialogs({ actions }: { actions: ReturnType<typeof useRiskActions> }) {
  const { t } = useTranslation();
  return (
    <>
      <AcceptModal risk={actions.accepting} onClose={() => actions.setAccepting(null)} />
      <ConfirmModal
        opened={actions.withdrawing !== null}
        title={t("risks.accept.withdraw")}
        message={t("risks.accept.withdrawConfirm", { by: actions.withdrawing?.acceptedBy ?? "—" })}
        confirmLabel={t("risks.accept.withdraw")}
        onConfirm={actions.withdraw}
        onClose={() => actions.setWithdrawing(null)}
      />
      <ConfirmAssessmentModal
        risk={actions.confirming}
        onConfirm={actions.confirm}
        onClose={() => actions.setConfirming(null)}
      />
      <ConfirmModal
        opened={actions.deleting !== null}
        message={t("risks.deleteConfirm", { description: actions.deleting?.description ?? "" })}
        onConfirm={actions.remove}
        onClose={() => actions.setDeleting(null)}
      />
    </>
  );
}
