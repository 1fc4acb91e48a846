// Ends an appointment on a given day (its term's last day), keeping it in the history.
import { Modal, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { appointmentPatch } from "@src/modules/appointments/appointments.contract.ts";
import { useTranslation } from "react-i18next";
import type { Appointment } from "../../api/types.ts";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { contractResolver, useFillOnOpen } from "../../lib/form.ts";
import { today } from "../../lib/format.ts";
import { errorText } from "../../lib/validation.ts";
import { useOrg } from "../orgs/OrgContext.tsx";
import { useSaveAppointment } from "./useAppointments.ts";

type Values = { to: string | null };

export function EndAppointmentModal({
  appointment,
  onClose,
}: {
  appointment: Appointment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const form = useForm<Values>({
    initialValues: { to: today() },
    validate: contractResolver(appointmentPatch, {
      also: (v) => ({ to: v.to ? null : errorText("required") }),
    }),
  });
  const save = useSaveAppointment(org.id, {
    form,
    notice: t("appointments.ended"),
    onSuccess: onClose,
  });
  // An appointment that has not begun yet can end no earlier than its first day.
  useFillOnOpen(
    form,
    appointment,
    () => ({ to: [today(), appointment?.from ?? ""].sort().at(-1) ?? null }),
    save.reset,
  );
  const end = form.onSubmit((v) => {
    if (appointment && v.to) void save.run({ id: appointment.id, body: { to: v.to } });
  });

  return (
    <Modal opened={appointment !== null} onClose={onClose} title={t("appointments.end")}>
      <form onSubmit={end} noValidate>
        <Stack>
          <Text size="sm">
            {appointment &&
              t("appointments.endLead", {
                name: appointment.personName,
                role: t(`appointmentRoles.${appointment.role}`),
              })}
          </Text>
          <DateField
            label={t("appointments.endOn")}
            required
            data-testid="appointment-end-date"
            {...form.getInputProps("to")}
          />
          <ModalFooter
            error={save.error}
            onCancel={onClose}
            confirmText={t("appointments.end")}
            confirmTestId="appointment-end-submit"
            loading={save.busy}
            color="orange"
            disabled={!form.values.to}
          />
        </Stack>
      </form>
    </Modal>
  );
}
