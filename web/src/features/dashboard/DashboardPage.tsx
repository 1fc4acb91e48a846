// ホーム: where to start (the next step: the first construction step with a gap and its first
// action), how ready the organization is to apply (gauge, the other gaps grouped by step with
// the way to fix each, progress by construction step, the J items by status), what falls due,
// and the signed-in user's own tasks; the records waiting for the user's approval, when there
// are some. Roles without readiness.read see their tasks and that box only.
import { Alert, Grid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/PageHeader.tsx";
import { today as browserToday } from "../../lib/format.ts";
import { errorMessage } from "../../lib/notify.ts";
import { FullPageLoader } from "../../routes/RequireAuth.tsx";
import { AwaitingApprovalBox } from "../activities/AwaitingApprovalBox.tsx";
import { useAssessments, useCatalogue } from "../assessments/useAssessments.ts";
import { BackupWarning } from "../jobs/BackupWarning.tsx";
import { useObligations } from "../obligations/useObligations.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { useReadiness } from "../readiness/useReadiness.ts";
import { useRoadmap } from "../roadmap/useRoadmap.ts";
import { DueSoonCard } from "./DueSoonCard.tsx";
import { GapList } from "./GapList.tsx";
import { JItemMap } from "./JItemMap.tsx";
import { MyTasksCard } from "./MyTasksCard.tsx";
import { NextStepCard } from "./NextStepCard.tsx";
import { ReadinessGauge } from "./ReadinessGauge.tsx";
import { StepProgressCard } from "./StepProgressCard.tsx";

export default function DashboardPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const readable = useCan("readiness.read");
  const report = useReadiness(org.id, readable);
  const assessments = useAssessments(org.id, readable);
  const catalogue = useCatalogue(assessments.data?.version);
  const obligations = useObligations(org.id, readable);
  const roadmap = useRoadmap(org.id, readable);
  const today = report.data?.today ?? browserToday();

  if (!readable) {
    return (
      <>
        <PageHeader title={t("dashboard.title")} />
        <AwaitingApprovalBox />
        <MyTasksCard today={today} />
      </>
    );
  }
  if (report.isPending) return <FullPageLoader inline />;
  if (report.isError) return <Alert color="red">{errorMessage(report.error)}</Alert>;
  const data = report.data;

  return (
    <>
      <PageHeader title={t("dashboard.title")} description={t("dashboard.intro")} />
      <BackupWarning />
      <AwaitingApprovalBox />
      <NextStepCard data={data} />
      <Grid gutter="md" mt="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <ReadinessGauge data={data} />
            <MyTasksCard today={today} />
            <DueSoonCard
              today={today}
              obligations={obligations.data?.items}
              steps={roadmap.data?.steps}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <GapList data={data} />
            <StepProgressCard steps={data.byStep} />
            {catalogue.data && assessments.data && (
              <JItemMap nodes={catalogue.data.nodes} assessments={assessments.data.items} />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
