// Adds a course to the plan: from the starter course 「個人情報保護の基本」 (written by mamori,
// filled with the organization's name, PMS manager, complaints desk, policy and rules in force
// of today), or blank with a title. Either way it opens in the editor afterwards.
import { Modal, Radio, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { COURSE_AUDIENCES } from "@src/core/education/audiences.ts";
import { STARTER_KEYS, type StarterKey } from "@src/core/education/starter/index.ts";
import { type CourseInput, courseInput } from "@src/modules/education/education.contract.ts";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { useCreateCourse } from "./useEducation.ts";

type From = StarterKey | "blank";
type Values = {
  from: From;
  title: string;
  audience: string;
  dueOn: string | null;
};
const initial: Values = { from: "pms_basics", title: "", audience: "all_staff", dueOn: null };
/** The audience each starter is written for (the server's default too). */
const STARTER_AUDIENCE: Record<StarterKey, string> = {
  pms_basics: "all_staff",
  pms_manager: "pms_manager",
  internal_audit: "internal_auditor",
};

const toInput = (v: Values): CourseInput => ({
  ...(v.from !== "blank" ? { starter: v.from } : {}),
  ...(v.title.trim() ? { title: v.title } : {}),
  audience: v.audience as CourseInput["audience"],
  dueOn: v.dueOn,
});

export function AddCourseModal({
  planId,
  opened,
  onClose,
  onCreated,
}: {
  planId: string;
  opened: boolean;
  onClose: () => void;
  onCreated: (courseId: string) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const form = useForm<Values>({
    initialValues: initial,
    validate: contractResolver(courseInput, { payload: toInput }),
  });
  const save = useCreateCourse(org.id, planId, {
    form,
    notice: t("education.course.created"),
    onSuccess: (out) => {
      onClose();
      onCreated(out.id);
    },
  });
  useFillOnOpen(form, opened, () => initial, save.reset);

  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={t("education.course.add")}>
      <form onSubmit={form.onSubmit((v) => save.run(toInput(v)))}>
        <Stack>
          <Radio.Group
            value={form.values.from}
            onChange={(v) => {
              const from = v as From;
              form.setFieldValue("from", from);
              if (from !== "blank") form.setFieldValue("audience", STARTER_AUDIENCE[from]);
            }}
            data-testid="education-course-from"
          >
            <Stack gap="xs">
              {STARTER_KEYS.map((key) => (
                <Radio
                  key={key}
                  value={key}
                  label={t(`education.course.starters.${key}.label`)}
                  description={t(`education.course.starters.${key}.help`)}
                  data-testid={`education-course-from-${key}`}
                />
              ))}
              <Radio
                value="blank"
                label={t("education.course.fromBlank")}
                data-testid="education-course-from-blank"
              />
            </Stack>
          </Radio.Group>
          <TextInput
            label={t("education.course.title")}
            placeholder={
              form.values.from === "blank"
                ? ""
                : t(`education.course.starters.${form.values.from}.title`)
            }
            withAsterisk={form.values.from === "blank"}
            {...form.getInputProps("title")}
            data-testid="education-course-title"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t("education.course.audience")}
              data={COURSE_AUDIENCES.map((a) => ({
                value: a,
                label: t(`education.audience.${a}`),
              }))}
              allowDeselect={false}
              {...form.getInputProps("audience")}
            />
            <DateField
              label={t("education.course.dueOn")}
              clearable
              {...form.getInputProps("dueOn")}
            />
          </SimpleGrid>
          {form.values.from !== "blank" && (
            <Text size="xs" c="dimmed">
              {t("education.course.starterFacts")}
            </Text>
          )}
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmText={t("education.course.create")}
            confirmTestId="education-course-create"
            loading={save.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
