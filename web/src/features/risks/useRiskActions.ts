// Row actions that need a confirmation or a dialog: delete, accept, withdraw acceptance.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { notifySuccess } from "../../lib/notify.ts";
import { orgKey } from "../orgs/OrgContext.tsx";
import { type Risk, risksPath } from "./useRisks.ts";

/** `onRemoved`: after a row is deleted (e.g. to drop it from the selection). */
export function useRiskActions(orgId: string, onRemoved?: (id: string) => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<Risk | null>(null);
  const [accepting, setAccepting] = useState<Risk | null>(null);
  const [withdrawing, setWithdrawing] = useState<Risk | null>(null);

  async function remove() {
    if (!deleting) return;
    await api.delete(risksPath(orgId, `/${deleting.id}`));
    onRemoved?.(deleting.id);
    notifySuccess(t("common.deleted"));
    await queryClient.invalidateQueries({ queryKey: orgKey(orgId) });
  }

  async function withdraw() {
    if (!withdrawing) return;
    await api.delete(risksPath(orgId, `/${withdrawing.id}/accept`));
    notifySuccess(t("risks.accept.withdrawn"));
    await queryClient.invalidateQueries({ queryKey: orgKey(orgId) });
  }

  return {
    deleting,
    setDeleting,
    accepting,
    setAccepting,
    withdrawing,
    setWithdrawing,
    remove,
    withdraw,
  };
}
