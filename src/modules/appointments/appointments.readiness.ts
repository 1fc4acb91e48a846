// The appointments' part of readiness: every appointment of any period with the holder's
// name (the organization's rules decide which are current on the day judged).
import { and, asc, eq } from "drizzle-orm";
import type { AppointmentRole } from "../../core/appointments/appointment-rules.ts";
import { person } from "../people/index.ts";
import type { ReadinessProvider } from "../readiness/index.ts";
import { appointment } from "./appointments.tables.ts";

export const appointmentsReadiness: ReadinessProvider = {
  id: "appointments",
  // People: the holder's name is shown in the findings.
  reads: ["appointment", "person"],
  rules: [],
  async load(db, ctx) {
    const rows = await db
      .select({
        id: appointment.id,
        role: appointment.role,
        personId: appointment.personId,
        personName: person.name,
        from: appointment.fromDate,
        to: appointment.toDate,
      })
      .from(appointment)
      .innerJoin(
        person,
        and(eq(person.orgId, appointment.orgId), eq(person.id, appointment.personId)),
      )
      .where(eq(appointment.orgId, ctx.orgId))
      .orderBy(asc(appointment.fromDate), asc(appointment.id));
    return (snapshot) => {
      snapshot.appointments = rows.map((a) => ({ ...a, role: a.role as AppointmentRole }));
    };
  },
};
