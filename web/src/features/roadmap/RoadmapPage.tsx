// 作業計画: the plan as a whole (the default plan offered while empty; start, sessions,
// application, grant), the 13 construction steps over the months (timeline with today and what
// is late), each step's planned period and its tasks (client or consultant, assignee, due, done).
import { Alert, Card, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { errorMessage } from "../../lib/notify.ts";
import { FullPageLoader } from "../../routes/RequireAuth.tsx";
import { useSession } from "../auth/useSession.ts";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { PlanSummary } from "./PlanSummary.tsx";
import { RoadmapTimeline } from "./RoadmapTimeline.tsx";
import { StepCard } from "./StepCard.tsx";
import { StepPlanModal } from "./StepPlanModal.tsx";
import { TaskFormModal, type TaskTarget } from "./TaskFormModal.tsx";
import {
  type RoadmapStep,
  type RoadmapTask,
  useDeleteTask,
  useRoadmap,
  useSaveTask,
} from "./useRoadmap.ts";

export default function RoadmapPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan("roadmap.write");
  // Assignees without planning rights may still tick their own tasks off (the API allows it).
  const me = useSession().data?.user.id;
  const roadmap = useRoadmap(org.id);
  const [planning, setPlanning] = useState<RoadmapStep | null>(null);
  const [taskTarget, setTaskTarget] = useState<TaskTarget>(null);
  const [deleting, setDeleting] = useState<RoadmapTask | null>(null);

  const tick = useSaveTask(org.id, { errorsAs: "notice" });
  const remove = useDeleteTask(org.id, { notice: t("common.deleted") });

  function toggleDone(task: RoadmapTask, done: boolean) {
    void tick.run({ id: task.id, body: { doneOn: done ? (roadmap.data?.today ?? null) : null } });
  }

  if (roadmap.isPending) return <FullPageLoader inline />;
  if (roadmap.isError) return <Alert color="red">{errorMessage(roadmap.error)}</Alert>;
  const { steps, today, plan, empty } = roadmap.data;

  return (
    <>
      <PageHeader title={t("roadmap.title")} description={t("roadmap.intro")} />
      <PlanSummary plan={plan} empty={empty} today={today} editable={editable} />
      <Card withBorder padding="md" mb="lg">
        <RoadmapTimeline steps={steps} today={today} />
      </Card>
      <Stack gap="sm">
        {steps.map((s) => (
          <StepCard
            key={s.step}
            step={s}
            editable={editable}
            canTick={(task) => editable || (me !== undefined && task.assigneeUserId === me)}
            onPlan={() => setPlanning(s)}
            onAddTask={() => setTaskTarget({ step: s.step })}
            onEditTask={(task) => setTaskTarget({ task })}
            onDeleteTask={setDeleting}
            onToggleDone={toggleDone}
          />
        ))}
      </Stack>
      <StepPlanModal step={planning} onClose={() => setPlanning(null)} />
      <TaskFormModal target={taskTarget} onClose={() => setTaskTarget(null)} />
      <ConfirmModal
        opened={deleting !== null}
        message={t("roadmap.task.deleteConfirm", { title: deleting?.title ?? "" })}
        onConfirm={() => (deleting ? remove.runOrThrow(deleting) : Promise.resolve())}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
