// What the xlsx and PDF exports of the register and the risk analysis print: every row of the
// organization, in the order of the traditional workbooks, read in a fixed number of queries.
import { and, asc, eq, getTableColumns, sql } from "drizzle-orm";
import { LIFECYCLE_PHASES } from "../../core/registers/inventory-fields.ts";
import type { RiskMatrix, RiskScore } from "../../core/registers/risk-matrix.ts";
import { scoreRisk } from "../../core/registers/risk-matrix.ts";
import type { Db, Tx } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { organization } from "../auth/index.ts";
import { type InventoryItemOut, inventoryItem } from "../inventory/index.ts";
import { department } from "../org/index.ts";
import { getRiskMatrix, inventoryRisk } from "../risks/index.ts";

export type RegisterExportRow = InventoryItemOut;

export type RiskExportRow = {
  id: string;
  itemId: string;
  itemName: string;
  departmentName: string | null;
  phase: string;
  kind: string;
  description: string;
  likelihood: number;
  impact: number;
  inherent: RiskScore | null;
  countermeasure: string | null;
  residualLikelihood: number | null;
  residualImpact: number | null;
  residual: RiskScore | null;
  acceptedBy: string | null;
  acceptedOn: string | null;
  /** false: 未評価, the ratings are a suggestion's that nobody has set or confirmed yet. */
  assessed: boolean;
  lastReviewedOn: string | null;
  /** Who recorded the last review (見直し済み); null without one, or before names were kept. */
  lastReviewedBy: string | null;
  reviewOn: string | null;
};

/** 評価状況 as both downloads (xlsx and PDF) print it. */
export const assessmentText = (assessed: boolean): string => (assessed ? "評価済み" : "未評価");

/**
 * A risk level as both downloads print it: a 未評価 row's level is the suggestion's, printed
 * （提案）中 so that nobody reads it as a rating someone made. null: not scored.
 */
export function levelText(score: RiskScore | null, assessed: boolean): string | null {
  if (!score) return null;
  return assessed ? score.label.ja : `（提案）${score.label.ja}`;
}

const { createdAt: _c, orgId: _o, searchText: _s, ...itemColumns } = getTableColumns(inventoryItem);

const joinDepartment = (deptOf: typeof inventoryItem.departmentId) =>
  and(eq(department.orgId, inventoryItem.orgId), eq(department.id, deptOf));

/** Every register row, by name (the order users keep their 台帳 in). */
export async function loadRegisterRows(db: Db | Tx, ctx: OrgContext): Promise<RegisterExportRow[]> {
  const rows = await db
    .select({ ...itemColumns, departmentName: department.name })
    .from(inventoryItem)
    .leftJoin(department, joinDepartment(inventoryItem.departmentId))
    .where(eq(inventoryItem.orgId, ctx.orgId))
    .orderBy(asc(inventoryItem.name), asc(inventoryItem.id));
  return rows.map((r) => ({
    ...r,
    // Written only by the register's writer, from parseRecordCount's qualifiers.
    countQualifier: r.countQualifier as RegisterExportRow["countQualifier"],
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** Lifecycle order (取得 → … → 委託), not alphabetical. */
const phaseOrder = sql`case ${inventoryRisk.phase} ${sql.join(
  LIFECYCLE_PHASES.map((p, i) => sql`when ${p.key} then ${i}`),
  sql` `,
)} else 99 end`;

/** Every risk row with its item, scored on the organization's current matrix. */
export async function loadRiskRows(
  db: Db | Tx,
  ctx: OrgContext,
): Promise<{ matrix: RiskMatrix; rows: RiskExportRow[] }> {
  const { matrix } = await getRiskMatrix(db, ctx);
  const rows = await db
    .select({
      id: inventoryRisk.id,
      itemId: inventoryRisk.itemId,
      itemName: inventoryItem.name,
      departmentName: department.name,
      phase: inventoryRisk.phase,
      kind: inventoryRisk.kind,
      description: inventoryRisk.description,
      likelihood: inventoryRisk.likelihood,
      impact: inventoryRisk.impact,
      countermeasure: inventoryRisk.countermeasure,
      residualLikelihood: inventoryRisk.residualLikelihood,
      residualImpact: inventoryRisk.residualImpact,
      acceptedBy: inventoryRisk.acceptedBy,
      acceptedOn: inventoryRisk.acceptedOn,
      assessedOn: inventoryRisk.assessedOn,
      lastReviewedOn: inventoryRisk.lastReviewedOn,
      lastReviewedBy: inventoryRisk.lastReviewedBy,
      reviewOn: inventoryRisk.reviewOn,
    })
    .from(inventoryRisk)
    .innerJoin(
      inventoryItem,
      and(eq(inventoryItem.orgId, inventoryRisk.orgId), eq(inventoryItem.id, inventoryRisk.itemId)),
    )
    .leftJoin(department, joinDepartment(inventoryItem.departmentId))
    .where(eq(inventoryRisk.orgId, ctx.orgId))
    .orderBy(
      asc(inventoryItem.name),
      asc(inventoryItem.id),
      phaseOrder,
      asc(inventoryRisk.createdAt),
      asc(inventoryRisk.id),
    );
  return {
    matrix,
    rows: rows.map(({ assessedOn, ...r }) => ({
      ...r,
      assessed: assessedOn !== null,
      inherent: scoreRisk(matrix, r.likelihood, r.impact),
      residual:
        r.residualLikelihood === null || r.residualImpact === null
          ? null
          : scoreRisk(matrix, r.residualLikelihood, r.residualImpact),
    })),
  };
}

/** The organization's name, for titles of printed registers. */
export async function organizationName(db: Db | Tx, ctx: OrgContext): Promise<string> {
  const [row] = await db
    .select({ name: organization.name })
    .from(organization)
    .where(eq(organization.id, ctx.orgId));
  return row?.name ?? "";
}
