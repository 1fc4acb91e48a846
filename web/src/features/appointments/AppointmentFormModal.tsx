// Appoint someone to a PMS role, or edit an appointment. The server's rule conflicts
// (one PMS manager at a time, manager ≠ audit lead, …) come back as 409 and are shown
// above the buttons and under the field they concern.
import { Modal, Select, SimpleGrid, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  type AppointmentInput,
  type AppointmentRole,
  appointmentInput,
  appointmentRoles,
} from "@src/modules/appointments/appointments.contract.ts";
import { useTranslation } from "react-i18next";
import type { Appointment } from "../../api/types.ts";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { today } from "../../lib/format.ts";
import { errorText } from "../../lib/validation.ts";
import { departmentOptions, useDepartments } from "../departments/useDepartments.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { PersonSelect } from "./PersonSelect.tsx";
import { useSaveAppointment } from "./useAppointments.ts";

export type AppointmentTarget = { appointment?: Appointment; role?: AppointmentRole };

type Values = {
  role: AppointmentRole | null;
  personId: string | null;
  departmentId: string | null;
  from: string | null;
  to: string | null;
  note: string;
};

function toPayload(v: Values) {
  return {
    role: v.role,
    personId: v.personId ?? "",
    departmentId: v.role === "dept_manager" ? v.departmentId || null : null,
    from: v.from ?? "",
    to: v.to || null,
    note: v.note,
  } as AppointmentInput;
}

/** The server's rules the contract alone does not state, in the same words. */
function rules(v: Values): Record<string, string | null> {
  return {
    departmentId:
      v.role === "dept_manager" && !v.departmentId
        ? errorText("DEPT_MANAGER_NEEDS_DEPARTMENT")
        : null,
    to: v.from && v.to && v.to < v.from ? errorText("PERIOD_INVALID") : null,
  };
}

export function AppointmentFormModal({
  target,
  onClose,
}: {
  target: AppointmentTarget | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const departments = useDepartments(org.id);
  const form = useForm<Values>({
    initialValues: {
      role: null,
      personId: null,
      departmentId: null,
      from: null,
      to: null,
      note: "",
    },
    validate: contractResolver(appointmentInput, { payload: toPayload, also: rules }),
  });
  const editing = target?.appointment;
  const save = useSaveAppointment(org.id, {
    form,
    notice: editing ? t("common.updated") : t("appointments.appointed"),
    onSuccess: onClose,
  });
  useFillOnOpen(
    form,
    target,
    () => ({
      role: editing?.role ?? target?.role ?? null,
      personId: editing?.personId ?? null,
      departmentId: editing?.departmentId ?? null,
      from: editing?.from ?? today(),
      to: editing?.to ?? null,
      note: editing?.note ?? "",
    }),
    save.reset,
  );
  const submit = form.onSubmit((v) => save.run({ id: editing?.id, body: toPayload(v) }));

  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={editing ? t("appointments.edit") : t("appointments.add")}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t("appointments.role")}
            required
            data={appointmentRoles.map((r) => ({ value: r, label: t(`appointmentRoles.${r}`) }))}
            allowDeselect={false}
            data-testid="appointment-role"
            {...form.getInputProps("role")}
          />
          <PersonSelect
            label={t("appointments.person")}
            initialLabel={editing?.personName}
            {...form.getInputProps("personId")}
          />
          {form.values.role === "dept_manager" && (
            <Select
              label={t("appointments.department")}
              required
              data={departmentOptions(departments.data?.items ?? [])}
              searchable
              data-testid="appointment-department"
              {...form.getInputProps("departmentId")}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t("appointments.from")}
              required
              data-testid="appointment-from"
              {...form.getInputProps("from")}
            />
            <DateField
              label={t("appointments.to")}
              placeholder={t("appointments.toHint")}
              data-testid="appointment-to"
              {...form.getInputProps("to")}
            />
          </SimpleGrid>
          <Textarea
            label={t("appointments.note")}
            autosize
            minRows={2}
            data-testid="appointment-note"
            {...form.getInputProps("note")}
          />
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmText={editing ? t("common.save") : t("appointments.appoint")}
            confirmTestId="appointment-submit"
            loading={save.busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
