// リスク分析 (lifecycle risk analysis), writing side. Every write checks the values against
// the organization's current matrix and is audited in the same transaction. A row's ratings
// count as assessed (assessedOn/assessedBy) once a person writes them or confirms them: a row
// added by hand, a changed rating, an explicit confirmation, a formal acceptance. Rows from
// suggestions (risks.suggestions.ts) start 未評価. No write here touches the review.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { RiskMatrix } from "../../core/registers/risk-matrix.ts";
import { scoreRisk } from "../../core/registers/risk-matrix.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import {
  AppError,
  conflict,
  type FieldError,
  invalidField,
  notFound,
} from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields, recordNoChange } from "../audit/index.ts";
import { inventoryItem } from "../inventory/index.ts";
import { getRiskMatrix } from "./risk-matrix.service.ts";
import type { AcceptInput, RiskInput, RiskPatch } from "./risks.contract.ts";
import { getRisk } from "./risks.service.ts";
import { inventoryRisk } from "./risks.tables.ts";

export const RISK_ENTITY = "inventory_risk";

/** The assessment fields: changing any of them makes an earlier acceptance meaningless. */
const ASSESSMENT = ["likelihood", "impact", "residualLikelihood", "residualImpact"] as const;

/** The caller assesses the ratings today. */
const assessedNow = (ctx: OrgContext) => ({ assessedOn: todayInJapan(), assessedBy: ctx.userName });

async function checkItem(tx: Tx, ctx: OrgContext, itemId: string) {
  const [item] = await tx
    .select({ id: inventoryItem.id })
    .from(inventoryItem)
    .where(and(eq(inventoryItem.orgId, ctx.orgId), eq(inventoryItem.id, itemId)));
  if (!item) throw invalidField("itemId", "unknown_inventory_item");
}

/** Every given assessment value must be a value of its axis on the current matrix. */
function checkAxes(
  matrix: RiskMatrix,
  values: Partial<Record<(typeof ASSESSMENT)[number], number | null>>,
) {
  const fields: Record<string, FieldError> = {};
  for (const field of ASSESSMENT) {
    const v = values[field];
    if (v === undefined || v === null) continue;
    const axis =
      field === "likelihood" || field === "residualLikelihood" ? matrix.likelihood : matrix.impact;
    if (!axis.levels.some((l) => l.value === v))
      fields[field] = {
        key: "not_on_matrix_axis",
        params: { values: axis.levels.map((l) => l.value).join(", ") },
      };
  }
  if (Object.keys(fields).length) throw new AppError("validation", "VALIDATION_FAILED", fields);
}

function lockRisk(tx: Tx, ctx: OrgContext, id: string) {
  const key = and(eq(inventoryRisk.orgId, ctx.orgId), eq(inventoryRisk.id, id));
  return { key, rows: tx.select().from(inventoryRisk).where(key).for("update") };
}

export async function createRisk(db: Db, ctx: OrgContext, input: RiskInput) {
  return writeInOrg(db, ctx, async (tx) => {
    await checkItem(tx, ctx, input.itemId);
    const { matrix } = await getRiskMatrix(tx, ctx);
    checkAxes(matrix, input);
    const id = randomUUID();
    const [row] = await tx
      .insert(inventoryRisk)
      .values({ orgId: ctx.orgId, id, ...input, ...assessedNow(ctx) })
      .returning();
    await appendAudit(tx, ctx, {
      entity: RISK_ENTITY,
      entityId: id,
      action: "create",
      changes: diffFields(null, row ?? null),
    });
    return { id };
  });
}

export async function updateRisk(
  db: Db,
  ctx: OrgContext,
  id: string,
  { confirmAssessment, ...patch }: RiskPatch,
) {
  return writeInOrg(db, ctx, async (tx) => {
    const { key, rows } = lockRisk(tx, ctx, id);
    const [before] = await rows;
    if (!before) throw notFound();
    if (patch.itemId !== undefined) await checkItem(tx, ctx, patch.itemId);
    const merged = { ...before, ...patch };
    if ((merged.residualLikelihood === null) !== (merged.residualImpact === null))
      throw invalidField(
        merged.residualLikelihood === null ? "residualLikelihood" : "residualImpact",
        "residual_both_or_neither",
      );
    const { matrix } = await getRiskMatrix(tx, ctx);
    checkAxes(matrix, patch);
    const reassessed = ASSESSMENT.some((f) => patch[f] !== undefined && patch[f] !== before[f]);
    const clearAcceptance =
      reassessed && (before.acceptedOn !== null || before.acceptedBy !== null);
    // A text fix leaves the assessment as it was: only ratings or an explicit confirmation.
    const assessed = reassessed || confirmAssessment === true;
    const [after] = await tx
      .update(inventoryRisk)
      .set({
        ...patch,
        ...(clearAcceptance ? { acceptedBy: null, acceptedOn: null } : {}),
        ...(assessed ? assessedNow(ctx) : {}),
        updatedAt: new Date(),
      })
      .where(key)
      .returning();
    const changes = diffFields(before, after ?? null);
    // An acceptance is of one assessment: say why it was withdrawn.
    if (clearAcceptance) changes.acceptanceCleared = { old: null, new: "reassessed" };
    await appendAudit(tx, ctx, { entity: RISK_ENTITY, entityId: id, action: "update", changes });
    return getRisk(tx, ctx, id);
  });
}

