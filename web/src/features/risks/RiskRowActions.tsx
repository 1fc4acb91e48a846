// Actions on one risk row: confirm the ratings of a 未評価 row, edit, accept / withdraw the
// acceptance, delete.
import { ActionIcon, Group } from "@mantine/core";
import {
  IconCircleCheck,
  IconCircleX,
  IconPencil,
  IconScaleOutline,
  IconTrash,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { RowHandlers } from "./RiskTable.tsx";
import type { Risk } from "./useRisks.ts";

export function RiskRowActions({
  risk,
  editable,
  canAccept,
  handlers,
}: {
  risk: Risk;
  editable: boolean;
  canAccept: boolean;
  handlers: RowHandlers;
}) {
  const { t } = useTranslation();
  const accepted = risk.acceptedOn !== null || risk.acceptedBy !== null;
  // Acceptance is of a scored assessment (the server refuses an unscored one).
  const scored = risk.residualLikelihood !== null ? risk.residual : risk.inherent;
  return (
    <Group gap={2} wrap="nowrap">
      {editable && !risk.assessed && risk.inherent && (
        <ActionIcon
          variant="subtle"
          color="grape"
          aria-label={t("risks.confirm.action")}
          title={t("risks.confirm.action")}
          onClick={() => handlers.onConfirm(risk)}
          data-testid="risk-confirm"
        >
          <IconScaleOutline size={18} />
        </ActionIcon>
      )}
      {editable && (
        <ActionIcon
          variant="subtle"
          aria-label={t("common.edit")}
          title={t("common.edit")}
          onClick={() => handlers.onEdit(risk)}
          data-testid="risk-edit"
        >
          <IconPencil size={18} />
        </ActionIcon>
      )}
      {canAccept && !accepted && scored && (
        <ActionIcon
          variant="subtle"
          color="teal"
          aria-label={t("risks.accept.action")}
          title={t("risks.accept.action")}
          onClick={() => handlers.onAccept(risk)}
          data-testid="risk-accept"
        >
          <IconCircleCheck size={18} />
        </ActionIcon>
      )}
      {canAccept && accepted && (
        <ActionIcon
          variant="subtle"
          color="orange"
          aria-label={t("risks.accept.withdraw")}
          title={t("risks.accept.withdraw")}
          onClick={() => handlers.onWithdraw(risk)}
          data-testid="risk-withdraw"
        >
          <IconCircleX size={18} />
        </ActionIcon>
      )}
      {editable && (
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t("common.delete")}
          title={t("common.delete")}
          onClick={() => handlers.onDelete(risk)}
          data-testid="risk-delete"
        >
          <IconTrash size={18} />
        </ActionIcon>
      )}
    </Group>
  );
}
