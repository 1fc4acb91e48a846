// 確認テスト: per question its prompt, kind (単一選択 / 複数選択), choices each with 正解 and
// 解説 (shown after answering), and an explanation of the question. In a single-choice
// question ticking 正解 clears the others. The server's problems (no correct answer …) show
// under the question's choices.
import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { MAX_CHOICES } from "@src/core/education/quiz.ts";
import { IconPlus, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { MoveRemoveButtons } from "../../components/MoveRemoveButtons.tsx";
import {
  blankChoice,
  blankQuestion,
  type CourseValues,
  markCorrect,
  moved,
} from "./course-form.ts";

export function QuizBuilder({
  form,
  readOnly,
}: {
  form: UseFormReturnType<CourseValues>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const questions = form.values.questions;

  return (
    <Stack gap="sm" data-testid="education-quiz">
      {questions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("education.editor.noQuestions")}
        </Text>
      )}
      {questions.map((q, i) => {
        const at = `questions.${i}`;
        const choiceError = form.errors[`${at}.choices`];
        return (
          <Card key={q.key} withBorder padding="sm" data-testid={`education-question-${i}`}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Group gap="sm">
                  <Text fw={600}>{t("education.editor.questionNo", { n: i + 1 })}</Text>
                  <SegmentedControl
                    size="xs"
                    disabled={readOnly}
                    data={[
                      { value: "single", label: t("education.questionKind.single") },
                      { value: "multiple", label: t("education.questionKind.multiple") },
                    ]}
                    value={q.kind}
                    onChange={(v) => form.setFieldValue(`${at}.kind`, v as "single" | "multiple")}
                    data-testid={`education-question-kind-${i}`}
                  />
                </Group>
                {!readOnly && (
                  <MoveRemoveButtons
                    index={i}
                    count={questions.length}
                    labels={{
                      up: t("education.editor.up"),
                      down: t("education.editor.down"),
                      remove: t("education.editor.removeQuestion"),
                    }}
                    onMove={(by) => form.setFieldValue("questions", moved(questions, i, by))}
                    onRemove={() => form.removeListItem("questions", i)}
                  />
                )}
              </Group>
              <Textarea
                label={t("education.editor.prompt")}
                withAsterisk
                autosize
                minRows={1}
                readOnly={readOnly}
                {...form.getInputProps(`${at}.prompt`)}
                data-testid={`education-question-prompt-${i}`}
              />
              <Stack gap={6}>
                {q.choices.map((c, j) => (
                  <Group key={c.key} gap="xs" align="flex-start" wrap="nowrap">
                    <Checkbox
                      mt={8}
                      label={t("education.editor.correct")}
                      checked={c.correct}
                      disabled={readOnly}
                      onChange={(e) =>
                        form.setFieldValue(
                          at as `questions.${number}`,
                          markCorrect(q, j, e.currentTarget.checked),
                        )
                      }
                      data-testid={`education-choice-correct-${i}-${j}`}
                    />
                    <Textarea
                      style={{ flex: 2 }}
                      autosize
                      minRows={1}
                      placeholder={t("education.editor.choice", { n: j + 1 })}
                      aria-label={t("education.editor.choice", { n: j + 1 })}
                      readOnly={readOnly}
                      {...form.getInputProps(`${at}.choices.${j}.text`)}
                      data-testid={`education-choice-text-${i}-${j}`}
                    />
                    <Textarea
                      style={{ flex: 2 }}
                      autosize
                      minRows={1}
                      placeholder={t("education.editor.choiceExplanation")}
                      aria-label={t("education.editor.choiceExplanation")}
                      readOnly={readOnly}
                      {...form.getInputProps(`${at}.choices.${j}.explanation`)}
                    />
                    {!readOnly && (
                      <ActionIcon
                        mt={4}
                        variant="subtle"
                        color="gray"
                        aria-label={t("education.editor.removeChoice")}
                        onClick={() => form.removeListItem(`${at}.choices`, j)}
                      >
                        <IconX size={16} />
                      </ActionIcon>
                    )}
                  </Group>
                ))}
                {choiceError && (
                  <Text size="sm" c="red" data-testid={`education-question-error-${i}`}>
                    {choiceError}
                  </Text>
                )}
                {!readOnly && q.choices.length < MAX_CHOICES && (
                  <Group>
                    <Button
                      size="xs"
                      variant="subtle"
                      leftSection={<IconPlus size={14} />}
                      onClick={() => form.insertListItem(`${at}.choices`, blankChoice())}
                    >
                      {t("education.editor.addChoice")}
                    </Button>
                  </Group>
                )}
              </Stack>
              <Textarea
                label={t("education.editor.explanation")}
                autosize
                minRows={1}
                readOnly={readOnly}
                {...form.getInputProps(`${at}.explanation`)}
              />
            </Stack>
          </Card>
        );
      })}
      {!readOnly && (
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => form.insertListItem("questions", blankQuestion())}
            data-testid="education-question-add"
          >
            {t("education.editor.addQuestion")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
