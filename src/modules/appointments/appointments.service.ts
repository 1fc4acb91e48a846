// PMS appointments (個人情報保護体制): who holds which PMS role, when. The rules (one PMS
// manager and one audit lead at a time, never the same person) live in core/appointments.
import { randomUUID } from "node:crypto";
import { and, asc, eq, gte, isNull, lte, or, type SQL } from "drizzle-orm";
import { type Appointment, checkAppointment } from "../../core/appointments/appointment-rules.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { AppError, invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import { department, lockOrgStructure } from "../org/index.ts";
import { person } from "../people/index.ts";
import type {
  AppointmentInput,
  AppointmentOut,
  AppointmentPatch,
  AppointmentRole,
} from "./appointments.contract.ts";
import { appointment } from "./appointments.tables.ts";

const fieldOfRuleError: Record<string, string> = {
  PMS_MANAGER_ALREADY_APPOINTED: "role",
  AUDIT_LEAD_ALREADY_APPOINTED: "role",
  MANAGER_AND_AUDITOR_SAME_PERSON: "personId",
  DEPT_MANAGER_NEEDS_DEPARTMENT: "departmentId",
  PERIOD_INVALID: "to",
};

export async function listAppointments(
  db: Db,
  ctx: OrgContext,
  q: { role?: AppointmentRole; on?: string; limit: number; page: number },
) {
  const where: SQL[] = [eq(appointment.orgId, ctx.orgId)];
  if (q.role) where.push(eq(appointment.role, q.role));
  if (q.on) {
    where.push(lte(appointment.fromDate, q.on));
    where.push(or(isNull(appointment.toDate), gte(appointment.toDate, q.on)) as SQL);
  }
  const rows = await db
    .select({
      id: appointment.id,
      role: appointment.role,
      personId: appointment.personId,
      personName: person.name,
      departmentId: appointment.departmentId,
      departmentName: department.name,
      from: appointment.fromDate,
      to: appointment.toDate,
      note: appointment.note,
    })
    .from(appointment)
    .innerJoin(
      person,
      and(eq(person.orgId, appointment.orgId), eq(person.id, appointment.personId)),
    )
    .leftJoin(
      department,
      and(eq(department.orgId, appointment.orgId), eq(department.id, appointment.departmentId)),
    )
    .where(and(...where))
    .orderBy(asc(appointment.role), asc(appointment.fromDate), asc(appointment.id));
  const today = todayInJapan();
  const items: AppointmentOut[] = rows.map((r) => ({
    ...r,
    role: r.role as AppointmentRole,
    current: r.from <= today && (r.to === null || r.to >= today),
  }));
  const start = (q.page - 1) * q.limit;
  return { items: items.slice(start, start + q.limit), total: items.length, nextCursor: null };
}

async function validate(tx: Tx, ctx: OrgContext, candidate: Appointment) {
  const [p] = await tx
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.orgId, ctx.orgId), eq(person.id, candidate.personId)));
  if (!p) throw invalidField("personId", "invalid");
  if (candidate.departmentId) {
    const [d] = await tx
      .select({ id: department.id })
      .from(department)
      .where(and(eq(department.orgId, ctx.orgId), eq(department.id, candidate.departmentId)));
    if (!d) throw invalidField("departmentId", "invalid");
  }
  const existing = await tx
    .select({
      id: appointment.id,
      role: appointment.role,
      personId: appointment.personId,
      departmentId: appointment.departmentId,
      from: appointment.fromDate,
      to: appointment.toDate,
    })
    .from(appointment)
    .where(eq(appointment.orgId, ctx.orgId));
  const result = checkAppointment(candidate, existing as Appointment[]);
  if (!result.ok) {
    const field = fieldOfRuleError[result.code] ?? "role";
    throw new AppError(
      "conflict",
      result.code,
      { [field]: { key: result.code } },
      {},
      result.conflictingId ? { conflictingId: result.conflictingId } : undefined,
    );
  }
}

export async function createAppointment(db: Db, ctx: OrgContext, input: AppointmentInput) {
  return writeInOrg(db, ctx, async (tx) => {
    await lockOrgStructure(tx, ctx.orgId);
    const id = randomUUID();
    await validate(tx, ctx, {
      id,
      role: input.role,
      personId: input.personId,
      departmentId: input.departmentId,
      from: input.from,
      to: input.to,
    });
    const [row] = await tx
      .insert(appointment)
      .values({
        orgId: ctx.orgId,
        id,
        role: input.role,
        personId: input.personId,
        departmentId: input.departmentId,
        fromDate: input.from,
        toDate: input.to,
        note: input.note,
      })
      .returning();
    await appendAudit(tx, ctx, {
      entity: "appointment",
      entityId: id,
      action: "create",
      changes: diffFields(null, row ?? null),
    });
    return { id };
  });
}

export async function updateAppointment(
  db: Db,
  ctx: OrgContext,
  id: string,
  patch: AppointmentPatch,
) {
  return writeInOrg(db, ctx, async (tx) => {
    await lockOrgStructure(tx, ctx.orgId);
    const key = and(eq(appointment.orgId, ctx.orgId), eq(appointment.id, id));
    const [before] = await tx.select().from(appointment).where(key);
    if (!before) throw notFound();
    const next = {
      role: patch.role ?? (before.role as AppointmentRole),
      personId: patch.personId ?? before.personId,
      departmentId: patch.departmentId !== undefined ? patch.departmentId : before.departmentId,
      fromDate: patch.from ?? before.fromDate,
      toDate: patch.to !== undefined ? patch.to : before.toDate,
      note: patch.note !== undefined ? patch.note : before.note,
    };
    await validate(tx, ctx, {
      id,
      role: next.role,
      personId: next.personId,
      departmentId: next.departmentId,
      from: next.fromDate,
      to: next.toDate,
    });
    const [after] = await tx
      .update(appointment)
      .set({ ...next, updatedAt: new Date() })
      .where(key)
      .returning();
    const changes = diffFields(before, after ?? null);
    await appendAudit(tx, ctx, {
      entity: "appointment",
      entityId: id,
      action: "update",
      changes,
    });
    return { id };
  });
}

export async function deleteAppointment(db: Db, ctx: OrgContext, id: string) {
  await writeInOrg(db, ctx, async (tx) => {
    const key = and(eq(appointment.orgId, ctx.orgId), eq(appointment.id, id));
    const [before] = await tx.select().from(appointment).where(key);
    if (!before) throw notFound();
    await tx.delete(appointment).where(key);
    await appendAudit(tx, ctx, {
      entity: "appointment",
      entityId: id,
      action: "delete",
      changes: diffFields(before, null),
    });
  });
}
