// リスク分析 (lifecycle risk analysis): zod contracts shared by the API and the web forms.
// Levels are never sent by the client: the server scores likelihood × impact on the
// organization's current risk matrix. Whether a value is on the matrix axes is checked by the
// service (the matrix is per organization), not here.
import { z } from "zod";
import { RISK_KINDS } from "../../core/registers/risk-library.ts";
import { riskMatrixSchema } from "../../core/registers/risk-matrix.ts";
import { lifecyclePhases } from "../inventory/inventory.contract.ts";
import {
  isoDate,
  listQuery,
  optionalIsoDate,
  optionalText,
  requiredText,
} from "../shared/contract-helpers.ts";

export const riskKinds = [...RISK_KINDS] as [string, ...string[]];

const choice = (values: [string, ...string[]]) => z.enum(values, { error: "invalid_value" });
const axisValue = z.number({ error: "invalid_type" }).int({ error: "not_integer" });

const riskFields = {
  itemId: z.string({ error: "invalid_type" }).min(1, { error: "required" }).max(64),
  phase: choice(lifecyclePhases),
  kind: choice(riskKinds),
  description: requiredText(1000),
  likelihood: axisValue,
  impact: axisValue,
  countermeasure: optionalText(2000),
  residualLikelihood: axisValue.nullable().optional(),
  residualImpact: axisValue.nullable().optional(),
  reviewOn: optionalIsoDate,
};

type Residual = { residualLikelihood?: number | null; residualImpact?: number | null };
/** Both residual values or neither (a residual risk is one cell of the matrix). */
const residualPaired = (r: Residual) =>
  r.residualLikelihood === undefined ||
  r.residualImpact === undefined ||
  (r.residualLikelihood === null) === (r.residualImpact === null);
/** The issue names the residual value that is missing. */
function checkResidual(r: Residual, ctx: z.RefinementCtx) {
  if (residualPaired(r)) return;
  ctx.addIssue({
    code: "custom",
    message: "residual_both_or_neither",
    path: [r.residualLikelihood == null ? "residualLikelihood" : "residualImpact"],
  });
}

export const riskInput = z
  .strictObject({
    ...riskFields,
    residualLikelihood: riskFields.residualLikelihood.default(null),
    residualImpact: riskFields.residualImpact.default(null),
  })
  .superRefine(checkResidual);
export type RiskInput = z.infer<typeof riskInput>;

// No defaults here: zod applies defaults inside optional properties, which would reset
// fields a PATCH does not mention. Pairing against the stored row is checked by the service.
// confirmAssessment: the editor confirms the ratings as they stand (a 未評価 row becomes
// assessed even when no rating changed; a changed rating confirms by itself).
export const riskPatch = z
  .strictObject({
    ...riskFields,
    confirmAssessment: z.boolean({ error: "invalid_type" }),
  })
  .partial()
  .superRefine(checkResidual);
export type RiskPatch = z.infer<typeof riskPatch>;

const flag = z.enum(["true", "false"]).transform((v) => v === "true");
const queryInt = z.coerce.number().int().min(-1000).max(1000);

export const riskListQuery = listQuery
  .extend({
    itemId: z.string().max(64).optional(),
    phase: z.enum(lifecyclePhases).optional(),
    kind: z.enum(riskKinds).optional(),
    /** A risk level key of the organization's current matrix. */
    level: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/)
      .max(50)
      .optional(),
    /** Which assessment `level` and the cell (`likelihood` + `impact`) match. */
    levelOf: z.enum(["inherent", "residual"]).default("inherent"),
    likelihood: queryInt.optional(),
    impact: queryInt.optional(),
    /** true: above acceptance on the effective level (residual if set) and not accepted. */
    unaccepted: flag.optional(),
    /** true: the review date (reviewOn) is before today in Japan. */
    reviewOverdue: flag.optional(),
    /** false: 未評価 rows (suggested ratings nobody has confirmed); true: the others. */
    assessed: flag.optional(),
    /** item: item name, phase order, created; level / residualLevel: most serious first. */
    sort: z.enum(["item", "level", "residualLevel"]).default("item"),
  })
  .refine((q) => (q.likelihood === undefined) === (q.impact === undefined), {
    error: "required",
    path: ["impact"],
  });
export type RiskListQuery = z.infer<typeof riskListQuery>;

const bilingual = z.object({ ja: z.string(), en: z.string() });
export const riskScore = z.object({
  level: z.string(),
  rank: z.number().int(),
  label: bilingual,
  color: z.string(),
});

export const riskOut = z.object({
  id: z.string(),
  itemId: z.string(),
  itemName: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  phase: z.string(),
  kind: z.string(),
  description: z.string(),
  likelihood: z.number().int(),
  impact: z.number().int(),
  countermeasure: z.string().nullable(),
  residualLikelihood: z.number().int().nullable(),
  residualImpact: z.number().int().nullable(),
  acceptedBy: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  reviewOn: z.string().nullable(),
  /** The last recorded review (見直し日, the 見直し済み action only); null until the first one. */
  lastReviewedOn: z.string().nullable(),
  /** Who recorded it; null on reviews recorded before the name was kept. */
  lastReviewedBy: z.string().nullable(),
  /** false: 未評価, the suggested ratings have not been set or confirmed by a person. */
  assessed: z.boolean(),
  /** When and by whom the ratings were last set or confirmed (null: 未評価, or not recorded). */
  assessedOn: z.string().nullable(),
  assessedBy: z.string().nullable(),
  suggestionId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Scored on the current matrix; null when a value is not on its axis. */
  inherent: riskScore.nullable(),
  /** null when no residual values are set or they are not on the axes. */
  residual: riskScore.nullable(),
  /** On the effective level (residual when set, else inherent); null when not scored. */
  aboveAcceptance: z.boolean().nullable(),
  /**
   * Assessed, above acceptance and not accepted: the row needs treatment or a formal
   * acceptance. A 未評価 row needs its ratings confirmed first.
   */
  needsAction: z.boolean(),
});
export type RiskOut = z.infer<typeof riskOut>;

