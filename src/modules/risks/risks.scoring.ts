// Scoring risk rows on the organization's current matrix: in memory for the rows of a page,
// and as SQL for filters and sorting. Levels are not stored, so a level filter becomes the
// list of (likelihood, impact) cells of the matrix grid that carry that level.
import { type SQL, sql } from "drizzle-orm";
import { isAboveAcceptance, type RiskMatrix, scoreRisk } from "../../core/registers/risk-matrix.ts";
import { inventoryRisk } from "./risks.tables.ts";

export type Cell = { likelihood: number; impact: number; level: string; rank: number };

/** Every cell of the grid with its level (cells naming an undefined level are left out). */
export function matrixCells(matrix: RiskMatrix): Cell[] {
  const cells: Cell[] = [];
  matrix.likelihood.levels.forEach((l, i) => {
    matrix.impact.levels.forEach((m, j) => {
      const def = matrix.riskLevels.find((r) => r.key === matrix.grid[i]?.[j]);
      if (def) cells.push({ likelihood: l.value, impact: m.value, level: def.key, rank: def.rank });
    });
  });
  return cells;
}

export type Basis = "inherent" | "residual" | "effective";

/** The (likelihood, impact) columns an assessment is read from. */
export function basisColumns(basis: Basis): [SQL, SQL] {
  const r = inventoryRisk;
  if (basis === "inherent") return [sql`${r.likelihood}`, sql`${r.impact}`];
  if (basis === "residual") return [sql`${r.residualLikelihood}`, sql`${r.residualImpact}`];
  // Residual when both residual values are set, else inherent.
  const hasResidual = sql`(${r.residualLikelihood} is not null and ${r.residualImpact} is not null)`;
  return [
    sql`(case when ${hasResidual} then ${r.residualLikelihood} else ${r.likelihood} end)`,
    sql`(case when ${hasResidual} then ${r.residualImpact} else ${r.impact} end)`,
  ];
}

/** Axis values come from a validated matrix (integers), so they are written into the SQL. */
function int(n: number): string {
  if (!Number.isInteger(n)) throw new Error(`not an integer: ${n}`);
  return String(n);
}

/**
 * The row is on one of `cells`: `(l = 1 and i in (2,3)) or (l = 2 and i in (3))`, grouped by
 * likelihood so that the inherent columns can use the (org, likelihood, impact) index. Null
 * when a value is null; false for no cells.
 */
export function inCells(basis: Basis, cells: readonly Cell[]): SQL {
  if (!cells.length) return sql`false`;
  const [l, i] = basisColumns(basis);
  const byLikelihood = new Map<number, number[]>();
  for (const c of cells)
    byLikelihood.set(c.likelihood, [...(byLikelihood.get(c.likelihood) ?? []), c.impact]);
  const groups = [...byLikelihood].map(
    ([lv, impacts]) =>
      sql`(${l} = ${sql.raw(int(lv))} and ${i} in (${sql.raw(impacts.map(int).join(","))}))`,
  );
  return sql`(${sql.join(groups, sql` or `)})`;
}

/**
 * The rank of the level on `basis` (null when not scored), for sorting by seriousness: a
 * nested CASE on likelihood then impact, a few comparisons per row whatever the grid size.
 */
export function rankSql(basis: Basis, cells: readonly Cell[]): SQL {
  if (!cells.length) return sql`null::int`;
  const [l, i] = basisColumns(basis);
  const byLikelihood = new Map<number, Cell[]>();
  for (const c of cells)
    byLikelihood.set(c.likelihood, [...(byLikelihood.get(c.likelihood) ?? []), c]);
  const rows = [...byLikelihood].map(([lv, cs]) => {
    const cols = cs.map((c) => `when ${int(c.impact)} then ${int(c.rank)}`).join(" ");
    return sql`when ${sql.raw(int(lv))} then (case ${i} ${sql.raw(cols)} end)`;
  });
  return sql`(case ${l} ${sql.join(rows, sql` `)} end)`;
}

/** Accepted = an acceptance day is recorded (the accept route sets the name and the day). */
export const isAccepted = sql`${inventoryRisk.acceptedOn} is not null`;

/** Assessed = a person set or confirmed the ratings; the others are 未評価. */
export const isAssessed = sql`${inventoryRisk.assessedOn} is not null`;

/**
 * Assessed, above acceptance on the effective level and not accepted: the readiness rule
 * risk.treated counts the same rows, so its fix link lands on exactly them.
 */
export function unacceptedSql(matrix: RiskMatrix): SQL {
  const above = matrixCells(matrix).filter((c) => c.rank > matrix.acceptanceMaxRank);
  // coalesce: an unscored row is "not unaccepted" too, so NOT(…) of this stays exact.
  return sql`coalesce(${isAssessed} and ${inCells("effective", above)} and not (${isAccepted}), false)`;
}

type Assessed = {
  likelihood: number;
  impact: number;
  residualLikelihood: number | null;
  residualImpact: number | null;
  acceptedOn: string | null;
  assessedOn: string | null;
};

/** The scores, acceptance flags of one row on `matrix` (see riskOut). */
export function scoreRow(matrix: RiskMatrix, row: Assessed) {
  const inherent = scoreRisk(matrix, row.likelihood, row.impact);
  const hasResidual = row.residualLikelihood !== null && row.residualImpact !== null;
  const residual = hasResidual
    ? scoreRisk(matrix, row.residualLikelihood as number, row.residualImpact as number)
    : null;
  const aboveAcceptance = hasResidual
    ? isAboveAcceptance(matrix, row.residualLikelihood as number, row.residualImpact as number)
    : isAboveAcceptance(matrix, row.likelihood, row.impact);
  const assessed = row.assessedOn !== null;
  return {
    inherent,
    residual,
    aboveAcceptance,
    assessed,
    needsAction: assessed && aboveAcceptance === true && row.acceptedOn === null,
  };
}
