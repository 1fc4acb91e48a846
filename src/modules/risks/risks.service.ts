// リスク分析 (lifecycle risk analysis), reading side: the risk table with its filters, one
// row, and the heat map. Every level is computed from the organization's current matrix.
import { and, asc, count, eq, getTableColumns, like, or, type SQL, sql } from "drizzle-orm";
import { LIFECYCLE_PHASES } from "../../core/registers/inventory-fields.ts";
import type { RiskMatrix } from "../../core/registers/risk-matrix.ts";
import { foldForSearch } from "../../core/text/search-fold.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { inventoryItem } from "../inventory/index.ts";
import { department } from "../org/index.ts";
import { escapeLike } from "../shared/sql-helpers.ts";
import { getRiskMatrix } from "./risk-matrix.service.ts";
import type { HeatmapOut, HeatmapQuery, RiskListQuery, RiskOut } from "./risks.contract.ts";
import {
  basisColumns,
  inCells,
  isAssessed,
  matrixCells,
  rankSql,
  scoreRow,
  unacceptedSql,
} from "./risks.scoring.ts";
import { inventoryRisk } from "./risks.tables.ts";

const { orgId: _o, searchText: _s, ...riskColumns } = getTableColumns(inventoryRisk);
const columns = {
  ...riskColumns,
  itemName: inventoryItem.name,
  departmentId: inventoryItem.departmentId,
  departmentName: department.name,
};

const joinItem = and(
  eq(inventoryItem.orgId, inventoryRisk.orgId),
  eq(inventoryItem.id, inventoryRisk.itemId),
);
const joinDepartment = and(
  eq(department.orgId, inventoryItem.orgId),
  eq(department.id, inventoryItem.departmentId),
);

// Phase keys are constants of the core, so they are written into the SQL.
const phaseOrder = sql.raw(
  `(case ${LIFECYCLE_PHASES.map((p) => `when "inventory_risk"."phase" = '${p.key}' then ${p.order}`).join(" ")} else 99 end)`,
);

type Row = Omit<
  RiskOut,
  | "inherent"
  | "residual"
  | "aboveAcceptance"
  | "needsAction"
  | "assessed"
  | "createdAt"
  | "updatedAt"
> & {
  createdAt: Date;
  updatedAt: Date;
};

function present(matrix: RiskMatrix, row: Row): RiskOut {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...scoreRow(matrix, row),
  };
}

/** The SQL conditions of the list filters (each on the current matrix). */
function listFilters(matrix: RiskMatrix, ctx: OrgContext, q: RiskListQuery): SQL[] {
  const where: SQL[] = [eq(inventoryRisk.orgId, ctx.orgId)];
  if (q.itemId) where.push(eq(inventoryRisk.itemId, q.itemId));
  if (q.phase) where.push(eq(inventoryRisk.phase, q.phase));
  if (q.kind) where.push(eq(inventoryRisk.kind, q.kind));
  if (q.level) {
    if (!matrix.riskLevels.some((l) => l.key === q.level))
      throw invalidField("level", "invalid_value");
    const cells = matrixCells(matrix).filter((c) => c.level === q.level);
    where.push(inCells(q.levelOf, cells));
  }
  if (q.likelihood !== undefined && q.impact !== undefined) {
    const [l, i] = basisColumns(q.levelOf);
    where.push(sql`(${l} = ${q.likelihood} and ${i} = ${q.impact})`);
  }
  if (q.unaccepted !== undefined) {
    const unaccepted = unacceptedSql(matrix);
    where.push(q.unaccepted ? unaccepted : sql`not ${unaccepted}`);
  }
  if (q.assessed !== undefined) where.push(q.assessed ? isAssessed : sql`not ${isAssessed}`);
  if (q.reviewOverdue !== undefined) {
    const today = todayInJapan();
    where.push(
      q.reviewOverdue
        ? sql`${inventoryRisk.reviewOn} < ${today}`
        : sql`(${inventoryRisk.reviewOn} is null or ${inventoryRisk.reviewOn} >= ${today})`,
    );
  }
  if (q.q) {
    // search_text is folded by the database (trigger); fold the term the same way.
    const term = `%${escapeLike(foldForSearch(q.q))}%`;
    where.push(
      or(
        like(inventoryRisk.searchText, term),
        // A subquery on the (smaller) item table instead of joining every risk row first.
        sql`${inventoryRisk.itemId} in (select ${inventoryItem.id} from ${inventoryItem} where ${inventoryItem.orgId} = ${ctx.orgId} and mamori_fold(${inventoryItem.name}) like ${term})`,
      ) as SQL,
    );
  }
  return where;
}

