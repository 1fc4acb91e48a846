// 「確認済みにする」: records that the chosen entries were checked against the current texts
// (amendments included) on a day, by someone: today and the signed-in user unless changed.
import { Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { markCheckedInput } from "@src/modules/legal/legal.contract.ts";
import { useTranslation } from "react-i18next";
import type { BulkDialogProps } from "../../api/bulk.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { DateField } from "../../components/DateField.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { errorText } from "../../lib/validation.ts";
import { useSession } from "../auth/useSession.ts";
import { todayJst } from "./legal-labels.ts";
import { useMarkLegalChecked } from "./useLegal.ts";

type Values = { checkedOn: string | null; checkedBy: string };

export function CheckedModal({ orgId, ids, opened, onDone, onClose }: BulkDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const userName = session.data?.user.name ?? "";
  const form = useForm<Values>({
    initialValues: { checkedOn: null, checkedBy: "" },
    validate: contractResolver(markCheckedInput, {
      payload: (v: Values) => ({ ids, checkedOn: v.checkedOn, checkedBy: v.checkedBy }),
      also: (v) => ({
        checkedOn: v.checkedOn ? null : errorText("required"),
        checkedBy: v.checkedBy.trim() ? null : errorText("required"),
      }),
    }),
  });
  const mark = useMarkLegalChecked(orgId, {
    form,
    notice: (updated) => t("legal.checked.done", { count: updated }),
    onSuccess: onDone,
  });
  useFillOnOpen(form, opened && userName, () => ({ checkedOn: todayJst(), checkedBy: userName }));

  async function confirm() {
    if (form.validate().hasErrors) return false;
    const { checkedOn, checkedBy } = form.getValues();
    await mark.runOrThrow({ ids, checkedOn: checkedOn ?? "", checkedBy: checkedBy.trim() });
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
        data-testid="legal-checked-date"
        {...form.getInputProps("checkedOn")}
      />
      <TextInput
        label={t("legal.col.checkedBy")}
        required
        maxLength={100}
        data-testid="legal-checked-name"
        {...form.getInputProps("checkedBy")}
      />
      <Text size="xs" c="dimmed">
        {t("legal.checked.audit")}
      </Text>
    </ConfirmModal>
  );
}
