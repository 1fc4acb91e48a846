// Copies a course into a plan of the organization (another year's, or the same), as a draft
// with its dates moved on by the years between the plans and nobody assigned.
import { Modal, Select, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { useOrg } from "../orgs/OrgContext.tsx";
import { planLabel } from "./plan-form.ts";
import { type CourseSummary, useCopyCourse, usePlans } from "./useEducation.ts";

export function CopyCourseModal({
  course,
  onClose,
}: {
  course: CourseSummary | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const plans = usePlans(org.id);
  const [planId, setPlanId] = useState<string | null>(null);
  const save = useCopyCourse(org.id, { notice: t("education.course.copied"), onSuccess: onClose });
  const { reset } = save;
  useEffect(() => {
    if (!course) return;
    setPlanId(course.planId);
    reset();
  }, [course, reset]);
  const options = (plans.data?.items ?? []).map((p) => ({
    value: p.id,
    label: planLabel(p, (year, title) => t("education.plan.option", { year, title })),
  }));

  return (
    <Modal opened={course !== null} onClose={onClose} title={t("education.course.copyTitle")}>
      <Stack>
        <Text size="sm">{t("education.course.copyHelp", { title: course?.title ?? "" })}</Text>
        <Select
          label={t("education.course.copyTo")}
          data={options}
          value={planId}
          onChange={setPlanId}
          allowDeselect={false}
          error={save.fieldErrors.planId}
          data-testid="education-course-copy-plan"
        />
        <ModalFooter
          error={save.error}
          onCancel={onClose}
          confirmText={t("education.course.copy")}
          confirmTestId="education-course-copy-submit"
          loading={save.busy}
          disabled={!planId}
          onConfirm={() => course && planId && save.run({ courseId: course.id, planId })}
        />
      </Stack>
    </Modal>
  );
}
