// リスク分析 (lifecycle risk analysis), writing side. Every write checks the values against
// the organization's current matrix and is audited in the same transaction.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { RiskMatrix } from "../../core/registers/risk-matrix.ts";
import { scoreRisk } from "../../core/registers/risk-matrix.ts";
import { findSuggestions, rowFromSuggestion } from "../../core/registers/risk-suggestions.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import {
  AppError,
  conflict,
  type FieldError,
  invalidField,
  notFound,
} from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, appendAuditMany, diffFields, recordNoChange } from "../audit/index.ts";
import { inventoryItem } from "../inventory/index.ts";
import { getRiskMatrix } from "./risk-matrix.service.ts";
import type { AcceptInput, FromSuggestionsInput, RiskInput, RiskPatch } from "./risks.contract.ts";
import { getRisk } from "./risks.service.ts";
import { inventoryRisk } from "./risks.tables.ts";

export const RISK_ENTITY = "inventory_risk";

/** The assessment fields: changing any of them makes an earlier acceptance meaningless. */
const ASSESSMENT = ["likelihood", "impact", "residualLikelihood", "residualImpact"] as const;

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
      .values({ orgId: ctx.orgId, id, ...input })
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

export async function updateRisk(db: Db, ctx: OrgContext, id: string, patch: RiskPatch) {
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
    const [after] = await tx
      .update(inventoryRisk)
      .set({
        ...patch,
        ...(clearAcceptance ? { acceptedBy: null, acceptedOn: null } : {}),
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

/** One row per suggestion, all or none; unknown ids are named before anything is read. */
export async function createRisksFromSuggestions(
  db: Db,
  ctx: OrgContext,
  input: FromSuggestionsInput,
  lang: Lang,
) {
  const found = findSuggestions(input.suggestionIds);
  if (!found.ok) {
    const fields = Object.fromEntries(
      found.unknown.map((i) => [`suggestionIds.${i}`, { key: "unknown_risk_suggestion" }]),
    );
    throw new AppError("validation", "VALIDATION_FAILED", fields);
  }
  return writeInOrg(db, ctx, async (tx) => {
    await checkItem(tx, ctx, input.itemId);
    const { matrix } = await getRiskMatrix(tx, ctx);
    const values = found.suggestions.map((s) => ({
      ...rowFromSuggestion(s, matrix, lang),
      ...(input.phase ? { phase: input.phase } : {}),
      orgId: ctx.orgId,
      id: randomUUID(),
      itemId: input.itemId,
    }));
    const rows = await tx.insert(inventoryRisk).values(values).returning();
    await appendAuditMany(
      tx,
      ctx,
      rows.map((row) => ({
        entity: RISK_ENTITY,
        entityId: row.id,
        action: "create",
        changes: diffFields(null, row),
      })),
    );
    return { ids: values.map((v) => v.id) };
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
    const [after] = await tx
      .update(inventoryRisk)
      .set({
        acceptedOn: input.acceptedOn ?? todayInJapan(),
        acceptedBy: input.acceptedBy ?? ctx.userName,
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
