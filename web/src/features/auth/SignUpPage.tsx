import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver } from "../../lib/form.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { authPath, rememberSignedIn, suggestedEmail } from "./auth-links.ts";
import { signUpSchema } from "./auth-schemas.ts";
import { safeNext, useSession, useSignUp } from "./useSession.ts";

export function SignUpPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const navigate = useNavigate();
  const session = useSession();
  const form = useForm({
    initialValues: {
      name: "",
      email: suggestedEmail(params.get("email")),
      password: "",
      confirm: "",
    },
    validate: contractResolver(signUpSchema, {
      also: (v) => ({ confirm: v.confirm !== v.password ? t("auth.passwordMismatch") : null }),
    }),
  });
  // A new account has no organization yet: "/" leads to creating one.
  const signUp = useSignUp({
    onSuccess: () => {
      rememberSignedIn();
      navigate(next ?? "/", { replace: true });
    },
  });

  if (session.data) return <Navigate to={next ?? "/"} replace />;

  const submit = form.onSubmit(({ name, email, password }) =>
    signUp.run({ name: name.trim(), email, password }),
  );

  const signInLink = authPath("signin", { next, email: suggestedEmail(params.get("email")) });
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
            // The rule once: an error about the password replaces the hint.
            description={form.errors.password ? undefined : t("auth.passwordHint")}
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
          <FormError message={signUp.error} />
          <Button type="submit" loading={signUp.busy} fullWidth data-testid="signup-submit">
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
