// The person's page for purpose "course" (教育), on a phone first: the course's material one
// section after another (text, images, slides, a video link), then the quiz with a radio group
// or checkboxes per question. After submitting: the score, passed or not, each question right
// or wrong with its explanations, and a retry while attempts remain; once passed, the day of
// completion. No answer key ever reaches the page before a submission.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Image,
  Radio,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { paragraphs } from "@src/core/education/sections.ts";
import {
  IconCircleCheck,
  IconCircleX,
  IconExternalLink,
  IconFileTypePdf,
} from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { formatDate } from "../../lib/format.ts";
import type { PurposePanelProps } from "../personal-links/public/purpose-panels.tsx";
import {
  type AttemptResultOut,
  type LearnerCourseOut,
  learnerPath,
  useMyCourse,
  useOpenCourse,
  useSubmitAttempt,
} from "./useLearner.ts";

type Section = LearnerCourseOut["sections"][number];
type Attempt = NonNullable<LearnerCourseOut["lastAttempt"]>;

function SectionView({ token, section }: { token: string; section: Section }) {
  const { t } = useTranslation();
  const file = section.fileId
    ? learnerPath(token, `/files/${encodeURIComponent(section.fileId)}`)
    : null;
  return (
    <Card withBorder radius="md" padding="md" data-testid="edu-learner-section">
      <Title order={3} size="h5" mb="xs">
        {section.title}
      </Title>
      {section.kind === "text" &&
        paragraphs(section.body)
          .map((text, i) => ({ id: `${section.id}.${i}`, text }))
          .map((para) => (
            <Text
              key={para.id}
              size="sm"
              mb="xs"
              style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
            >
              {para.text}
            </Text>
          ))}
      {section.kind === "image" && file && (
        <Image
          src={file}
          alt={section.body ?? section.title}
          radius="sm"
          fit="contain"
          maw="100%"
        />
      )}
      {section.kind === "slides" && file && (
        <Anchor href={file} target="_blank" rel="noopener" size="sm">
          <Group gap={4} wrap="nowrap">
            <IconFileTypePdf size={18} />
            {t("educationLearner.slides")}
          </Group>
        </Anchor>
      )}
      {section.kind === "video" && section.url && (
        <Anchor href={section.url} target="_blank" rel="noopener noreferrer" size="sm">
          <Group gap={4} wrap="nowrap">
            <IconExternalLink size={18} />
            {t("educationLearner.video")}
          </Group>
        </Anchor>
      )}
      {section.kind !== "text" && section.body && (
        <Text size="xs" c="dimmed" mt={4}>
          {section.body}
        </Text>
      )}
    </Card>
  );
}

function ResultView({
  course,
  attempt,
  onRetry,
}: {
  course: LearnerCourseOut;
  attempt: Attempt;
  onRetry: (() => void) | null;
}) {
  const { t } = useTranslation();
  const prompts = new Map(course.questions.map((q) => [q.id, q]));
  return (
    <Stack data-testid="edu-learner-result">
      <Alert
        color={attempt.passed ? "green" : "orange"}
        icon={attempt.passed ? <IconCircleCheck /> : <IconCircleX />}
        title={attempt.passed ? t("educationLearner.passed") : t("educationLearner.failed")}
      >
        <Text size="sm" data-testid="edu-learner-score">
          {t("educationLearner.score", {
            score: attempt.score,
            correct: attempt.correctCount,
            total: attempt.questionCount,
            pass: course.passMark,
          })}
        </Text>
      </Alert>
      {attempt.results.map((r, i) => {
        const q = prompts.get(r.questionId);
        const text = (id: string) => q?.choices.find((c) => c.id === id)?.text ?? id;
        return (
          <Card
            key={r.questionId}
            withBorder
            radius="md"
            padding="sm"
            data-testid="edu-learner-answer"
          >
            <Group gap={6} wrap="nowrap" align="flex-start">
              {r.correct ? (
                <IconCircleCheck size={18} color="var(--mantine-color-green-7)" />
              ) : (
                <IconCircleX size={18} color="var(--mantine-color-orange-7)" />
              )}
              <Text size="sm" fw={600}>
                {t("educationLearner.question", { n: i + 1 })} {r.prompt}
              </Text>
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              {t("educationLearner.yourAnswer", { answer: r.chosen.map(text).join("、") })}
            </Text>
            {r.choiceExplanations.map((c) => (
              <Text key={c.choiceId} size="sm" mt={4}>
                {text(c.choiceId)}：{c.explanation}
              </Text>
            ))}
            {r.explanation && (
              <Text size="sm" mt={4}>
                {r.explanation}
              </Text>
            )}
          </Card>
        );
      })}
      {onRetry && (
        <Button onClick={onRetry} variant="light" data-testid="edu-learner-retry">
          {t("educationLearner.retry")}
        </Button>
      )}
    </Stack>
  );
}

