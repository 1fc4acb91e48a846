/**
 * The risk matrix used to score each risk of the lifecycle risk analysis: likelihood × impact
 * gives a risk level. Kept as data (validated by a zod schema) so each organisation can adapt
 * it; two presets are provided.
 */

import { z } from "zod";
import type { Bilingual } from "../i18n-text.ts";
import { freeTextProblem } from "../text/text-policy.ts";

/** A label on the matrix: the same text policy as every form field (no markup, no controls). */
const labelSchema = z
  .string()
  .trim()
  .min(1)
  .max(40, { error: "too_long" })
  .superRefine((s, ctx) => {
    const problem = freeTextProblem(s, false);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
const bilingualSchema = z.object({ ja: labelSchema, en: labelSchema });

const axisSchema = z.object({
  levels: z
    .array(z.object({ value: z.number().int(), label: bilingualSchema }))
    .min(2)
    .max(10),
});

const riskLevelSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: bilingualSchema,
  color: z.string().regex(/^#[0-9A-Fa-f]{6}$/),
  /** Higher is more serious. */
  rank: z.number().int().min(1),
});

/** The shape alone; riskMatrixSchema adds the cross-checks of matrixIssues. */
const riskMatrixShape = z.object({
  likelihood: axisSchema,
  impact: axisSchema,
  riskLevels: z.array(riskLevelSchema).min(1),
  /** grid[likelihoodIndex][impactIndex] = a risk level key (indexes follow the axis lists). */
  grid: z.array(z.array(z.string())),
  /** Risks whose level rank is at most this may be accepted without treatment (0: none). */
  acceptanceMaxRank: z.number().int().min(0),
});

export type RiskMatrix = z.infer<typeof riskMatrixShape>;
export type RiskLevelDef = z.infer<typeof riskLevelSchema>;

export type MatrixIssueCode =
  | "shape"
  | "grid_rows"
  | "grid_columns"
  | "unknown_level"
  | "duplicate_likelihood_value"
  | "duplicate_impact_value"
  | "duplicate_level_key"
  | "duplicate_rank";

export interface MatrixIssue {
  code: MatrixIssueCode;
  /** Where the problem is, e.g. ["grid", 1, 2]. */
  path: (string | number)[];
  message: string;
}

function duplicates<T>(items: readonly T[]): T[] {
  return items.filter((x, i) => items.indexOf(x) !== i);
}

/** Cross-checks of a matrix that already has the right shape. */
function matrixIssues(m: RiskMatrix): MatrixIssue[] {
  const issues: MatrixIssue[] = [];
  const dup = (code: MatrixIssueCode, path: string[], values: readonly (string | number)[]) => {
    for (const v of new Set(duplicates(values))) {
      issues.push({
        code,
        path,
        message: `${path.join(".")}: ${String(v)} appears more than once`,
      });
    }
  };
  dup(
    "duplicate_likelihood_value",
    ["likelihood", "levels"],
    m.likelihood.levels.map((l) => l.value),
  );
  dup(
    "duplicate_impact_value",
    ["impact", "levels"],
    m.impact.levels.map((l) => l.value),
  );
  dup(
    "duplicate_level_key",
    ["riskLevels"],
    m.riskLevels.map((l) => l.key),
  );
  dup(
    "duplicate_rank",
    ["riskLevels"],
    m.riskLevels.map((l) => l.rank),
  );

  const rows = m.likelihood.levels.length;
  const columns = m.impact.levels.length;
  if (m.grid.length !== rows) {
    issues.push({
      code: "grid_rows",
      path: ["grid"],
      message: `grid has ${m.grid.length} rows; the likelihood axis has ${rows} levels`,
    });
  }
  const keys = new Set(m.riskLevels.map((l) => l.key));
  m.grid.forEach((row, i) => {
    if (row.length !== columns) {
      issues.push({
        code: "grid_columns",
        path: ["grid", i],
        message: `grid row ${i} has ${row.length} cells; the impact axis has ${columns} levels`,
      });
    }
    row.forEach((cell, j) => {
      if (!keys.has(cell)) {
        issues.push({
          code: "unknown_level",
          path: ["grid", i, j],
          message: `grid[${i}][${j}] names an undefined risk level: ${cell}`,
        });
      }
    });
  });
  return issues;
}

/** Full schema (shape and cross-checks), for API contracts and stored settings. */
export const riskMatrixSchema = riskMatrixShape.superRefine((m, ctx) => {
  for (const issue of matrixIssues(m)) {
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, params: issue });
  }
});

export type MatrixValidation =
  | { ok: true; matrix: RiskMatrix }
  | { ok: false; issues: MatrixIssue[] };

/**
 * Check a matrix from untrusted input: the shape, then that the grid has one row per
 * likelihood level and one cell per impact level, that every cell names a defined risk level,
 * and that axis values, level keys and ranks are unique.
 */
export function validateMatrix(input: unknown): MatrixValidation {
  const parsed = riskMatrixShape.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        code: "shape",
        path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
        message: i.message,
      })),
    };
  }
  const issues = matrixIssues(parsed.data);
  return issues.length === 0 ? { ok: true, matrix: parsed.data } : { ok: false, issues };
}

export interface RiskScore {
  level: string;
  rank: number;
  label: Bilingual;
  color: string;
}

/** The risk level of a likelihood/impact pair; null when a value is not on its axis. */
export function scoreRisk(
  matrix: RiskMatrix,
  likelihood: number,
  impact: number,
): RiskScore | null {
  const i = matrix.likelihood.levels.findIndex((l) => l.value === likelihood);
  const j = matrix.impact.levels.findIndex((l) => l.value === impact);
  if (i < 0 || j < 0) return null;
  const key = matrix.grid[i]?.[j];
  const level = matrix.riskLevels.find((l) => l.key === key);
  if (level === undefined) return null;
  return { level: level.key, rank: level.rank, label: level.label, color: level.color };
}

/**
 * true when the risk must be treated (its rank is above acceptanceMaxRank), false when it may
 * be accepted as it is, null when a value is not on its axis.
 */
export function isAboveAcceptance(
  matrix: RiskMatrix,
  likelihood: number,
  impact: number,
): boolean | null {
  const score = scoreRisk(matrix, likelihood, impact);
  return score === null ? null : score.rank > matrix.acceptanceMaxRank;
}