export const heatmapQuery = z.object({
  basis: z.enum(["inherent", "residual"]).default("inherent"),
  itemId: z.string().max(64).optional(),
  phase: z.enum(lifecyclePhases).optional(),
});
export type HeatmapQuery = z.infer<typeof heatmapQuery>;

const axisOut = z.object({
  levels: z.array(z.object({ value: z.number().int(), label: bilingual })),
});
export const heatmapOut = z.object({
  basis: z.enum(["inherent", "residual"]),
  likelihood: axisOut,
  impact: axisOut,
  acceptanceMaxRank: z.number().int(),
  /** One per grid cell (likelihood-major, axis order), zero counts included. */
  cells: z.array(
    z.object({
      likelihood: z.number().int(),
      impact: z.number().int(),
      level: z.string(),
      color: z.string(),
      count: z.number().int(),
    }),
  ),
  /** One per risk level of the matrix, by rank. */
  levels: z.array(
    z.object({
      key: z.string(),
      label: bilingual,
      color: z.string(),
      rank: z.number().int(),
      count: z.number().int(),
    }),
  ),
  /** Assessed rows without a score on this basis (values off the axes, or no residual values). */
  unscored: z.number().int(),
  /** 未評価 rows: counted apart, in no cell. */
  unassessed: z.number().int(),
  /** Every row, 未評価 ones included. */
  total: z.number().int(),
});
export type HeatmapOut = z.infer<typeof heatmapOut>;

const ids = (max: number) =>
  z
    .array(z.string({ error: "invalid_type" }).min(1).max(64), { error: "invalid_type" })
    .min(1, { error: "required" })
    .max(max, { error: "too_many_items" });

/**
 * 提案から追加: every chosen suggestion (each in its own phase) for every chosen item, in one
 * write. A suggestion already on the item in that phase is skipped. preview: answer what would
 * be added, write nothing. The rows start 未評価.
 */
export const fromSuggestionsInput = z.strictObject({
  itemIds: ids(50),
  suggestionIds: ids(100),
  preview: z.boolean({ error: "invalid_type" }).optional(),
});
export type FromSuggestionsInput = z.infer<typeof fromSuggestionsInput>;
export const fromSuggestionsOut = z.object({
  /** The new rows (none on a preview). */
  ids: z.array(z.string()),
  added: z.number().int(),
  /** Already on the item in that phase. */
  skipped: z.number().int(),
  /** Per item and phase, in register order then phase order. */
  groups: z.array(
    z.object({
      itemId: z.string(),
      itemName: z.string(),
      phase: z.string(),
      added: z.number().int(),
      skipped: z.number().int(),
    }),
  ),
});
export type FromSuggestionsOut = z.infer<typeof fromSuggestionsOut>;

export const acceptInput = z.strictObject({
  /** Default: today in Japan. */
  acceptedOn: isoDate.optional(),
  /** Who accepts (a name as written); default: the caller's user name. */
  acceptedBy: optionalText(100),
});
export type AcceptInput = z.infer<typeof acceptInput>;

export const suggestionsQuery = z.object({ phase: z.enum(lifecyclePhases).optional() });
export const suggestionsOut = z.object({
  kinds: z.array(z.object({ key: z.string(), label: bilingual })),
  items: z.array(
    z.object({
      id: z.string(),
      phase: z.string(),
      kind: z.string(),
      risk: bilingual,
      countermeasures: z.array(bilingual),
      typicalLikelihood: z.number().int(),
      typicalImpact: z.number().int(),
    }),
  ),
});

/**
 * 見直し済み: the yearly review of several rows, recorded even when nothing had to change, with
 * the caller as reviewer. The only way a review is recorded. Ratings are not touched (an
 * acceptance stays valid); 未評価 rows are refused (confirm their ratings first). nextReviewOn,
 * when given, must come after the review day.
 */
export const markRisksReviewedInput = z
  .strictObject({
    ids: ids(500),
    reviewedOn: isoDate,
    nextReviewOn: isoDate.optional(),
  })
  .refine((v) => v.nextReviewOn === undefined || v.nextReviewOn > v.reviewedOn, {
    error: "next_review_not_after_review",
    path: ["nextReviewOn"],
  });
export type MarkRisksReviewedInput = z.infer<typeof markRisksReviewedInput>;
export const markRisksReviewedResult = z.object({ updated: z.number().int() });

/** The organization's risk matrix, and whether it is still the shipped 3×3 preset. */
export const riskMatrixOut = z.object({ matrix: riskMatrixSchema, isDefault: z.boolean() });
