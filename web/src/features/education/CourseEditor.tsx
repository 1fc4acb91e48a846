// The course editor: its settings (title, audience, delivery, dates, 合格点, attempts), the
// material (教材), the quiz (確認テスト) and the course's files (images, slide PDFs), saved
// whole with the revision it was opened at. Existing questions and choices keep their ids.
// A draft can be opened for taking here; an archived course and readers see it read-only.
import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { COURSE_AUDIENCES, DELIVERY_KINDS } from "@src/core/education/audiences.ts";
import { quizProblems } from "@src/core/education/quiz.ts";
import { coursePatch } from "@src/modules/education/education.contract.ts";
import { IconArrowLeft, IconPlayerPlay } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { FormError } from "../../components/FormError.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { errorText } from "../../lib/validation.ts";
import { AttachmentsPanel } from "../files/AttachmentsPanel.tsx";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { CourseStatusBadge } from "./CourseList.tsx";
import { type CourseValues, toCoursePatch, toCourseValues } from "./course-form.ts";
import { QuizBuilder } from "./QuizBuilder.tsx";
import { SectionsEditor } from "./SectionsEditor.tsx";
import { type CourseOut, useCourse, useMoveCourse, useUpdateCourse } from "./useEducation.ts";

const EMPTY: CourseValues = {
  title: "",
  description: "",
  audience: "all_staff",
  delivery: "e_learning",
  scheduledFrom: null,
  scheduledTo: null,
  dueOn: null,
  durationMinutes: "",
  passMark: 80,
  maxAttempts: "",
  sections: [],
  questions: [],
};

/** The quiz's own rules (core/education/quiz.ts) in the form, before the server says them. */
function quizErrors(v: CourseValues): Record<string, string> {
  const problems = quizProblems(
    v.questions.map((q) => ({
      id: q.key,
      kind: q.kind,
      prompt: q.prompt,
      choices: q.choices.map((c) => ({ id: c.key, text: c.text, correct: c.correct })),
    })),
  );
  return Object.fromEntries(problems.map((p) => [p.field, errorText(p.code)]));
}

export function CourseEditor({ courseId, onBack }: { courseId: string; onBack: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const course = useCourse(org.id, courseId);
  const c = course.data;
  if (course.isError)
    return (
      <Stack>
        <BackButton onBack={onBack} />
        <Alert color="red">{t("education.editor.notFound")}</Alert>
      </Stack>
    );
  if (!c) return <Text c="dimmed">{t("common.loading")}</Text>;
  return <CourseForm key={c.id} course={c} onBack={onBack} />;
}

function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button
        variant="subtle"
        leftSection={<IconArrowLeft size={16} />}
        onClick={onBack}
        data-testid="education-editor-back"
      >
        {t("education.editor.back")}
      </Button>
    </Group>
  );
}

