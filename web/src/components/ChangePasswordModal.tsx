import { Modal, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { changePasswordSchema } from "../features/auth/auth-schemas.ts";
import { useChangePassword } from "../features/auth/useSession.ts";
import { contractResolver } from "../lib/form.ts";
import { ModalFooter } from "./ModalFooter.tsx";

export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { currentPassword: "", newPassword: "", confirm: "" },
    validate: contractResolver(changePasswordSchema, {
      also: (v) => ({ confirm: v.confirm !== v.newPassword ? t("auth.passwordMismatch") : null }),
    }),
  });
  const change = useChangePassword({
    notice: t("auth.passwordChanged"),
    onSuccess: () => close(),
  });

  function close() {
    form.reset();
    change.reset();
    onClose();
  }

  const submit = form.onSubmit(({ currentPassword, newPassword }) =>
    change.run({ currentPassword, newPassword }),
  );

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
            // The rule once: an error about the password replaces the hint.
            description={form.errors.newPassword ? undefined : t("auth.passwordHint")}
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
            error={change.error}
            onCancel={close}
            confirmText={t("common.change")}
            confirmTestId="change-password-submit"
            loading={change.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