export async function deleteRisk(db: Db, ctx: OrgContext, id: string) {
  await writeInOrg(db, ctx, async (tx) => {
    const { key, rows } = lockRisk(tx, ctx, id);
    const [before] = await rows;
    if (!before) throw notFound();
    await tx.delete(inventoryRisk).where(key);
    await appendAudit(tx, ctx, {
      entity: RISK_ENTITY,
      entityId: id,
      action: "delete",
      changes: diffFields(before, null),
    });
  });
}

/** Formal acceptance of the effective assessment (residual when set, else inherent). */
export async function acceptRisk(db: Db, ctx: OrgContext, id: string, input: AcceptInput) {
  return writeInOrg(db, ctx, async (tx) => {
    const { key, rows } = lockRisk(tx, ctx, id);
    const [before] = await rows;
    if (!before) throw notFound();
    const { matrix } = await getRiskMatrix(tx, ctx);
    const residual = before.residualLikelihood !== null && before.residualImpact !== null;
    const [l, i] = residual
      ? [before.residualLikelihood as number, before.residualImpact as number]
      : [before.likelihood, before.impact];
    const score = scoreRisk(matrix, l, i);
    if (!score) throw conflict("RISK_NOT_SCORED");
    const acceptedOn = input.acceptedOn ?? todayInJapan();
    const acceptedBy = input.acceptedBy ?? ctx.userName;
    const [after] = await tx
      .update(inventoryRisk)
      .set({
        acceptedOn,
        acceptedBy,
        // Accepting a level is a decision on these ratings: a 未評価 row is assessed by it.
        ...(before.assessedOn === null ? { assessedOn: acceptedOn, assessedBy: acceptedBy } : {}),
        updatedAt: new Date(),
      })
      .where(key)
      .returning();
    const changes = diffFields(before, after ?? null);
    // What exactly was accepted, as the matrix scored it at that moment.
    changes.acceptedAssessment = {
      old: null,
      new: {
        basis: residual ? "residual" : "inherent",
        likelihood: l,
        impact: i,
        level: score.level,
      },
    };
    await appendAudit(tx, ctx, { entity: RISK_ENTITY, entityId: id, action: "accept", changes });
    return getRisk(tx, ctx, id);
  });
}

/** Withdraws an acceptance; a row that is not accepted is answered as it is. */
export async function withdrawAcceptance(db: Db, ctx: OrgContext, id: string) {
  return writeInOrg(db, ctx, async (tx) => {
    const { key, rows } = lockRisk(tx, ctx, id);
    const [before] = await rows;
    if (!before) throw notFound();
    if (before.acceptedOn !== null || before.acceptedBy !== null) {
      const [after] = await tx
        .update(inventoryRisk)
        .set({ acceptedBy: null, acceptedOn: null, updatedAt: new Date() })
        .where(key)
        .returning();
      await appendAudit(tx, ctx, {
        entity: RISK_ENTITY,
        entityId: id,
        action: "withdraw_acceptance",
        changes: diffFields(before, after ?? null),
      });
    } else await recordNoChange(tx, ctx);
    return getRisk(tx, ctx, id);
  });
}

/**
 * 評価を確認: the caller confirms the row's ratings as they stand (a 未評価 row becomes assessed;
 * an assessed one is confirmed again, today). Nothing else changes: not the review, nor an
 * acceptance.
 */
export async function confirmRiskAssessment(db: Db, ctx: OrgContext, id: string) {
  return writeInOrg(db, ctx, async (tx) => {
    const { key, rows } = lockRisk(tx, ctx, id);
    const [before] = await rows;
    if (!before) throw notFound();
    const { matrix } = await getRiskMatrix(tx, ctx);
    // Ratings off the current axes cannot be confirmed: they need a new value (an edit).
    if (!scoreRisk(matrix, before.likelihood, before.impact))
      throw conflict("RISK_RATING_OFF_MATRIX");
    const [after] = await tx
      .update(inventoryRisk)
      .set({ ...assessedNow(ctx), updatedAt: new Date() })
      .where(key)
      .returning();
    const changes = diffFields(before, after ?? null);
    // The same person confirming again on the same day changes no field: still their act.
    changes.assessedOn ??= { old: before.assessedOn, new: after?.assessedOn ?? null };
    await appendAudit(tx, ctx, {
      entity: RISK_ENTITY,
      entityId: id,
      action: "confirm_assessment",
      changes,
    });
    return getRisk(tx, ctx, id);
  });
}
