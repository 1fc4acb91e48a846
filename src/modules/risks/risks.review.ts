// 見直し済み for risk rows: the yearly review of the risk analysis (リスク分析表) recorded as its
// own action, so a reviewer who finds nothing to change need not make an edit. It is the only
// write that records a review: edits and imports leave lastReviewedOn alone.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { conflict, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAuditMany } from "../audit/index.ts";
import type { MarkRisksReviewedInput } from "./risks.contract.ts";
import { inventoryRisk as R } from "./risks.tables.ts";
import { RISK_ENTITY } from "./risks.writes.ts";

/**
 * Sets lastReviewedOn and the caller as lastReviewedBy on every row, all or none (any id not the
 * organization's → 404; a 未評価 row → 409 RISK_NOT_ASSESSED: a review of ratings nobody has
 * assessed would be a claim without substance). The
 * planned review (reviewOn) becomes nextReviewOn when given; otherwise a plan on or before the
 * review day has been carried out and is cleared, and a later plan stays.
 *
 * updatedAt is left alone on purpose: it is the day the analysis itself last changed, and the
 * PDCA calendar takes the later of it and lastReviewedOn, so stamping it now would turn a
 * review recorded for an earlier day into one done today.
 */
export async function markRisksReviewed(db: Db, ctx: OrgContext, input: MarkRisksReviewedInput) {
  const ids = [...new Set(input.ids)];
  const { reviewedOn, nextReviewOn } = input;
  return writeInOrg(db, ctx, async (tx) => {
    const key = and(eq(R.orgId, ctx.orgId), inArray(R.id, ids));
    const before = await tx
      .select({
        id: R.id,
        lastReviewedOn: R.lastReviewedOn,
        lastReviewedBy: R.lastReviewedBy,
        reviewOn: R.reviewOn,
        assessedOn: R.assessedOn,
      })
      .from(R)
      .where(key)
      .orderBy(R.id)
      .for("update");
    if (before.length !== ids.length) throw notFound();
    if (before.some((b) => b.assessedOn === null)) throw conflict("RISK_NOT_ASSESSED");
    const reviewOn =
      nextReviewOn ??
      sql`case when ${R.reviewOn} <= ${reviewedOn}::date then null else ${R.reviewOn} end`;
    const after = await tx
      .update(R)
      .set({ lastReviewedOn: reviewedOn, lastReviewedBy: ctx.userName, reviewOn })
      .where(key)
      .returning({ id: R.id, reviewOn: R.reviewOn });
    const plannedAfter = new Map(after.map((a) => [a.id, a.reviewOn]));
    await appendAuditMany(
      tx,
      ctx,
      before.map((b) => {
        const planned = plannedAfter.get(b.id) ?? null;
        return {
          entity: RISK_ENTITY,
          entityId: b.id,
          action: "review",
          changes: {
            lastReviewedOn: { old: b.lastReviewedOn, new: reviewedOn },
            lastReviewedBy: { old: b.lastReviewedBy, new: ctx.userName },
            ...(planned !== b.reviewOn ? { reviewOn: { old: b.reviewOn, new: planned } } : {}),
          },
        };
      }),
    );
    return { updated: before.length };
  });
}
