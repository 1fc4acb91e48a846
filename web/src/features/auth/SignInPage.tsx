import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver } from "../../lib/form.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { authPath, rememberSignedIn, suggestedEmail } from "./auth-links.ts";
import { signInSchema } from "./auth-schemas.ts";
import { safeNext, useSession, useSignIn } from "./useSession.ts";

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const navigate = useNavigate();
  const session = useSession();
  const form = useForm({
    initialValues: { email: suggestedEmail(params.get("email")), password: "" },
    validate: contractResolver(signInSchema),
  });
  const signIn = useSignIn({
    onSuccess: () => {
      rememberSignedIn();
      navigate(next ?? "/", { replace: true });
    },
  });

  if (session.data) return <Navigate to={next ?? "/"} replace />;

  const submit = form.onSubmit((values) => signIn.run(values));

  const signUpLink = authPath("signup", { next, email: suggestedEmail(params.get("email")) });
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
          <FormError message={signIn.error} />
          <Button type="submit" loading={signIn.busy} fullWidth data-testid="signin-submit">
            {t("auth.signInButton")}
          </Button>
          <Anchor
            component={Link}
            to="/forgot-password"
            size="sm"
            ta="center"
            data-testid="forgot-link"
          >
            {t("auth.forgotLink")}
          </Anchor>
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
