import { Modal, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { authApi, authErrorText } from "../api/auth.ts";
import { changePasswordSchema } from "../features/auth/auth-schemas.ts";
import { notifySuccess } from "../lib/notify.ts";
import { zodErrors } from "../lib/validation.ts";
import { ModalFooter } from "./ModalFooter.tsx";

export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { currentPassword: "", newPassword: "", confirm: "" },
    validate: (values) => zodErrors(changePasswordSchema, values),
  });

  function close() {
    form.reset();
    setError(null);
    onClose();
  }

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setError(null);
    try {
      await authApi.changePassword({ currentPassword, newPassword });
      notifySuccess(t("auth.passwordChanged"));
      close();
    } catch (err) {
      setError(authErrorText(err));
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t("header.changePassword")}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <PasswordInput
            label={t("auth.currentPassword")}
            autoComplete="current-password"
            required
            data-testid="current-password"
            {...form.getInputProps("currentPassword")}
          />
          <PasswordInput
            label={t("auth.newPassword")}
            description={t("auth.passwordHint")}
            autoComplete="new-password"
            required
            data-testid="new-password"
            {...form.getInputProps("newPassword")}
          />
          <PasswordInput
            label={t("auth.confirmPassword")}
            autoComplete="new-password"
            required
            {...form.getInputProps("confirm")}
          />
          <ModalFooter
            error={error}
            onCancel={close}
            confirmText={t("common.change")}
            confirmTestId="change-password-submit"
            loading={form.submitting}
          />
        </Stack>
      </form>
    </Modal>
  );
}
