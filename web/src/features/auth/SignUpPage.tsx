import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { authApi, authErrorText } from "../../api/auth.ts";
import { FormError } from "../../components/FormError.tsx";
import { zodErrors } from "../../lib/validation.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { signUpSchema } from "./auth-schemas.ts";
import { safeNext, useSession } from "./useSession.ts";

export function SignUpPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: "", email: "", password: "", confirm: "" },
    validate: (values) => zodErrors(signUpSchema, values),
  });

  if (session.data) return <Navigate to={next ?? "/"} replace />;

  const submit = form.onSubmit(async ({ name, email, password }) => {
    setError(null);
    try {
      await authApi.signUp({ name: name.trim(), email, password });
      await queryClient.invalidateQueries();
      // A new account has no organization yet: "/" leads to creating one.
      navigate(next ?? "/", { replace: true });
    } catch (err) {
      setError(authErrorText(err));
    }
  });

  const signInLink = next ? `/signin?next=${encodeURIComponent(next)}` : "/signin";
  return (
    <AuthLayout title={t("auth.signUpTitle")}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t("auth.name")}
            autoComplete="name"
            required
            data-testid="signup-name"
            {...form.getInputProps("name")}
          />
          <TextInput
            label={t("auth.email")}
            type="email"
            autoComplete="email"
            required
            data-testid="signup-email"
            {...form.getInputProps("email")}
          />
          <PasswordInput
            label={t("auth.password")}
            description={t("auth.passwordHint")}
            autoComplete="new-password"
            required
            data-testid="signup-password"
            {...form.getInputProps("password")}
          />
          <PasswordInput
            label={t("auth.confirmPassword")}
            autoComplete="new-password"
            required
            data-testid="signup-confirm"
            {...form.getInputProps("confirm")}
          />
          <FormError message={error} />
          <Button type="submit" loading={form.submitting} fullWidth data-testid="signup-submit">
            {t("auth.signUpButton")}
          </Button>
          <Text size="sm" ta="center">
            {t("auth.haveAccount")}{" "}
            <Anchor component={Link} to={signInLink} data-testid="signin-link">
              {t("auth.toSignIn")}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
