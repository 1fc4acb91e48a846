// 「今年度の見直し済みにする」: records today's date as the last review of the chosen rows. The
// server records who did it in the audit trail.
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { BulkDialogProps } from "../../api/bulk.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { formatDate } from "../../lib/format.ts";
import { todayJst } from "./inventory-fields.ts";
import { useMarkItemsReviewed } from "./useInventory.ts";

export function ReviewedModal({ orgId, ids, opened, onDone, onClose }: BulkDialogProps) {
  const { t } = useTranslation();
  const today = todayJst();
  const mark = useMarkItemsReviewed(orgId, {
    notice: (updated) => t("inventory.reviewed.done", { count: updated }),
    onSuccess: onDone,
  });
  return (
    <ConfirmModal
      opened={opened}
      title={t("inventory.reviewed.title")}
      confirmLabel={t("inventory.reviewed.confirm")}
      confirmTestId="bulk-reviewed-confirm"
      danger={false}
      onConfirm={() => mark.runOrThrow({ ids, reviewedOn: today })}
      onClose={onClose}
    >
      <Text size="sm" data-testid="bulk-reviewed-message">
        {t("inventory.reviewed.message", { count: ids.length, date: formatDate(today) })}
      </Text>
      <Text size="xs" c="dimmed">
        {t("inventory.reviewed.audit")}
      </Text>
    </ConfirmModal>
  );
}
