// The manual rules' part of readiness: the last tick of each (who, when), until a capability
// checks the rule from its own records.
import { eq } from "drizzle-orm";
import { MANUAL_RULES } from "../../core/readiness/index.ts";
import type { ReadinessProvider } from "./provider.ts";
import { readinessManualCheck } from "./readiness.tables.ts";

export const MANUAL_CHECK_ENTITY = "readiness_check";

export const manualChecksReadiness: ReadinessProvider = {
  id: "manual-checks",
  reads: [MANUAL_CHECK_ENTITY],
  rules: MANUAL_RULES,
  async load(db, ctx) {
    const rows = await db
      .select({
        ruleId: readinessManualCheck.ruleId,
        done: readinessManualCheck.done,
        checkedByName: readinessManualCheck.checkedByName,
        checkedAt: readinessManualCheck.checkedAt,
      })
      .from(readinessManualCheck)
      .where(eq(readinessManualCheck.orgId, ctx.orgId));
    return (snapshot) => {
      snapshot.manualChecks = rows.map((c) => ({ ...c, checkedAt: c.checkedAt.toISOString() }));
    };
  },
};
