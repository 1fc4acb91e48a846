// メンバーと招待: who may use this organization in the app, with which access role.
import { Alert, Card, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/PageHeader.tsx";
import { errorMessage } from "../../lib/notify.ts";
import { FullPageLoader } from "../../routes/RequireAuth.tsx";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { InvitationsTable } from "./InvitationsTable.tsx";
import { InviteForm } from "./InviteForm.tsx";
import { MembersTable } from "./MembersTable.tsx";
import { useInvitations, useMembers } from "./useMembers.ts";

export default function MembersPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const manage = useCan("members.manage");
  const members = useMembers(org.id);
  const invitations = useInvitations(org.id, manage);

  return (
    <>
      <PageHeader title={t("members.title")} description={t("members.description")} />
      <Stack gap="xl">
        <Card withBorder padding="md">
          <Title order={2} size="h4" mb="sm">
            {t("members.listTitle")}
          </Title>
          {members.isPending && <FullPageLoader inline />}
          {members.isError && <Alert color="red">{errorMessage(members.error)}</Alert>}
          {members.data && <MembersTable items={members.data.items} manage={manage} />}
        </Card>
        {manage && (
          <Card withBorder padding="md">
            <Title order={2} size="h4" mb="sm">
              {t("members.inviteTitle")}
            </Title>
            <InviteForm />
          </Card>
        )}
        {manage && (
          <Card withBorder padding="md">
            <Title order={2} size="h4" mb="sm">
              {t("members.pendingTitle")}
            </Title>
            {invitations.isError && <Alert color="red">{errorMessage(invitations.error)}</Alert>}
            <InvitationsTable
              items={(invitations.data?.items ?? []).filter((i) => i.status === "pending")}
            />
          </Card>
        )}
      </Stack>
    </>
  );
}