export async function listRisks(db: Db, ctx: OrgContext, q: RiskListQuery) {
  const { matrix } = await getRiskMatrix(db, ctx);
  const filter = and(...listFilters(matrix, ctx, q));
  const byItem = [
    asc(inventoryItem.name),
    asc(inventoryItem.id),
    asc(phaseOrder),
    asc(inventoryRisk.createdAt),
    asc(inventoryRisk.id),
  ];
  const cells = matrixCells(matrix);
  const order =
    q.sort === "item"
      ? byItem
      : [
          sql`${rankSql(q.sort === "level" ? "inherent" : "residual", cells)} desc nulls last`,
          ...byItem,
        ];
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(inventoryRisk)
      .innerJoin(inventoryItem, joinItem)
      .leftJoin(department, joinDepartment)
      .where(filter)
      .orderBy(...order)
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(inventoryRisk).where(filter),
  ]);
  return {
    items: rows.map((r) => present(matrix, r)),
    total: total?.n ?? 0,
    nextCursor: null,
  };
}

export async function getRisk(db: Db | Tx, ctx: OrgContext, id: string): Promise<RiskOut> {
  const { matrix } = await getRiskMatrix(db, ctx);
  const [row] = await db
    .select(columns)
    .from(inventoryRisk)
    .innerJoin(inventoryItem, joinItem)
    .leftJoin(department, joinDepartment)
    .where(and(eq(inventoryRisk.orgId, ctx.orgId), eq(inventoryRisk.id, id)));
  if (!row) throw notFound();
  return present(matrix, row);
}

/**
 * Counts per matrix cell on one basis, grouped in SQL; the grid gives each cell its level.
 * 未評価 rows are in no cell: their ratings are the library's guess, counted apart.
 */
export async function riskHeatmap(db: Db, ctx: OrgContext, q: HeatmapQuery): Promise<HeatmapOut> {
  const { matrix } = await getRiskMatrix(db, ctx);
  const where: SQL[] = [eq(inventoryRisk.orgId, ctx.orgId)];
  if (q.itemId) where.push(eq(inventoryRisk.itemId, q.itemId));
  if (q.phase) where.push(eq(inventoryRisk.phase, q.phase));
  const [l, i] =
    q.basis === "inherent"
      ? [inventoryRisk.likelihood, inventoryRisk.impact]
      : [inventoryRisk.residualLikelihood, inventoryRisk.residualImpact];
  const assessed = sql<boolean>`${isAssessed}`;
  const rows = await db
    .select({ l, i, assessed, n: count() })
    .from(inventoryRisk)
    .where(and(...where))
    .groupBy(l, i, assessed);
  const groups = rows.filter((g) => g.assessed);
  const unassessed = rows.filter((g) => !g.assessed).reduce((sum, g) => sum + g.n, 0);
  const counted = new Map(groups.map((g) => [`${g.l}:${g.i}`, g.n]));
  const colorOf = new Map(matrix.riskLevels.map((r) => [r.key, r.color]));
  const cells = matrixCells(matrix).map((c) => ({
    likelihood: c.likelihood,
    impact: c.impact,
    level: c.level,
    color: colorOf.get(c.level) ?? "#000000",
    count: counted.get(`${c.likelihood}:${c.impact}`) ?? 0,
  }));
  const total = groups.reduce((sum, g) => sum + g.n, 0);
  const scored = cells.reduce((sum, c) => sum + c.count, 0);
  const levels = [...matrix.riskLevels]
    .sort((a, b) => a.rank - b.rank)
    .map((r) => ({
      key: r.key,
      label: r.label,
      color: r.color,
      rank: r.rank,
      count: cells.filter((c) => c.level === r.key).reduce((sum, c) => sum + c.count, 0),
    }));
  return {
    basis: q.basis,
    likelihood: matrix.likelihood,
    impact: matrix.impact,
    acceptanceMaxRank: matrix.acceptanceMaxRank,
    cells,
    levels,
    unscored: total - scored,
    unassessed,
    total: total + unassessed,
  };
}
