// 「確認済みにする」: records that the chosen entries were checked against the current texts
// (amendments included) on a day, by someone: today and the signed-in user unless changed.
import { Text, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type BulkDialogProps, postInChunks } from "../../api/bulk.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { DateField } from "../../components/DateField.tsx";
import { errorText } from "../../lib/validation.ts";
import { useSession } from "../auth/useSession.ts";
import { todayJst } from "./legal-labels.ts";
import { legalPath } from "./useLegal.ts";

export function CheckedModal({ orgId, ids, opened, onDone, onClose }: BulkDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [checkedOn, setCheckedOn] = useState<string | null>(null);
  const [checkedBy, setCheckedBy] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const userName = session.data?.user.name ?? "";

  useEffect(() => {
    if (!opened) return;
    setCheckedOn(todayJst());
    setCheckedBy(userName);
    setFieldErrors({});
  }, [opened, userName]);

  async function confirm() {
    const errors: Record<string, string> = {};
    if (!checkedOn) errors.checkedOn = errorText("required");
    if (!checkedBy.trim()) errors.checkedBy = errorText("required");
    setFieldErrors(errors);
    if (Object.keys(errors).length) return false;
    const fields = { checkedOn, checkedBy: checkedBy.trim() };
    await onDone(await postInChunks(legalPath(orgId, "/checked"), ids, fields));
  }

  return (
    <ConfirmModal
      opened={opened}
      title={t("legal.checked.title")}
      confirmLabel={t("legal.checked.confirm")}
      confirmTestId="legal-checked-confirm"
      danger={false}
      testId="legal-checked-modal"
      onConfirm={confirm}
      onClose={onClose}
    >
      <Text size="sm" data-testid="legal-checked-message">
        {t("legal.checked.message", { count: ids.length })}
      </Text>
      <DateField
        label={t("legal.col.checkedOn")}
        required
        value={checkedOn}
        onChange={setCheckedOn}
        error={fieldErrors.checkedOn}
        data-testid="legal-checked-date"
      />
      <TextInput
        label={t("legal.col.checkedBy")}
        required
        value={checkedBy}
        maxLength={100}
        onChange={(e) => setCheckedBy(e.currentTarget.value)}
        error={fieldErrors.checkedBy}
        data-testid="legal-checked-name"
      />
      <Text size="xs" c="dimmed">
        {t("legal.checked.audit")}
      </Text>
    </ConfirmModal>
  );
}