function Quiz({
  token,
  course,
  onDone,
}: {
  token: string;
  course: LearnerCourseOut;
  onDone: (r: AttemptResultOut) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<{ answers: Record<string, string[]> }>({
    initialValues: { answers: Object.fromEntries(course.questions.map((q) => [q.id, []])) },
  });
  const save = useSubmitAttempt(token, { form, onSuccess: onDone });
  const answers = form.values.answers;
  const done = course.questions.every((q) => (answers[q.id] ?? []).length > 0);
  return (
    <form onSubmit={form.onSubmit((v) => save.run({ answers: v.answers }))}>
      <Stack>
        <Title order={3} size="h4">
          {t("educationLearner.quiz")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("educationLearner.quizIntro", { pass: course.passMark })}
        </Text>
        {course.questions.map((q, i) => {
          const label = `${t("educationLearner.question", { n: i + 1 })} ${q.prompt}`;
          const error = form.errors[`answers.${q.id}`];
          return (
            <Card key={q.id} withBorder radius="md" padding="md" data-testid="edu-learner-question">
              {q.kind === "single" ? (
                <Radio.Group
                  label={label}
                  error={error}
                  value={answers[q.id]?.[0] ?? null}
                  onChange={(v) => form.setFieldValue(`answers.${q.id}`, [v])}
                >
                  <Stack gap="xs" mt="xs">
                    {q.choices.map((c) => (
                      <Radio
                        key={c.id}
                        value={c.id}
                        label={c.text}
                        data-testid="edu-learner-choice"
                      />
                    ))}
                  </Stack>
                </Radio.Group>
              ) : (
                <Checkbox.Group
                  label={label}
                  description={t("educationLearner.multiple")}
                  error={error}
                  value={answers[q.id] ?? []}
                  onChange={(v) => form.setFieldValue(`answers.${q.id}`, v)}
                >
                  <Stack gap="xs" mt="xs">
                    {q.choices.map((c) => (
                      <Checkbox
                        key={c.id}
                        value={c.id}
                        label={c.text}
                        data-testid="edu-learner-choice"
                      />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
            </Card>
          );
        })}
        <FormError message={save.error} />
        <Button
          type="submit"
          size="md"
          loading={save.busy}
          disabled={!done}
          data-testid="edu-learner-submit"
        >
          {course.questions.length === 0
            ? t("educationLearner.finish")
            : t("educationLearner.submit")}
        </Button>
      </Stack>
    </form>
  );
}

export default function PersonalCoursePanel({ token }: PurposePanelProps) {
  const { t } = useTranslation();
  const course = useMyCourse(token);
  const open = useOpenCourse(token);
  const [result, setResult] = useState<Attempt | null>(null);
  const [retrying, setRetrying] = useState(false);
  const opened = course.data?.state === "not_started";
  // biome-ignore lint/correctness/useExhaustiveDependencies: record the first opening once
  useEffect(() => {
    if (opened) void open.run();
  }, [opened]);
  if (course.isLoading) return <Text c="dimmed">{t("educationLearner.loading")}</Text>;
  if (!course.data)
    return (
      <Alert color="gray" data-testid="edu-learner-invalid">
        {t("educationLearner.notValid")}
      </Alert>
    );
  const c = course.data;
  const shown = result ?? c.lastAttempt;
  const canRetry = c.state !== "passed" && c.state !== "closed" && c.attemptsLeft !== 0;
  const showQuiz = c.state !== "closed" && c.state !== "passed" && (retrying || !shown);
  return (
    <Stack gap="md" data-testid="edu-learner" style={{ overflowWrap: "anywhere" }}>
      <div>
        <Title order={2} size="h3" data-testid="edu-learner-title">
          {c.title}
        </Title>
        {c.description && (
          <Text size="sm" mt={4}>
            {c.description}
          </Text>
        )}
        <Group gap="xs" mt="xs">
          {c.durationMinutes && (
            <Badge variant="light" color="gray">
              {t("educationLearner.minutes", { n: c.durationMinutes })}
            </Badge>
          )}
          {c.dueOn && (
            <Badge variant="light" color="gray">
              {t("educationLearner.due", { day: formatDate(c.dueOn) })}
            </Badge>
          )}
          {c.maxAttempts !== null && c.state !== "passed" && (
            <Badge variant="light" color="gray" data-testid="edu-learner-attempts">
              {t("educationLearner.attemptsLeft", { n: c.attemptsLeft ?? 0 })}
            </Badge>
          )}
        </Group>
      </div>
      {c.state === "passed" && (
        <Alert color="green" icon={<IconCircleCheck />} data-testid="edu-learner-completed">
          {t("educationLearner.completed", { day: formatDate(c.completedOn) })}
        </Alert>
      )}
      {c.state === "closed" && <Alert color="gray">{t("educationLearner.closed")}</Alert>}
      {c.sections.map((s) => (
        <SectionView key={s.id} token={token} section={s} />
      ))}
      {showQuiz ? (
        <Quiz
          key={shown?.attemptNo ?? 0}
          token={token}
          course={c}
          onDone={(r) => {
            setResult(r.attempt);
            setRetrying(false);
            window.scrollTo({ top: 0 });
          }}
        />
      ) : (
        shown && (
          <ResultView
            course={c}
            attempt={shown}
            onRetry={canRetry ? () => setRetrying(true) : null}
          />
        )
      )}
      {!canRetry && c.state === "failed" && (
        <Alert color="orange">{t("educationLearner.noAttempts")}</Alert>
      )}
    </Stack>
  );
}
