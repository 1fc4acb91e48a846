// The material of a course, in order: text (paragraphs separated by blank lines), an image or
// slides (a file uploaded to this course, chosen here), or a video link (https). Rows move up
// and down and can be removed; the server's field errors (sections.N.fileId …) show on them.
import { Button, Card, Group, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { MoveRemoveButtons } from "../../components/MoveRemoveButtons.tsx";
import { useAttachments } from "../files/useAttachments.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { blankSection, type CourseValues, moved, type SectionKind } from "./course-form.ts";

const KINDS: SectionKind[] = ["text", "image", "slides", "video"];

export function SectionsEditor({
  form,
  courseId,
  readOnly,
}: {
  form: UseFormReturnType<CourseValues>;
  courseId: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  // The course's files, for the image and slides sections (the newest 200 are plenty).
  const files = useAttachments(
    org.id,
    { kind: "education_course", id: courseId },
    { q: "", page: 1 },
  );
  const fileOptions = (files.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }));
  const sections = form.values.sections;

  return (
    <Stack gap="sm" data-testid="education-sections">
      {sections.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("education.editor.noSections")}
        </Text>
      )}
      {sections.map((s, i) => (
        <Card key={s.key} withBorder padding="sm" data-testid={`education-section-${i}`}>
          <Stack gap="xs">
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <Text size="sm" fw={600} w={28}>
                {i + 1}
              </Text>
              <Select
                label={t("education.editor.sectionKind")}
                data={KINDS.map((k) => ({ value: k, label: t(`education.sectionKind.${k}`) }))}
                allowDeselect={false}
                w={160}
                disabled={readOnly}
                {...form.getInputProps(`sections.${i}.kind`)}
              />
              <TextInput
                label={t("education.editor.sectionTitle")}
                style={{ flex: 1 }}
                withAsterisk
                readOnly={readOnly}
                {...form.getInputProps(`sections.${i}.title`)}
                data-testid={`education-section-title-${i}`}
              />
              {!readOnly && (
                <MoveRemoveButtons
                  index={i}
                  count={sections.length}
                  labels={{
                    up: t("education.editor.up"),
                    down: t("education.editor.down"),
                    remove: t("common.delete"),
                  }}
                  onMove={(by) => form.setFieldValue("sections", moved(sections, i, by))}
                  onRemove={() => form.removeListItem("sections", i)}
                />
              )}
            </Group>
            {(s.kind === "image" || s.kind === "slides") && (
              <Select
                label={t(`education.editor.file.${s.kind}`)}
                description={t("education.editor.fileHelp")}
                data={fileOptions}
                clearable
                disabled={readOnly}
                {...form.getInputProps(`sections.${i}.fileId`)}
              />
            )}
            {s.kind === "video" && (
              <TextInput
                label={t("education.editor.url")}
                placeholder="https://"
                withAsterisk
                readOnly={readOnly}
                {...form.getInputProps(`sections.${i}.url`)}
              />
            )}
            <Textarea
              label={s.kind === "text" ? t("education.editor.body") : t("education.editor.caption")}
              autosize
              minRows={s.kind === "text" ? 4 : 1}
              maxRows={20}
              readOnly={readOnly}
              {...form.getInputProps(`sections.${i}.body`)}
              data-testid={`education-section-body-${i}`}
            />
          </Stack>
        </Card>
      ))}
      {!readOnly && (
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => form.insertListItem("sections", blankSection())}
            data-testid="education-section-add"
          >
            {t("education.editor.addSection")}
          </Button>
        </Group>
      )}
      {form.errors.sections && (
        <Text size="sm" c="red">
          {form.errors.sections}
        </Text>
      )}
    </Stack>
  );
}
