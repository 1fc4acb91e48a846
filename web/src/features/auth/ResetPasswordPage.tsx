// The page the reset mail's link opens (/reset-password?token=…): a new password under the
// same rule as sign-up (the server judges it), then back to sign-in. A used, expired or
// mangled link answers RESET_LINK_INVALID, shown above the button with a way to ask again.
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver } from "../../lib/form.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { resetPasswordSchema } from "./auth-schemas.ts";
import { useResetPassword } from "./useSession.ts";

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { newPassword: "", confirm: "" },
    validate: contractResolver(resetPasswordSchema, {
      also: (v) => ({ confirm: v.confirm !== v.newPassword ? t("auth.passwordMismatch") : null }),
    }),
  });
  const reset = useResetPassword({
    form,
    notice: t("auth.resetDone"),
    onSuccess: () => navigate("/signin", { replace: true }),
  });
  const submit = form.onSubmit((v) => reset.run({ token, newPassword: v.newPassword }));

  return (
    <AuthLayout title={t("auth.resetTitle")}>
      {token === "" ? (
        <Alert color="red" data-testid="reset-no-token">
          {t("auth.resetNoToken")}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t("auth.resetLead")}</Text>
            <PasswordInput
              label={t("auth.newPassword")}
              // The rule once: an error about the password replaces the hint.
              description={form.errors.newPassword ? undefined : t("auth.passwordHint")}
              autoComplete="new-password"
              required
              data-testid="reset-password"
              {...form.getInputProps("newPassword")}
            />
            <PasswordInput
              label={t("auth.confirmPassword")}
              autoComplete="new-password"
              required
              data-testid="reset-confirm"
              {...form.getInputProps("confirm")}
            />
            <FormError message={reset.error} />
            <Button type="submit" loading={reset.busy} fullWidth data-testid="reset-submit">
              {t("auth.resetButton")}
            </Button>
          </Stack>
        </form>
      )}
      <Text size="sm" ta="center" mt="md">
        <Anchor component={Link} to="/forgot-password">
          {t("auth.toForgot")}
        </Anchor>
      </Text>
    </AuthLayout>
  );
}
