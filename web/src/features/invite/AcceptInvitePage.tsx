// /invite/:id/:token — opened from the invitation before signing in: who invites the visitor
// to which organization, with sign-up first (the usual case: a new member has no account yet)
// and sign-in second, both coming back here; signed in, the invited user joins.
import { Alert, Anchor, Button, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { FormError } from "../../components/FormError.tsx";
import { formatDate } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { FullPageLoader } from "../../routes/RequireAuth.tsx";
import { AuthLayout } from "../auth/AuthLayout.tsx";
import { authPath } from "../auth/auth-links.ts";
import { useSession } from "../auth/useSession.ts";
import { useAcceptInvitation, useInvitationPreview } from "./useInvitation.ts";

export function AcceptInvitePage() {
  const { t } = useTranslation();
  const { id = "", token = "" } = useParams();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const session = useSession();
  const preview = useInvitationPreview(id, token);
  const accept = useAcceptInvitation(id, token, {
    notice: t("invite.joined"),
    onSuccess: ({ orgId }) => navigate(`/orgs/${orgId}`, { replace: true }),
  });
  const inv = preview.data;
  const pending = inv?.status === "pending";

  return (
    <AuthLayout title={t("invite.title")} width={520}>
      {preview.isPending && <FullPageLoader inline />}
      {preview.isError && <Alert color="red">{errorMessage(preview.error)}</Alert>}
      {inv && (
        <Stack>
          <Text data-testid="invite-lead">
            {inv.inviterName
              ? t("invite.leadBy", { org: inv.orgName, inviter: inv.inviterName })
              : t("invite.lead", { org: inv.orgName })}
          </Text>
          <Table withTableBorder variant="vertical">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={140}>{t("invite.org")}</Table.Th>
                <Table.Td data-testid="invite-org">{inv.orgName}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t("members.email")}</Table.Th>
                <Table.Td>{inv.email}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t("members.role")}</Table.Th>
                <Table.Td>{t(`accessRoles.${inv.role}`, { defaultValue: inv.role })}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t("members.expires")}</Table.Th>
                <Table.Td>{formatDate(inv.expiresAt)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {!pending && <Alert color="yellow">{t("errors.INVITATION_INVALID")}</Alert>}
          {pending && !session.isPending && !session.data && (
            <Stack gap="xs" data-testid="invite-signed-out">
              <Text size="sm">{t("invite.signUpLead", { email: inv.email })}</Text>
              <Button
                component={Link}
                to={authPath("signup", { next: pathname, email: inv.email })}
                fullWidth
                data-testid="invite-signup"
              >
                {t("invite.signUp")}
              </Button>
              <Text size="sm" ta="center">
                {t("invite.haveAccount")}{" "}
                <Anchor
                  component={Link}
                  to={authPath("signin", { next: pathname, email: inv.email })}
                  data-testid="invite-signin"
                >
                  {t("invite.signIn")}
                </Anchor>
              </Text>
            </Stack>
          )}
          {pending && session.data && session.data.user.email.toLowerCase() !== inv.email && (
            <Alert color="yellow">
              {t("invite.otherAccount", { email: session.data.user.email })}
            </Alert>
          )}
          <FormError message={accept.error} />
          {session.data && (
            <Group justify="flex-end">
              <Button variant="default" onClick={() => navigate("/")}>
                {t("invite.later")}
              </Button>
              <Button
                onClick={() => accept.run()}
                loading={accept.busy}
                disabled={!pending}
                data-testid="invite-accept"
              >
                {t("invite.accept")}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </AuthLayout>
  );
}
