// 「見直し済みにする」: records the yearly review of the chosen risk rows on a day (today unless
// changed), even when nothing had to change, and optionally the next planned review. Ratings
// and acceptance are not touched; the server records who did it in the audit trail.
import { Text } from "@mantine/core";
import { todayInJapan } from "@src/core/today-in-japan.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type BulkDialogProps, postInChunks } from "../../api/bulk.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { DateField } from "../../components/DateField.tsx";
import { notifySuccess } from "../../lib/notify.ts";
import { errorText } from "../../lib/validation.ts";
import { orgKey, useOrg } from "../orgs/OrgContext.tsx";
import { risksPath } from "./useRisks.ts";

export function ReviewedModal({ orgId, ids, opened, onDone, onClose }: BulkDialogProps) {
  const { t } = useTranslation();
  const [reviewedOn, setReviewedOn] = useState<string | null>(null);
  const [nextReviewOn, setNextReviewOn] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!opened) return;
    setReviewedOn(todayInJapan());
    setNextReviewOn(null);
    setFieldErrors({});
  }, [opened]);

  async function confirm() {
    const errors: Record<string, string> = {};
    if (!reviewedOn) errors.reviewedOn = errorText("required");
    else if (nextReviewOn && nextReviewOn <= reviewedOn)
      errors.nextReviewOn = errorText("next_review_not_after_review");
    setFieldErrors(errors);
    if (Object.keys(errors).length) return false;
    const fields = { reviewedOn, ...(nextReviewOn ? { nextReviewOn } : {}) };
    await onDone(await postInChunks(risksPath(orgId, "/reviewed"), ids, fields));
  }

  return (
    <ConfirmModal
      opened={opened}
      title={t("risks.reviewed.title")}
      confirmLabel={t("risks.reviewed.confirm")}
      confirmTestId="risks-reviewed-confirm"
      danger={false}
      testId="risks-reviewed-modal"
      onConfirm={confirm}
      onClose={onClose}
    >
      <Text size="sm" data-testid="risks-reviewed-message">
        {t("risks.reviewed.message", { count: ids.length })}
      </Text>
      <DateField
        label={t("risks.reviewed.on")}
        required
        value={reviewedOn}
        onChange={setReviewedOn}
        error={fieldErrors.reviewedOn}
        data-testid="risks-reviewed-date"
      />
      <DateField
        label={t("risks.reviewed.next")}
        description={t("risks.reviewed.nextHint")}
        value={nextReviewOn}
        onChange={setNextReviewOn}
        error={fieldErrors.nextReviewOn}
        data-testid="risks-reviewed-next"
      />
      <Text size="xs" c="dimmed">
        {t("risks.reviewed.audit")}
      </Text>
    </ConfirmModal>
  );
}

/** The dialog for the selected rows: says how many were recorded and refreshes the page. */
export function ReviewSelected({
  ids,
  opened,
  onClose,
  onDone,
}: {
  ids: ReadonlySet<string>;
  opened: boolean;
  onClose: () => void;
  /** After the rows are recorded (e.g. clears the selection). */
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const queryClient = useQueryClient();
  return (
    <ReviewedModal
      orgId={org.id}
      ids={[...ids]}
      opened={opened}
      onClose={onClose}
      onDone={async (updated) => {
        notifySuccess(t("risks.reviewed.done", { count: updated }));
        onDone();
        // The list, the summary and the PDCA calendar all read these rows.
        await queryClient.invalidateQueries({ queryKey: orgKey(org.id) });
      }}
    />
  );
}
