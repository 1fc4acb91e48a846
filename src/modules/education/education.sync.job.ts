// The daily sync of 教育: in every organization with a plan whose period includes today, new
// joiners are assigned the plan's new-hire courses (with their link by mail) and leavers'
// uncompleted assignments are withdrawn (education.sync.ts). One write per plan, as the
// system; a second run the same day finds nothing to do.
import { and, gte, lte } from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Database } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { Config } from "../../server/config.ts";
import { systemContext } from "../../server/org-context.ts";
import { linkOptionsOf } from "../personal-links/index.ts";
import type { JobDefinition } from "../shared/job-definition.ts";
import { syncPlanIn } from "./education.sync.ts";
import { educationPlan as P } from "./education.tables.ts";

export const EDUCATION_SYNC_JOB = "education.sync";

/** Syncs every current plan; returns the totals. */
export async function syncCurrentPlans(
  database: Database,
  config: Pick<Config, "baseUrl" | "personalLinkDays" | "dataDir" | "linkSigningKey">,
  now: Date,
): Promise<{ assigned: number; withdrawn: number }> {
  const { db } = database;
  const today = todayInJapan(now);
  const plans = await db
    .select({ orgId: P.orgId, id: P.id })
    .from(P)
    .where(and(lte(P.periodStart, today), gte(P.periodEnd, today)));
  const total = { assigned: 0, withdrawn: 0 };
  if (plans.length === 0) return total;
  const links = linkOptionsOf(config, database);
  for (const plan of plans) {
    const ctx = systemContext(plan.orgId);
    const out = await writeInOrg(db, ctx, (tx) => syncPlanIn(tx, ctx, plan.id, { now, links }));
    total.assigned += out.assigned;
    total.withdrawn += out.withdrawn;
  }
  return total;
}

export const educationSyncJob: JobDefinition = {
  name: EDUCATION_SYNC_JOB,
  everySeconds: 24 * 3600,
  retrySeconds: 3600,
  async run({ database, config, now }) {
    const out = await syncCurrentPlans(database, config, now);
    return `割当 ${out.assigned}件 / 取消 ${out.withdrawn}件`;
  },
};
