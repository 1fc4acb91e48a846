// 事業者情報: the applicant's profile, with its Privacy Mark size class and fee estimate.
import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/PageHeader.tsx";
import { errorMessage } from "../../lib/notify.ts";
import { FullPageLoader } from "../../routes/RequireAuth.tsx";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { PlannedApplicationCard } from "./PlannedApplicationCard.tsx";
import { ProfileForm } from "./ProfileForm.tsx";
import { useProfile } from "./useProfile.ts";

export default function ProfilePage() {
  const { t } = useTranslation();
  const org = useOrg();
  const profile = useProfile(org.id);
  // The planned application comes with the work plan, which needs the readiness report's read.
  const seesPlan = useCan("readiness.read");
  return (
    <>
      <PageHeader title={t("profile.title")} description={t("profile.description")} />
      {profile.isPending && <FullPageLoader inline />}
      {profile.isError && <Alert color="red">{errorMessage(profile.error)}</Alert>}
      {profile.data && <ProfileForm key={profile.data.updatedAt} profile={profile.data} />}
      {profile.data && seesPlan && <PlannedApplicationCard />}
    </>
  );
}
