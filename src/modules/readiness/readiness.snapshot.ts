// Loads the readiness snapshot of one organization with a fixed number of statements (nine),
// whatever its size: the register is aggregated in SQL by three of them
// (readiness.snapshot-register.ts), the others read small tables.
import { and, asc, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { AppointmentRole } from "../../core/appointments/appointment-rules.ts";
import type { LegalEntryFacts, ReadinessSnapshot } from "../../core/readiness/index.ts";
import { legalEntryName } from "../../core/registers/law-catalogue.ts";
import type { Db } from "../../db/client.ts";
import type { Lang } from "../../i18n/messages.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appointment } from "../appointments/index.ts";
import {
  legalRequirement,
  legalRequirementDepartment,
  legalRequirementItem,
} from "../legal/index.ts";
import { orgProfile } from "../org/index.ts";
import { person } from "../people/index.ts";
import { getRiskMatrix } from "../risks/index.ts";
import { loadRegister } from "./readiness.snapshot-register.ts";
import { readinessManualCheck } from "./readiness.tables.ts";

type LegalRow = {
  id: string;
  name: string | null;
  law_id: string | null;
  checked_on: string | null;
  linked: boolean;
};

async function loadLegal(db: Db, orgId: string, lang: Lang): Promise<LegalEntryFacts[]> {
  const L = legalRequirement;
  const link = legalRequirementItem;
  const dept = legalRequirementDepartment;
  // Linked = applies to a register item or to a department (company-wide laws are usually
  // tied to departments only). One index probe per entry: a plain EXISTS lets the planner
  // hash every link of the organization instead (10,000 rows when an entry applies to every
  // item). coalesce evaluates lazily, so the department probe runs only for entries with no
  // item link. A raw statement, because Drizzle's one-table select leaves columns
  // unqualified, and inside the subqueries "org_id" would name the link's own column.
  const result = (await db.execute(sql`
    select ${L.id} as id, ${L.name} as name, ${L.lawId} as law_id,
      ${L.checkedOn}::text as checked_on,
      coalesce(
        (select true from ${link} where ${link.orgId} = ${L.orgId}
          and ${link.requirementId} = ${L.id} limit 1),
        (select true from ${dept} where ${dept.orgId} = ${L.orgId}
          and ${dept.requirementId} = ${L.id} limit 1),
        false) as linked
    from ${L} where ${L.orgId} = ${orgId}
    order by ${L.createdAt}, ${L.id}`)) as unknown as { rows: LegalRow[] };
  return result.rows.map((r) => ({
    id: r.id,
    // The legal register's display name: the own name, else the catalogue's, else the id.
    name: legalEntryName({ name: r.name, lawId: r.law_id, id: r.id }, lang),
    checkedOn: r.checked_on,
    linked: r.linked === true,
  }));
}

export async function loadReadinessSnapshot(
  db: Db,
  ctx: OrgContext,
  today: string,
  lang: Lang = "ja",
): Promise<ReadinessSnapshot> {
  const { orgId } = ctx;
  // Independent reads: in parallel (on PostgreSQL each takes a pooled connection; PGlite
  // queues them). They are not one transaction: a write landing between them can show in
  // one part and not another, which the next evaluation corrects.
  const [profile, staff, appointments, register, legal, checks, matrix] = await Promise.all([
    db
      .select({ scope: orgProfile.scope, representative: orgProfile.representative })
      .from(orgProfile)
      .where(eq(orgProfile.orgId, orgId)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(person)
      .where(and(eq(person.orgId, orgId), or(isNull(person.leftOn), gt(person.leftOn, today)))),
    db
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
      .where(eq(appointment.orgId, orgId))
      .orderBy(asc(appointment.fromDate), asc(appointment.id)),
    loadRegister(db, orgId),
    loadLegal(db, orgId, lang),
    db
      .select({
        ruleId: readinessManualCheck.ruleId,
        done: readinessManualCheck.done,
        checkedByName: readinessManualCheck.checkedByName,
        checkedAt: readinessManualCheck.checkedAt,
      })
      .from(readinessManualCheck)
      .where(eq(readinessManualCheck.orgId, orgId)),
    getRiskMatrix(db, ctx),
  ]);
  return {
    profile: {
      scope: profile[0]?.scope ?? null,
      representative: profile[0]?.representative ?? null,
    },
    activeStaffCount: Number(staff[0]?.n ?? 0),
    appointments: appointments.map((a) => ({ ...a, role: a.role as AppointmentRole })),
    items: register.items,
    riskMatrix: matrix.matrix,
    riskGroups: register.riskGroups,
    legal,
    manualChecks: checks.map((c) => ({ ...c, checkedAt: c.checkedAt.toISOString() })),
  };
}
