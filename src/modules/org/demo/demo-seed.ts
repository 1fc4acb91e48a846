// Fills a newly created organization with the demo company (demo-data.ts): profile,
// department tree, people, the PMS appointments and the registers (demo-register-seed.ts), in
// the caller's transaction, with one audit event that summarises what was added.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import {
  type Appointment,
  checkAppointment,
} from "../../../core/appointments/appointment-rules.ts";
import type { Tx } from "../../../db/client.ts";
import type { OrgContext } from "../../../server/org-context.ts";
import { appointment } from "../../appointments/index.ts";
import { appendAudit, diffFields } from "../../audit/index.ts";
import { person } from "../../people/index.ts";
import { seedDemoWorkPlan } from "../../roadmap/index.ts";
import { department, orgProfile } from "../org.tables.ts";
import { seedDemoActivities } from "./demo-activities-seed.ts";
import {
  DEMO_APPOINTMENTS,
  DEMO_DEPARTMENTS,
  DEMO_EMAIL_DOMAIN,
  DEMO_PEOPLE,
  DEMO_PROFILE,
  DEMO_REPRESENTATIVE_KEY,
  type DeptKey,
} from "./demo-data.ts";
import { seedDemoEducation } from "./demo-education-seed.ts";
import { seedDemoRegister } from "./demo-register-seed.ts";

type DepartmentRow = typeof department.$inferInsert;
type PersonRow = typeof person.$inferInsert;
type AppointmentRow = typeof appointment.$inferInsert;

export type DemoRows = {
  departments: DepartmentRow[];
  people: PersonRow[];
  appointments: AppointmentRow[];
};

/** Builds the rows of the demo company for one organization, with fresh ids. */
export function buildDemoRows(orgId: string): DemoRows {
  const deptIds = new Map<DeptKey, string>(DEMO_DEPARTMENTS.map((d) => [d.key, randomUUID()]));
  const deptId = (key: DeptKey) => must(deptIds.get(key), `department ${key}`);
  const siblings = new Map<DeptKey | null, number>();
  const departments = DEMO_DEPARTMENTS.map((d): DepartmentRow => {
    const sortOrder = siblings.get(d.parent) ?? 0;
    siblings.set(d.parent, sortOrder + 1);
    return {
      orgId,
      id: deptId(d.key),
      name: d.name,
      parentId: d.parent ? deptId(d.parent) : null,
      sortOrder,
    };
  });

  const personIds = new Map<string, string>();
  const people = DEMO_PEOPLE.map(
    ([key, name, kana, dept, employmentType, joinedOn, leftOn]): PersonRow => {
      const id = randomUUID();
      personIds.set(key, id);
      return {
        orgId,
        id,
        name,
        kana,
        email: `${key}@${DEMO_EMAIL_DOMAIN}`,
        departmentId: deptId(dept),
        employmentType,
        joinedOn,
        leftOn: leftOn ?? null,
      };
    },
  );

  const appointments = DEMO_APPOINTMENTS.map(
    (a): AppointmentRow => ({
      orgId,
      id: randomUUID(),
      role: a.role,
      personId: must(personIds.get(a.person), `person ${a.person}`),
      departmentId: a.department ? deptId(a.department) : null,
      fromDate: a.from,
      toDate: a.to,
      note: a.note,
    }),
  );
  assertAppointmentRules(appointments);
  return { departments, people, appointments };
}

/** The demo data must obey the same rules as appointments made through the app. */
function assertAppointmentRules(rows: readonly AppointmentRow[]): void {
  const accepted: Appointment[] = [];
  for (const row of rows) {
    const candidate: Appointment = {
      id: must(row.id, "appointment id"),
      role: row.role as Appointment["role"],
      personId: row.personId,
      departmentId: row.departmentId ?? null,
      from: row.fromDate,
      to: row.toDate ?? null,
    };
    const check = checkAppointment(candidate, accepted);
    if (!check.ok) throw new Error(`demo appointment ${row.role}: ${check.code}`);
    accepted.push(candidate);
  }
}

/** Fills a new organization with the demo company (called inside createOrganization's transaction). */
export async function seedDemoOrganization(tx: Tx, ctx: OrgContext): Promise<void> {
  const rows = buildDemoRows(ctx.orgId);
  await tx.insert(department).values(rows.departments);
  await tx.insert(person).values(rows.people);
  await tx.insert(appointment).values(rows.appointments);
  const register = await seedDemoRegister(tx, ctx.orgId, rows.departments);
  Object.assign(register, await seedDemoActivities(tx, ctx, rows.people));
  Object.assign(register, await seedDemoEducation(tx, ctx, rows.people));
  Object.assign(register, await seedDemoWorkPlan(tx, ctx.orgId));

  const representative = DEMO_PEOPLE.find(([key]) => key === DEMO_REPRESENTATIVE_KEY);
  const inOffice = rows.people.filter((p) => !p.leftOn).length;
  const [before] = await tx.select().from(orgProfile).where(eq(orgProfile.orgId, ctx.orgId));
  const [after] = await tx
    .update(orgProfile)
    .set({
      corporateNumber: DEMO_PROFILE.corporateNumber,
      representative: representative ? `代表取締役 ${representative[1]}` : null,
      headOffice: DEMO_PROFILE.headOffice,
      industry: DEMO_PROFILE.industry,
      capital: DEMO_PROFILE.capital,
      employeeCount: inOffice,
      offices: [...DEMO_PROFILE.offices],
      scope: DEMO_PROFILE.scope,
      updatedAt: new Date(),
    })
    .where(eq(orgProfile.orgId, ctx.orgId))
    .returning();
  if (!before || !after) throw new Error(`organization profile missing: ${ctx.orgId}`);

  await appendAudit(tx, ctx, {
    entity: "organization",
    entityId: ctx.orgId,
    action: "seed_demo",
    changes: {
      departments: { old: 0, new: rows.departments.length },
      people: { old: 0, new: rows.people.length },
      appointments: { old: 0, new: rows.appointments.length },
      ...register,
      ...diffFields(before, after),
    },
  });
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo data refers to an unknown ${what}`);
  return value;
}
