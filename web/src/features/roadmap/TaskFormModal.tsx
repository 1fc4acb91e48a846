// Add or edit a task of the work plan: title, which side does it (client or consultant), the
// member it is assigned to, the due day and the day it was done.
import { Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  type TaskInput,
  taskInput,
  taskOwners,
  taskPatch,
} from "@src/modules/roadmap/roadmap.contract.ts";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { errorText } from "../../lib/validation.ts";
import { useMembers } from "../members/useMembers.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { type RoadmapTask, type TaskOwner, useSaveTask } from "./useRoadmap.ts";

type Values = {
  title: string;
  owner: TaskOwner;
  assigneeUserId: string | null;
  dueOn: string | null;
  doneOn: string | null;
};

const toPayload = (v: Values, step: number): TaskInput => ({ step, ...v, title: v.title.trim() });

/** What the dialog is open for: a task to edit, or a new one under a step. */
export type TaskTarget = { task: RoadmapTask } | { step: number } | null;

export function TaskFormModal({ target, onClose }: { target: TaskTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const members = useMembers(org.id);
  const editing = target && "task" in target ? target.task : null;
  const step = editing?.step ?? (target && "step" in target ? target.step : 1);
  const form = useForm<Values>({
    initialValues: { title: "", owner: "client", assigneeUserId: null, dueOn: null, doneOn: null },
    validate: contractResolver(editing ? taskPatch : taskInput, {
      payload: (v: Values) => toPayload(v, step),
      also: (v) => ({ title: v.title.trim() ? null : errorText("required") }),
    }),
  });
  const save = useSaveTask(org.id, {
    form,
    notice: editing ? t("common.updated") : t("common.created"),
    onSuccess: onClose,
  });
  useFillOnOpen(
    form,
    target,
    () => ({
      title: editing?.title ?? "",
      owner: editing?.owner ?? "client",
      assigneeUserId: editing?.assigneeUserId ?? null,
      dueOn: editing?.dueOn ?? null,
      doneOn: editing?.doneOn ?? null,
    }),
    save.reset,
  );
  const submit = form.onSubmit((v) => save.run({ id: editing?.id, body: toPayload(v, step) }));
  const memberOptions = (members.data?.items ?? []).map((m) => ({
    value: m.userId,
    label: `${m.name}（${m.email}）`,
  }));

  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={editing ? t("roadmap.task.editTitle") : t("roadmap.task.newTitle", { step })}
    >
      <form onSubmit={submit} noValidate data-testid="task-form">
        <Stack>
          <TextInput
            label={t("roadmap.task.title")}
            required
            data-testid="task-title"
            {...form.getInputProps("title")}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t("roadmap.task.owner")}
            </Text>
            <SegmentedControl
              data={taskOwners.map((o) => ({ value: o, label: t(`roadmap.owner.${o}`) }))}
              data-testid="task-owner"
              {...form.getInputProps("owner")}
            />
          </Stack>
          <Select
            label={t("roadmap.task.assignee")}
            data={memberOptions}
            searchable
            clearable
            data-testid="task-assignee"
            {...form.getInputProps("assigneeUserId")}
          />
          <Group grow>
            <DateField
              label={t("roadmap.task.dueOn")}
              data-testid="task-due"
              {...form.getInputProps("dueOn")}
            />
            <DateField
              label={t("roadmap.task.doneOn")}
              data-testid="task-done-on"
              {...form.getInputProps("doneOn")}
            />
          </Group>
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmTestId="task-save"
            loading={save.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