function CourseForm({ course, onBack }: { course: CourseOut; onBack: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const writable = useCan("education.write");
  const readOnly = !writable || course.status === "archived";
  const form = useForm<CourseValues>({
    initialValues: EMPTY,
    validate: contractResolver(coursePatch, {
      payload: (v: CourseValues) => toCoursePatch(v, course.revision),
      also: quizErrors,
    }),
  });
  // Refilled after every save: the server's answer is the course as stored (new ids included).
  useFillOnOpen(form, course, () => toCourseValues(course));
  const save = useUpdateCourse(org.id, course.id, { form, notice: t("common.saved") });
  const move = useMoveCourse(org.id, { errorsAs: "notice", notice: t("education.course.opened") });
  const dirty = form.isDirty();

  return (
    <form onSubmit={form.onSubmit((v) => save.run(toCoursePatch(v, course.revision)))}>
      <Stack data-testid="education-course-editor">
        <BackButton onBack={onBack} />
        <Group justify="space-between" align="flex-start">
          <Group gap="sm">
            <Title order={2} size="h3">
              {course.title}
            </Title>
            <CourseStatusBadge status={course.status} />
          </Group>
          {!readOnly && (
            <Group gap="xs">
              {course.status === "draft" && (
                <Button
                  variant="default"
                  leftSection={<IconPlayerPlay size={16} />}
                  disabled={dirty}
                  title={dirty ? t("education.editor.saveFirst") : undefined}
                  loading={move.busy}
                  onClick={() => move.run({ courseId: course.id, move: "open" })}
                  data-testid="education-course-open"
                >
                  {t("education.course.open")}
                </Button>
              )}
              <Button type="submit" loading={save.busy} data-testid="education-course-save">
                {t("common.save")}
              </Button>
            </Group>
          )}
        </Group>
        {course.status === "archived" && (
          <Alert color="gray">{t("education.editor.archivedHelp")}</Alert>
        )}
        {course.status === "open" && writable && (
          <Alert color="blue" variant="light">
            {t("education.editor.openHelp")}
          </Alert>
        )}
        <FormError message={save.error} />
        <Card withBorder>
          <Stack>
            <TextInput
              label={t("education.course.title")}
              withAsterisk
              readOnly={readOnly}
              {...form.getInputProps("title")}
              data-testid="education-editor-title"
            />
            <Textarea
              label={t("education.editor.description")}
              autosize
              minRows={2}
              readOnly={readOnly}
              {...form.getInputProps("description")}
            />
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <Select
                label={t("education.course.audience")}
                data={COURSE_AUDIENCES.map((a) => ({
                  value: a,
                  label: t(`education.audience.${a}`),
                }))}
                allowDeselect={false}
                disabled={readOnly}
                {...form.getInputProps("audience")}
              />
              <Select
                label={t("education.course.delivery")}
                data={DELIVERY_KINDS.map((d) => ({
                  value: d,
                  label: t(`education.delivery.${d}`),
                }))}
                allowDeselect={false}
                disabled={readOnly}
                {...form.getInputProps("delivery")}
              />
              <NumberInput
                label={t("education.editor.passMark")}
                min={0}
                max={100}
                suffix="%"
                allowDecimal={false}
                readOnly={readOnly}
                {...form.getInputProps("passMark")}
              />
              <NumberInput
                label={t("education.editor.maxAttempts")}
                placeholder={t("education.editor.unlimited")}
                min={1}
                max={100}
                allowDecimal={false}
                readOnly={readOnly}
                {...form.getInputProps("maxAttempts")}
              />
              <DateField
                label={t("education.editor.scheduledFrom")}
                clearable
                readOnly={readOnly}
                {...form.getInputProps("scheduledFrom")}
              />
              <DateField
                label={t("education.editor.scheduledTo")}
                clearable
                readOnly={readOnly}
                {...form.getInputProps("scheduledTo")}
              />
              <DateField
                label={t("education.course.dueOn")}
                clearable
                readOnly={readOnly}
                {...form.getInputProps("dueOn")}
              />
              <NumberInput
                label={t("education.editor.durationMinutes")}
                min={1}
                max={1440}
                allowDecimal={false}
                suffix={t("education.editor.minutes")}
                readOnly={readOnly}
                {...form.getInputProps("durationMinutes")}
              />
            </SimpleGrid>
          </Stack>
        </Card>
        <Tabs defaultValue="sections" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="sections" data-testid="education-tab-sections">
              {t("education.editor.sections", { n: form.values.sections.length })}
            </Tabs.Tab>
            <Tabs.Tab value="quiz" data-testid="education-tab-quiz">
              {t("education.editor.quiz", { n: form.values.questions.length })}
            </Tabs.Tab>
            <Tabs.Tab value="files" data-testid="education-tab-files">
              {t("education.editor.files")}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="sections" pt="md">
            <SectionsEditor form={form} courseId={course.id} readOnly={readOnly} />
          </Tabs.Panel>
          <Tabs.Panel value="quiz" pt="md">
            <QuizBuilder form={form} readOnly={readOnly} />
          </Tabs.Panel>
          <Tabs.Panel value="files" pt="md">
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t("education.editor.filesHelp")}
              </Text>
              <AttachmentsPanel
                owner={{ kind: "education_course", id: course.id }}
                writeAction="education.write"
              />
            </Stack>
          </Tabs.Panel>
        </Tabs>
        {!readOnly && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.busy}>
              {t("common.save")}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
