// Appoint someone to a PMS role, or edit an appointment. The server's rule conflicts
// (one PMS manager at a time, manager ≠ audit lead, …) come back as 409 and are shown
// above the buttons and under the field they concern.
import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type AppointmentInput,
  type AppointmentRole,
  appointmentInput,
  appointmentRoles,
} from "../../../../src/modules/appointments/appointments.contract.ts";
import { api, orgPath } from "../../api/client.ts";
import type { Appointment } from "../../api/types.ts";
import { DateField } from "../../components/DateField.tsx";
import { FormError } from "../../components/FormError.tsx";
import { today } from "../../lib/format.ts";
import { errorMessage, notifySuccess, serverFieldErrors } from "../../lib/notify.ts";
import { errorText, zodErrors } from "../../lib/validation.ts";
import { departmentOptions, useDepartments } from "../departments/useDepartments.ts";
import { orgKey, useOrg } from "../orgs/OrgContext.tsx";
import { PersonSelect } from "./PersonSelect.tsx";

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

function validate(v: Values): Record<string, string> {
  const errors = zodErrors(appointmentInput, toPayload(v));
  if (v.role === "dept_manager" && !v.departmentId)
    errors.departmentId ??= errorText("DEPT_MANAGER_NEEDS_DEPARTMENT");
  if (v.from && v.to && v.to < v.from) errors.to ??= errorText("PERIOD_INVALID");
  return errors;
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
  const queryClient = useQueryClient();
  const departments = useDepartments(org.id);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      role: null,
      personId: null,
      departmentId: null,
      from: null,
      to: null,
      note: "",
    },
    validate,
  });
  const editing = target?.appointment;

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the target changes
  useEffect(() => {
    if (!target) return;
    const a = target.appointment;
    form.setValues({
      role: a?.role ?? target.role ?? null,
      personId: a?.personId ?? null,
      departmentId: a?.departmentId ?? null,
      from: a?.from ?? today(),
      to: a?.to ?? null,
      note: a?.note ?? "",
    });
    form.clearErrors();
    setError(null);
  }, [target]);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const body = toPayload(values);
      if (editing) await api.patch(orgPath(org.id, `/appointments/${editing.id}`), body);
      else await api.post(orgPath(org.id, "/appointments"), body);
      notifySuccess(editing ? t("common.updated") : t("appointments.appointed"));
      await queryClient.invalidateQueries({ queryKey: orgKey(org.id) });
      onClose();
    } catch (err) {
      form.setErrors(serverFieldErrors(err));
      setError(errorMessage(err));
    }
  });

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
          <FormError message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={form.submitting} data-testid="appointment-submit">
              {editing ? t("common.save") : t("appointments.appoint")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
