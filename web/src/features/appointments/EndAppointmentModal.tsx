// Ends an appointment on a given day (its term's last day), keeping it in the history.
import { Modal, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, orgPath } from "../../api/client.ts";
import type { Appointment } from "../../api/types.ts";
import { DateField } from "../../components/DateField.tsx";
import { ModalFooter } from "../../components/ModalFooter.tsx";
import { today } from "../../lib/format.ts";
import { errorMessage, notifySuccess, serverFieldErrors } from "../../lib/notify.ts";
import { orgKey, useOrg } from "../orgs/OrgContext.tsx";

export function EndAppointmentModal({
  appointment,
  onClose,
}: {
  appointment: Appointment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const queryClient = useQueryClient();
  const [to, setTo] = useState<string | null>(today());
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!appointment) return;
    // An appointment that has not begun yet can end no earlier than its first day.
    setTo([today(), appointment.from].sort().at(-1) ?? null);
    setError(null);
    setFieldError(null);
  }, [appointment]);

  async function end() {
    if (!appointment || !to) return;
    setBusy(true);
    setError(null);
    try {
      await api.patch(orgPath(org.id, `/appointments/${appointment.id}`), { to });
      notifySuccess(t("appointments.ended"));
      await queryClient.invalidateQueries({ queryKey: orgKey(org.id) });
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      setFieldError(serverFieldErrors(err).to ?? null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={appointment !== null} onClose={onClose} title={t("appointments.end")}>
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
          value={to}
          onChange={setTo}
          error={fieldError}
          required
          data-testid="appointment-end-date"
        />
        <ModalFooter
          error={error}
          onCancel={onClose}
          confirmText={t("appointments.end")}
          confirmTestId="appointment-end-submit"
          loading={busy}
          onConfirm={end}
          color="orange"
          disabled={!to}
        />
      </Stack>
    </Modal>
  );
}
