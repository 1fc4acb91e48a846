// 計画・コース: the plan of the chosen fiscal year (period, 教育責任者, approval) with its
// writer's and approver's buttons (change, 承認, copy to next year, delete), and its courses.
// A course opens in the editor (`?course=<id>` keeps it across reloads).
import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconCheck, IconCopy, IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { formatDate, formatDateTime } from "../../lib/format.ts";
import { useCan } from "../orgs/OrgContext.tsx";
import { AddCourseModal } from "./AddCourseModal.tsx";
import { CourseEditor } from "./CourseEditor.tsx";
import { CourseList } from "./CourseList.tsx";
import { PlanFormModal } from "./PlanFormModal.tsx";
import { useApprovePlan, useCopyPlan, useDeletePlan, usePlan } from "./useEducation.ts";

export function PlanStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === "approved" ? "green" : "yellow"} variant="light">
      {t(`education.plan.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
}

export default function PlanTab({
  orgId,
  planId,
  onPlanChange,
}: {
  orgId: string;
  planId: string | null;
  /** Another plan to show (after a copy or a delete). */
  onPlanChange?: (planId: string | null) => void;
}) {
  const { t } = useTranslation();
  const writable = useCan("education.write");
  const approver = useCan("education.approve");
  const plan = usePlan(orgId, planId);
  const [params, setParams] = useSearchParams();
  const courseId = params.get("course");
  const openCourse = (id: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (id) next.set("course", id);
        else next.delete("course");
        return next;
      },
      { replace: false },
    );
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [approving, setApproving] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const approve = useApprovePlan(orgId, { notice: t("education.plan.approved") });
  const copy = useCopyPlan(orgId, {
    errorsAs: "notice",
    notice: t("education.plan.copied"),
    onSuccess: (out) => onPlanChange?.(out.id),
  });
  const remove = useDeletePlan(orgId, {
    notice: t("common.deleted"),
    onSuccess: () => onPlanChange?.(null),
  });

  if (!planId) return <Text c="dimmed">{t("education.plan.none")}</Text>;
  const p = plan.data;
  if (courseId) return <CourseEditor courseId={courseId} onBack={() => openCourse(null)} />;

  return (
    <Stack>
      {p && (
        <Card withBorder data-testid="education-plan">
          <Group justify="space-between" align="flex-start" mb="sm">
            <Group gap="sm">
              <Title order={2} size="h4">
                {p.title}
              </Title>
              <PlanStatusBadge status={p.status} />
            </Group>
            <Group gap="xs">
              {writable && (
                <Button
                  variant="default"
                  leftSection={<IconPencil size={16} />}
                  onClick={() => setEditing(true)}
                  data-testid="education-plan-edit"
                >
                  {t("common.edit")}
                </Button>
              )}
              {approver && p.status === "draft" && (
                <Button
                  leftSection={<IconCheck size={16} />}
                  onClick={() => setApproving(true)}
                  data-testid="education-plan-approve"
                >
                  {t("education.plan.approve")}
                </Button>
              )}
              {writable && (
                <Button
                  variant="default"
                  leftSection={<IconCopy size={16} />}
                  loading={copy.busy}
                  onClick={() => copy.run(p.id)}
                  data-testid="education-plan-copy"
                >
                  {t("education.plan.copyNextYear", { year: p.fiscalYear + 1 })}
                </Button>
              )}
              {writable && (
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  onClick={() => setDeleting(true)}
                >
                  {t("common.delete")}
                </Button>
              )}
            </Group>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <Fact
              label={t("education.plan.period")}
              value={`${formatDate(p.periodStart)} 〜 ${formatDate(p.periodEnd)}`}
            />
            <Fact label={t("education.plan.responsible")} value={p.responsibleName ?? "—"} />
            <Fact
              label={t("education.plan.newHireWithinDays")}
              value={t("education.plan.days", { n: p.newHireWithinDays })}
            />
            <Fact
              label={t("education.plan.approval")}
              value={
                p.status === "approved"
                  ? t("education.plan.approvedBy", {
                      name: p.approverName ?? "",
                      at: formatDateTime(p.approvedAt),
                    })
                  : t("education.plan.notApproved")
              }
            />
          </SimpleGrid>
          {p.notes && (
            <Text size="sm" mt="sm" style={{ whiteSpace: "pre-wrap" }}>
              {p.notes}
            </Text>
          )}
          {p.status === "draft" && (
            <Alert color="yellow" variant="light" mt="sm">
              {t("education.plan.draftHelp")}
            </Alert>
          )}
        </Card>
      )}
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t("education.course.heading")}
        </Title>
        {writable && p && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setAdding(true)}
            data-testid="education-course-add"
          >
            {t("education.course.add")}
          </Button>
        )}
      </Group>
      <CourseList courses={p?.courses ?? []} loading={plan.isLoading} onEdit={openCourse} />
      {p && (
        <>
          <PlanFormModal
            opened={editing}
            plan={p}
            suggestedYear={p.fiscalYear}
            onClose={() => setEditing(false)}
            onCreated={() => undefined}
          />
          <AddCourseModal
            planId={p.id}
            opened={adding}
            onClose={() => setAdding(false)}
            onCreated={openCourse}
          />
          <ConfirmModal
            opened={approving}
            danger={false}
            title={t("education.plan.approveTitle")}
            message={t("education.plan.approveMessage", { title: p.title })}
            confirmLabel={t("education.plan.approve")}
            confirmTestId="education-plan-approve-confirm"
            onConfirm={() => approve.runOrThrow(p.id)}
            onClose={() => setApproving(false)}
          />
          <ConfirmModal
            opened={deleting}
            title={t("education.plan.deleteTitle")}
            message={t("education.plan.deleteMessage", { title: p.title })}
            onConfirm={() => remove.runOrThrow(p.id)}
            onClose={() => setDeleting(false)}
          />
        </>
      )}
    </Stack>
  );
}
