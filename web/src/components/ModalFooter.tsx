// The foot of a dialog: the error of the whole form (e.g. a 409), then キャンセル and the main
// button on the right.
import { Button, Group, type MantineColor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FormError } from "./FormError.tsx";

export function ModalFooter({
  error,
  onCancel,
  confirmText,
  confirmTestId,
  loading,
  onConfirm,
  color,
  disabled,
}: {
  error: string | null | undefined;
  onCancel: () => void;
  /** 保存 unless given. */
  confirmText?: string;
  confirmTestId: string;
  loading: boolean;
  /** Without it the main button submits the form it stands in. */
  onConfirm?: () => void;
  color?: MantineColor;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormError message={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
        <Button
          type={onConfirm ? "button" : "submit"}
          color={color}
          loading={loading}
          disabled={disabled}
          onClick={onConfirm}
          data-testid={confirmTestId}
        >
          {confirmText ?? t("common.save")}
        </Button>
      </Group>
    </>
  );
}
