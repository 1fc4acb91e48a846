// The PDCA duties recorded by hand (education, internal audit, management review, vendor and
// document reviews) are dated by the activity records of the same kind: the latest record on
// or before today, approved where the kind is top management's act (core/activities).
import { sql } from "drizzle-orm";
import { ACTIVITY_KIND_DEFS, DUTY_ACTIVITY_KINDS } from "../../core/activities/index.ts";
import type { Db } from "../../db/client.ts";
import { approvedSql } from "./activities.sql.ts";
import { activityRecord } from "./activities.tables.ts";

const A = activityRecord;
const NEEDS_APPROVAL = ACTIVITY_KIND_DEFS.filter((d) => d.needsApproval).map((d) => d.key);

/** Duty key (= activity kind) → the latest day a counting record was done (one statement). */
export async function lastActivityDays(
  db: Db,
  orgId: string,
  today: string,
): Promise<Record<string, string>> {
  const kinds = sql.join(
    DUTY_ACTIVITY_KINDS.map((k) => sql`${k}`),
    sql`, `,
  );
  const approvalKinds = sql.join(
    NEEDS_APPROVAL.map((k) => sql`${k}`),
    sql`, `,
  );
  const result = (await db.execute(sql`
    select ${A.kind} as kind, max(${A.performedOn})::text as latest
    from ${A}
    where ${A.orgId} = ${orgId} and ${A.kind} in (${kinds}) and ${A.performedOn} <= ${today}
      and (${A.kind} not in (${approvalKinds}) or ${approvedSql})
    group by ${A.kind}`)) as unknown as { rows: { kind: string; latest: string }[] };
  return Object.fromEntries(result.rows.map((r) => [r.kind, r.latest]));
}
