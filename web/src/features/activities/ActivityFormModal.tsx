// Record an activity (実施記録) or correct one: the kind, the day, who did it (a person of the
// register or an outsider), who approves it (top management's acts), notes and the records it
// rests on (register items, laws, people, risk rows). An existing record also shows its
// evidence as links to those records, its approval and its attached files.
import {
  Alert,
  Divider,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { can } from "@src/core/access/permissions.ts";
import { activityInput, activityPatch } from "@src/modules/activities/activities.contract.ts";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { errorText } from "../../lib/validation.ts";
import { PersonSelect } from "../appointments/PersonSelect.tsx";
import { AttachmentsPanel } from "../files/AttachmentsPanel.tsx";
import { todayJst } from "../legal/legal-labels.ts";
import { useMembers } from "../members/useMembers.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { ApprovalPanel } from "./ApprovalPanel.tsx";
import { emptyValues, needsApprover, toPayload, toValues, type Values } from "./activity-form.ts";
import { kindOptions } from "./activity-labels.ts";
import { EvidenceLinks } from "./EvidenceLinks.tsx";
import { EvidencePickers } from "./EvidencePickers.tsx";
import { type Activity, useSaveActivity } from "./useActivities.ts";

export function ActivityFormModal({
  target,
  onClose,
}: {
  /** { kind } opens a new record (kind pre-chosen or null); an Activity corrects it. */
  target: { kind: string | null } | Activity | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const editing = target && "id" in target ? target : null;
  const members = useMembers(org.id);
  const form = useForm<Values>({
    initialValues: emptyValues(null, todayJst()),
    validate: contractResolver(editing ? activityPatch : activityInput, {
      payload: (v: Values) => toPayload(v, editing),
      also: (v) => ({
        kind: v.kind ? null : errorText("required"),
        performedOn: v.performedOn ? null : errorText("required"),
        approverUserId:
          needsApprover(v.kind) && !v.approverUserId
            ? errorText("activity_approver_required")
            : null,
      }),
    }),
  });
  const save = useSaveActivity(org.id, {
    form,
    notice: editing ? t("common.updated") : t("activities.recorded"),
    onSuccess: onClose,
  });
  useFillOnOpen(
    form,
    target,
    () =>
      editing
        ? toValues(editing)
        : emptyValues(target && "kind" in target ? target.kind : null, todayJst()),
    save.reset,
  );
  const submit = form.onSubmit((v) => save.run({ id: editing?.id, body: toPayload(v, editing) }));
  // Members whose role may approve, as the server checks: a member-role president included.
  const approvers = (members.data?.items ?? [])
    .filter((m) => can(m.role, "activities.approve"))
    .map((m) => ({ value: m.userId, label: m.name }));
  const v = form.values;

  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={editing ? t("activities.form.editTitle") : t("activities.form.newTitle")}
      size="xl"
    >
      <form onSubmit={submit} noValidate data-testid="activity-form">
        <Stack>
          {editing?.source !== undefined && editing.source !== "entered" && (
            <Alert color="gray" data-testid="activity-migrated">
              {t(`activities.source.${editing.source}`)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t("activities.col.kind")}
              data={kindOptions()}
              required
              searchable
              allowDeselect={false}
              data-testid="activity-kind"
              {...form.getInputProps("kind")}
            />
            <DateField
              label={t("activities.col.performedOn")}
              description={t("activities.form.performedOnHint")}
              required
              maxDate={todayJst()}
              data-testid="activity-performed-on"
              {...form.getInputProps("performedOn")}
            />
          </SimpleGrid>
          <SegmentedControl
            data={[
              { value: "person", label: t("activities.form.performerPerson") },
              { value: "outsider", label: t("activities.form.performerOutsider") },
            ]}
            data-testid="activity-performer"
            {...form.getInputProps("performer")}
          />
          {v.performer === "person" ? (
            <PersonSelect
              label={t("activities.col.performedBy")}
              initialLabel={editing?.performedByName ?? undefined}
              {...form.getInputProps("performedByPersonId")}
            />
          ) : (
            <TextInput
              label={t("activities.form.outsiderName")}
              required
              data-testid="activity-performer-name"
              {...form.getInputProps("performedByName")}
            />
          )}
          <Select
            label={t("activities.col.approver")}
            description={
              needsApprover(v.kind)
                ? t("activities.form.approverNeeded")
                : t("activities.form.approverOptional")
            }
            required={needsApprover(v.kind)}
            clearable={!needsApprover(v.kind)}
            data={approvers}
            data-testid="activity-approver"
            {...form.getInputProps("approverUserId")}
          />
          <Textarea
            label={t("activities.col.notes")}
            description={t("activities.form.notesHint")}
            autosize
            minRows={2}
            data-testid="activity-notes"
            {...form.getInputProps("notes")}
          />
          <EvidencePickers form={form} editing={editing} />
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmTestId="activity-save"
            loading={save.busy}
          />
        </Stack>
      </form>
      {editing && (
        <Stack mt="lg">
          <Divider label={t("activities.evidence.title")} labelPosition="left" />
          <EvidenceLinks evidence={editing.evidence} />
          <Divider label={t("activities.approvalTitle")} labelPosition="left" />
          <ApprovalPanel record={editing} />
          <Divider label={t("activities.files")} labelPosition="left" />
          <AttachmentsPanel
            owner={{ kind: "activity_record", id: editing.id }}
            writeAction="activities.write"
          />
        </Stack>
      )}
    </Modal>
  );
}
