// パスワードをお忘れの方: asks for a reset link by mail. The answer is the same whether or not
// the address has an account, so the page says "if an account has it" and nothing more.
import { Alert, Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver } from "../../lib/form.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { forgotPasswordSchema } from "./auth-schemas.ts";
import { useRequestPasswordReset } from "./useSession.ts";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const form = useForm({
    initialValues: { email: "" },
    validate: contractResolver(forgotPasswordSchema),
  });
  const request = useRequestPasswordReset({ form, onSuccess: () => setSent(true) });
  const submit = form.onSubmit((v) => request.run({ email: v.email.trim() }));

  return (
    <AuthLayout title={t("auth.forgotTitle")}>
      {sent ? (
        <Alert color="teal" data-testid="forgot-sent">
          {t("auth.forgotSent")}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t("auth.forgotLead")}</Text>
            <TextInput
              label={t("auth.email")}
              type="email"
              autoComplete="email"
              required
              data-testid="forgot-email"
              {...form.getInputProps("email")}
            />
            <FormError message={request.error} />
            <Button type="submit" loading={request.busy} fullWidth data-testid="forgot-submit">
              {t("auth.forgotButton")}
            </Button>
          </Stack>
        </form>
      )}
      <Text size="sm" ta="center" mt="md">
        <Anchor component={Link} to="/signin">
          {t("auth.toSignIn")}
        </Anchor>
      </Text>
    </AuthLayout>
  );
}
