// The activity records' part of readiness: every record reduced to its kind, day, names and
// whether it is approved (one statement), the record rules that replace the earlier ticks, and
// the latest counting day of each kind for the PDCA duties recorded by hand.
import { sql } from "drizzle-orm";
import type { ActivityFact } from "../../core/activities/index.ts";
import { ACTIVITY_RULES } from "../../core/readiness/index.ts";
import type { Db } from "../../db/client.ts";
import type { ReadinessProvider } from "../readiness/index.ts";
import { ACTIVITY_ENTITY } from "./activities.service.ts";
import { approvedSql } from "./activities.sql.ts";
import { activityRecord } from "./activities.tables.ts";

const A = activityRecord;

type FactRow = {
  id: string;
  kind: string;
  performed_on: string;
  performed_by_name: string | null;
  approver_name: string | null;
  approved: boolean;
};

/** Every record of the organization as the rules read it (one statement). */
export async function loadActivityFacts(db: Db, orgId: string): Promise<ActivityFact[]> {
  const result = (await db.execute(sql`
    select ${A.id} as id, ${A.kind} as kind, ${A.performedOn}::text as performed_on,
      ${A.performedByName} as performed_by_name, ${A.approverName} as approver_name,
      ${approvedSql} as approved
    from ${A} where ${A.orgId} = ${orgId}`)) as unknown as { rows: FactRow[] };
  return result.rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    performedOn: r.performed_on,
    performedByName: r.performed_by_name,
    approverName: r.approver_name,
    approved: r.approved === true,
  }));
}

export const activitiesReadiness: ReadinessProvider = {
  id: "activities",
  // A signed approval counts while its file is attached, so attachment writes count too.
  reads: [ACTIVITY_ENTITY, "attachment"],
  rules: ACTIVITY_RULES,
  async load(db, ctx) {
    const activities = await loadActivityFacts(db, ctx.orgId);
    return (snapshot) => {
      snapshot.activities = activities;
    };
  },
};
