// The work plan's part of readiness: the planned application day (申請予定日), the one day the
// organization plans to apply on. Yearly work (education, internal audit, management review …)
// must still be within 12 months on that day, so the activity rules judge it there while it is
// ahead (core/activities/counting.ts). No rules of its own.
import { eq } from "drizzle-orm";
import type { ReadinessProvider } from "../readiness/index.ts";
import { roadmapPlan } from "./roadmap.tables.ts";

export const roadmapReadiness: ReadinessProvider = {
  id: "roadmap",
  // The default plan and the plan's own edits write the row under this entity.
  reads: ["roadmap_plan"],
  rules: [],
  async load(db, ctx) {
    const [row] = await db
      .select({ applicationOn: roadmapPlan.applicationOn })
      .from(roadmapPlan)
      .where(eq(roadmapPlan.orgId, ctx.orgId));
    return (snapshot) => {
      snapshot.plannedApplicationOn = row?.applicationOn ?? null;
    };
  },
};
