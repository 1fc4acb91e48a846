// Counts the organization capability shows (staff on the profile, people per department).
// People depend on departments, so org cannot read this table itself: its routes pass these
// functions in as a StaffCounter.
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import type { StaffCounter } from "../org/index.ts";
import { inOffice } from "./people.in-office.ts";
import { person } from "./people.tables.ts";

/** People in office on `today` (officers and dispatched workers count as staff). */
async function currentStaff(db: Db | Tx, orgId: string, today: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(person)
    .where(and(eq(person.orgId, orgId), inOffice(today)));
  return row?.n ?? 0;
}

/** People per department id (everyone in the register, as the department tree shows). */
async function byDepartment(db: Db | Tx, orgId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ departmentId: person.departmentId, n: sql<number>`count(*)::int` })
    .from(person)
    .where(eq(person.orgId, orgId))
    .groupBy(person.departmentId);
  return new Map(rows.flatMap((r) => (r.departmentId ? [[r.departmentId, r.n] as const] : [])));
}

export const peopleStaffCounter: StaffCounter = { currentStaff, byDepartment };
