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
import { signInSchema } from "./auth-schemas.ts";
import { safeNext, useSession } from "./useSession.ts";

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: (values) => zodErrors(signInSchema, values),
  });

  if (session.data) return <Navigate to={next ?? "/"} replace />;

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await authApi.signIn(values);
      await queryClient.invalidateQueries();
      navigate(next ?? "/", { replace: true });
    } catch (err) {
      setError(authErrorText(err));
    }
  });

  const signUpLink = next ? `/signup?next=${encodeURIComponent(next)}` : "/signup";
  return (
    <AuthLayout title={t("auth.signInTitle")}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t("auth.email")}
            type="email"
            autoComplete="email"
            required
            data-testid="signin-email"
            {...form.getInputProps("email")}
          />
          <PasswordInput
            label={t("auth.password")}
            autoComplete="current-password"
            required
            data-testid="signin-password"
            {...form.getInputProps("password")}
          />
          <FormError message={error} />
          <Button type="submit" loading={form.submitting} fullWidth data-testid="signin-submit">
            {t("auth.signInButton")}
          </Button>
          <Text size="sm" ta="center">
            {t("auth.noAccount")}{" "}
            <Anchor component={Link} to={signUpLink} data-testid="signup-link">
              {t("auth.toSignUp")}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
