// 「見直し済みにする」: records the yearly review of the chosen risk rows on a day (today unless
// changed), even when nothing had to change, and optionally the next planned review. Ratings
// and acceptance are not touched; the server records who did it in the audit trail.
import { Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { todayInJapan } from "@src/core/today-in-japan.ts";
import { markRisksReviewedInput } from "@src/modules/risks/risks.contract.ts";
import { useTranslation } from "react-i18next";
import type { BulkDialogProps } from "../../api/bulk.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { DateField } from "../../components/DateField.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { errorText } from "../../lib/validation.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { useMarkRisksReviewed } from "./useRisks.ts";

type Values = { reviewedOn: string | null; nextReviewOn: string | null };

export function ReviewedModal({ orgId, ids, opened, onDone, onClose }: BulkDialogProps) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { reviewedOn: null, nextReviewOn: null },
    validate: contractResolver(markRisksReviewedInput, {
      payload: (v: Values) => ({
        ids,
        reviewedOn: v.reviewedOn,
        ...(v.nextReviewOn ? { nextReviewOn: v.nextReviewOn } : {}),
      }),
      also: (v) => ({ reviewedOn: v.reviewedOn ? null : errorText("required") }),
    }),
  });
  const mark = useMarkRisksReviewed(orgId, {
    form,
    notice: (updated) => t("risks.reviewed.done", { count: updated }),
    onSuccess: onDone,
  });
  useFillOnOpen(form, opened, () => ({ reviewedOn: todayInJapan(), nextReviewOn: null }));

  async function confirm() {
    if (form.validate().hasErrors) return false;
    const { reviewedOn, nextReviewOn } = form.getValues();
    await mark.runOrThrow({
      ids,
      reviewedOn: reviewedOn ?? "",
      ...(nextReviewOn ? { nextReviewOn } : {}),
    });
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
        data-testid="risks-reviewed-date"
        {...form.getInputProps("reviewedOn")}
      />
      <DateField
        label={t("risks.reviewed.next")}
        description={t("risks.reviewed.nextHint")}
        data-testid="risks-reviewed-next"
        {...form.getInputProps("nextReviewOn")}
      />
      <Text size="xs" c="dimmed">
        {t("risks.reviewed.audit")}
      </Text>
    </ConfirmModal>
  );
}

/** The dialog for the selected rows (the page clears its selection in `onDone`). */
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
  const org = useOrg();
  return (
    <ReviewedModal
      orgId={org.id}
      ids={[...ids]}
      opened={opened}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
