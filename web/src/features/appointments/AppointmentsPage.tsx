// 個人情報保護体制: who holds each PMS role, the history of appointments, and the chart
// of current holders that becomes the application's 体制図.
import { Alert, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Appointment } from "../../api/types.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { AddButton } from "../../components/PageButtons.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { errorMessage } from "../../lib/notify.ts";
import { FullPageLoader } from "../../routes/RequireAuth.tsx";
import { useCan, useOrg } from "../orgs/OrgContext.tsx";
import { AppointmentFormModal, type AppointmentTarget } from "./AppointmentFormModal.tsx";
import { AppointmentList } from "./AppointmentList.tsx";
import { EndAppointmentModal } from "./EndAppointmentModal.tsx";
import { OrgChart } from "./OrgChart.tsx";
import { useAppointments, useDeleteAppointment } from "./useAppointments.ts";

export default function AppointmentsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const editable = useCan("appointments.write");
  const appointments = useAppointments(org.id);
  const [editing, setEditing] = useState<AppointmentTarget | null>(null);
  const [ending, setEnding] = useState<Appointment | null>(null);
  const [deleting, setDeleting] = useState<Appointment | null>(null);
  const items = appointments.data?.items ?? [];

  const remove = useDeleteAppointment(org.id, { notice: t("common.deleted") });

  return (
    <>
      <PageHeader
        title={t("appointments.title")}
        description={t("appointments.description")}
        actions={
          editable && (
            <AddButton onClick={() => setEditing({})} testId="appointment-add">
              {t("appointments.add")}
            </AddButton>
          )
        }
      />
      {appointments.isPending && <FullPageLoader inline />}
      {appointments.isError && <Alert color="red">{errorMessage(appointments.error)}</Alert>}
      {appointments.data && (
        <Stack gap="xl">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t("appointments.chartTitle")}
            </Title>
            <OrgChart appointments={items.filter((a) => a.current)} />
          </Stack>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t("appointments.listTitle")}
            </Title>
            <AppointmentList
              items={items}
              editable={editable}
              onAdd={(role) => setEditing({ role })}
              onEdit={(appointment) => setEditing({ appointment })}
              onEnd={setEnding}
              onDelete={setDeleting}
            />
          </Stack>
        </Stack>
      )}
      <AppointmentFormModal target={editing} onClose={() => setEditing(null)} />
      <EndAppointmentModal appointment={ending} onClose={() => setEnding(null)} />
      <ConfirmModal
        opened={deleting !== null}
        message={t("appointments.confirmDelete", {
          name: deleting?.personName ?? "",
          role: deleting ? t(`appointmentRoles.${deleting.role}`) : "",
        })}
        onConfirm={() => (deleting ? remove.runOrThrow(deleting) : Promise.resolve())}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
