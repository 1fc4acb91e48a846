// 研修の登録・編集・補講: the course (when creating), classroom or remote, the day and times,
// the place or the meeting address, the instructor and notes; who is invited when creating
// (those not completed, or every assignee). A follow-up (補講) takes the same form for the
// original session's course and invites its absentees by itself.
import { Group, Modal, SegmentedControl, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  followUpInput,
  sessionInput,
  sessionPatch,
} from "@src/modules/education/education.records.contract.ts";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { today } from "../../lib/format.ts";
import {
  createBody,
  emptySession,
  type SessionValues,
  sessionFields,
  sessionValues,
} from "./session-form.ts";
import {
  type SessionRow,
  useCreateSession,
  useFollowUp,
  useUpdateSession,
} from "./useEducationSessions.ts";

/** What the dialog is open for: a new session, an edit, or a follow-up of a session. */
export type SessionTarget =
  | { mode: "create"; courseId: string | null }
  | { mode: "edit"; session: SessionRow }
  | { mode: "followUp"; session: SessionRow };

export function SessionFormModal({
  orgId,
  target,
  courses,
  onClose,
}: {
  orgId: string;
  target: SessionTarget | null;
  courses: Array<{ value: string; label: string }>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mode = target?.mode ?? "create";
  const schema = mode === "create" ? sessionInput : mode === "edit" ? sessionPatch : followUpInput;
  const form = useForm<SessionValues>({
    initialValues: emptySession(null, today()),
    validate: contractResolver(schema, {
      payload: (v) => (mode === "create" ? createBody(v) : sessionFields(v)),
      also: (v) => ({
        courseId: mode === "create" && !v.courseId ? t("educationSessions.form.pickCourse") : null,
      }),
    }),
  });
  const use = { form, onSuccess: onClose };
  const create = useCreateSession(orgId, {
    ...use,
    notice: (r) => t("educationSessions.form.created", { count: r.invited }),
  });
  const update = useUpdateSession(orgId, { ...use, notice: t("educationSessions.form.saved") });
  const followUp = useFollowUp(orgId, {
    ...use,
    notice: (r) => t("educationSessions.form.followUpCreated", { count: r.invited }),
  });
  const save = mode === "create" ? create : mode === "edit" ? update : followUp;
  useFillOnOpen(
    form,
    target,
    () => {
      if (!target || target.mode === "create")
        return emptySession(target?.courseId ?? courses[0]?.value ?? null, today());
      const v = sessionValues(target.session);
      // A follow-up is a new day: start from the original's details, not its date.
      return target.mode === "followUp" ? { ...v, heldOn: null, title: "" } : v;
    },
    save.reset,
  );

  function submit(v: SessionValues) {
    if (!target) return;
    if (target.mode === "create") void create.run({ courseId: v.courseId ?? "", ...createBody(v) });
    else if (target.mode === "edit")
      void update.run({ id: target.session.id, ...sessionFields(v) });
    else void followUp.run({ id: target.session.id, ...sessionFields(v), heldOn: v.heldOn ?? "" });
  }

  const title = t(`educationSessions.form.title.${mode}`);
  const kind = form.values.kind;
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      <form onSubmit={form.onSubmit(submit)}>
        <Stack data-testid="edu-session-form">
          {mode === "create" ? (
            <Select
              label={t("educationSessions.form.course")}
              data={courses}
              required
              allowDeselect={false}
              data-testid="edu-session-course"
              {...form.getInputProps("courseId")}
            />
          ) : null}
          <SegmentedControl
            data={[
              { value: "classroom", label: t("educationSessions.kind.classroom") },
              { value: "remote", label: t("educationSessions.kind.remote") },
            ]}
            data-testid="edu-session-kind"
            {...form.getInputProps("kind")}
          />
          <TextInput
            label={t("educationSessions.form.sessionTitle")}
            placeholder={t("educationSessions.form.sessionTitleHint")}
            {...form.getInputProps("title")}
          />
          <Group grow align="flex-start">
            <DateField
              label={t("educationSessions.form.heldOn")}
              required
              data-testid="edu-session-day"
              {...form.getInputProps("heldOn")}
            />
            <TextInput
              label={t("educationSessions.form.startsAt")}
              placeholder="10:00"
              data-testid="edu-session-starts"
              {...form.getInputProps("startsAt")}
            />
            <TextInput
              label={t("educationSessions.form.endsAt")}
              placeholder="11:00"
              data-testid="edu-session-ends"
              {...form.getInputProps("endsAt")}
            />
          </Group>
          {kind === "classroom" ? (
            <TextInput
              label={t("educationSessions.form.place")}
              data-testid="edu-session-place"
              {...form.getInputProps("place")}
            />
          ) : (
            <TextInput
              label={t("educationSessions.form.meetingUrl")}
              placeholder="https://"
              data-testid="edu-session-url"
              {...form.getInputProps("meetingUrl")}
            />
          )}
          <TextInput
            label={t("educationSessions.form.instructor")}
            {...form.getInputProps("instructorName")}
          />
          <Textarea
            label={t("educationSessions.form.notes")}
            autosize
            minRows={2}
            {...form.getInputProps("notes")}
          />
          {mode === "create" ? (
            <Select
              label={t("educationSessions.form.invite")}
              data={[
                { value: "not_completed", label: t("educationSessions.invite.not_completed") },
                { value: "all_assigned", label: t("educationSessions.invite.all_assigned") },
              ]}
              allowDeselect={false}
              data-testid="edu-session-invite"
              {...form.getInputProps("invite")}
            />
          ) : null}
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmTestId="edu-session-save"
            loading={save.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
