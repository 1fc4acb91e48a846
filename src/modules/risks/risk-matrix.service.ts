// The organization's risk matrix (likelihood × impact → risk level), used by the risk analysis.

import { eq } from "drizzle-orm";
import {
  type MatrixIssue,
  type RiskMatrix,
  validateMatrix,
} from "../../core/registers/risk-matrix.ts";
import { RISK_MATRIX_3X3 } from "../../core/registers/risk-matrix-presets.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { AppError, type FieldError } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import { riskMatrix } from "./risks.tables.ts";

export async function getRiskMatrix(db: Db | Tx, ctx: OrgContext) {
  const [row] = await db.select().from(riskMatrix).where(eq(riskMatrix.orgId, ctx.orgId));
  if (row) return { matrix: row.definition, isDefault: false };
  return { matrix: structuredClone(RISK_MATRIX_3X3) as RiskMatrix, isDefault: true };
}

/** One field error per problem, keyed by its path (`grid`, `grid.1`, `grid.0.2` …). */
function matrixFieldErrors(input: unknown, issues: MatrixIssue[]): AppError {
  const m = input as Partial<RiskMatrix>;
  const fields: Record<string, FieldError> = {};
  for (const issue of issues) {
    const path = issue.path.join(".") || "body";
    let error: FieldError;
    switch (issue.code) {
      case "grid_rows":
        error = {
          key: "risk_matrix_grid_rows",
          params: { actual: m.grid?.length ?? 0, expected: m.likelihood?.levels.length ?? 0 },
        };
        break;
      case "grid_columns":
        error = {
          key: "risk_matrix_grid_columns",
          params: {
            row: Number(issue.path[1]) + 1,
            actual: m.grid?.[Number(issue.path[1])]?.length ?? 0,
            expected: m.impact?.levels.length ?? 0,
          },
        };
        break;
      case "unknown_level":
        error = { key: "risk_matrix_unknown_level" };
        break;
      case "shape":
        error = { key: "invalid" };
        break;
      default:
        error = { key: "risk_matrix_duplicate" };
    }
    fields[path] ??= error;
  }
  return new AppError("validation", "VALIDATION_FAILED", fields, {}, { issues });
}

export async function putRiskMatrix(db: Db, ctx: OrgContext, input: unknown) {
  const result = validateMatrix(input);
  if (!result.ok) throw matrixFieldErrors(input, result.issues);
  const matrix = result.matrix;
  return writeInOrg(db, ctx, async (tx) => {
    const [before] = await tx
      .select()
      .from(riskMatrix)
      .where(eq(riskMatrix.orgId, ctx.orgId))
      .for("update");
    await tx
      .insert(riskMatrix)
      .values({ orgId: ctx.orgId, definition: matrix })
      .onConflictDoUpdate({
        target: riskMatrix.orgId,
        set: { definition: matrix, updatedAt: new Date() },
      });
    const changes = diffFields({ definition: before?.definition ?? null }, { definition: matrix });
    await appendAudit(tx, ctx, {
      entity: "risk_matrix",
      entityId: ctx.orgId,
      action: before ? "update" : "create",
      changes,
    });
    return { matrix, isDefault: false };
  });
}
