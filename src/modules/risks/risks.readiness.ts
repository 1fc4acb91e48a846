// The risk analysis's part of readiness: the organization's matrix, and one scan of the risk
// rows of active items grouped two ways (GROUPING SETS) — the phases analysed per item
// (assessed rows, and apart those still 未評価), and groups by everything the acceptance rule
// reads plus whether the row is assessed, so 50,000 rows arrive as a few hundred groups. Also
// the risk rules and the yearly review duty of the risk rows.
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { RISK_RULES, type RiskGroup } from "../../core/readiness/index.ts";
import { decodePhases, inventoryItem, phaseBitSql, REGISTER_ENTITY } from "../inventory/index.ts";
import type { ReadinessProvider } from "../readiness/index.ts";
import { dutySummaryOf, dutySummarySql } from "../shared/duty-summary.ts";
import { jsonColumns, maskById } from "../shared/json-columns.ts";
import { getRiskMatrix } from "./risk-matrix.service.ts";
import { inventoryRisk } from "./risks.tables.ts";
import { RISK_ENTITY } from "./risks.writes.ts";

const I = inventoryItem;
const R = inventoryRisk;

type GroupColumns = {
  assessed: boolean[];
  l: number[];
  i: number[];
  rl: (number | null)[];
  ri: (number | null)[];
  accepted: boolean[];
  n: number[];
  example: string[];
};

const GROUP_COLUMNS: readonly (keyof GroupColumns)[] = [
  "assessed",
  "l",
  "i",
  "rl",
  "ri",
  "accepted",
  "n",
  "example",
];

// Retired items are few: excluding their risk rows (anti-join, the retired rows found through
// the partial index inventory_item_org_retired_idx) is cheaper than joining every row to its
// item. grouping(item_id) = 0 marks the per-item rows. One aggregation with FILTER over the
// grouped rows: a CTE read twice cost more (it is materialized, then scanned twice).
function risksSql(orgId: string) {
  const accepted = sql`(${R.acceptedOn} is not null)`;
  const assessed = sql`(${R.assessedOn} is not null)`;
  const bit = phaseBitSql(R.phase);
  const perItem = (c: string) => `json_agg(${c}) filter (where by_values = 0)::text as ${c}`;
  const perValues = (c: string) => `json_agg(${c}) filter (where by_values = 1)::text as ${c}`;
  const itemColumns = ["ids", "bits", "pending_bits"].map(perItem);
  return sql`
    select ${sql.raw([...itemColumns, ...GROUP_COLUMNS.map(perValues)].join(", "))}
    from (
      select ${R.itemId} as ids, bit_or(${bit}) filter (where ${assessed}) as bits,
        bit_or(${bit}) filter (where not ${assessed}) as pending_bits,
        ${assessed} as assessed, ${R.likelihood} as l, ${R.impact} as i,
        ${R.residualLikelihood} as rl, ${R.residualImpact} as ri, ${accepted} as accepted,
        count(*)::int as n, min(${R.itemId}) as example, grouping(${R.itemId}) as by_values
      from ${R}
      where ${R.orgId} = ${orgId} and not exists (select 1 from ${I} as x
        where x.org_id = ${R.orgId} and x.id = ${R.itemId} and x.status <> 'active')
      group by grouping sets ((${R.itemId}),
        (${assessed}, ${R.likelihood}, ${R.impact}, ${R.residualLikelihood},
          ${R.residualImpact}, ${accepted}))
    ) as risk`;
}

export const risksReadiness: ReadinessProvider = {
  id: "risks",
  // Items: which are retired, and the names groups are shown by.
  reads: [RISK_ENTITY, "risk_matrix", REGISTER_ENTITY],
  rules: RISK_RULES,
  async load(db, ctx) {
    const [risk, matrix] = await Promise.all([
      jsonColumns<{ ids: string[]; bits: number[]; pending_bits: number[] } & GroupColumns>(
        db,
        risksSql(ctx.orgId),
      ),
      getRiskMatrix(db, ctx),
    ]);
    const riskBits = maskById(risk);
    const pendingBits = maskById({ ids: risk.ids, bits: risk.pending_bits });
    return (snapshot) => {
      const items = snapshot.items ?? [];
      for (const item of items) {
        item.riskPhases = decodePhases(riskBits.get(item.id) ?? null);
        const pending = pendingBits.get(item.id) ?? 0;
        if (pending !== 0) item.unassessedRiskPhases = decodePhases(pending);
      }
      const names = new Map(items.map((i) => [i.id, i.name]));
      snapshot.riskMatrix = matrix.matrix;
      const groups: RiskGroup[] = [];
      let unassessed = 0;
      risk.l.forEach((likelihood, k) => {
        const count = risk.n[k] as number;
        if (risk.assessed[k] !== true) {
          unassessed += count;
          return;
        }
        const example = risk.example[k] as string;
        groups.push({
          likelihood,
          impact: risk.i[k] as number,
          residualLikelihood: risk.rl[k] ?? null,
          residualImpact: risk.ri[k] ?? null,
          accepted: risk.accepted[k] === true,
          count,
          // An item added between the statements is not in `items`: its id stands in.
          exampleItemName: names.get(example) ?? example,
          exampleItemId: example,
        });
      });
      snapshot.riskGroups = groups;
      snapshot.unassessedRiskCount = unassessed;
    };
  },
  duties: [
    {
      source: "risks",
      // A row's review day: its recorded review (見直し済み, the only act that records one), or
      // for a row never reviewed the Japanese day it entered the analysis, as a register item
      // counts from its 特定日. Edits and imports move neither. Like the readiness rules, the
      // duty covers assessed rows of active items: a 未評価 row is not in the analysis yet.
      async summary(db, orgId, bounds) {
        const reviewed = sql`coalesce(${R.lastReviewedOn}, (${R.createdAt} at time zone 'Asia/Tokyo')::date)`;
        const [row] = await db
          .select(dutySummarySql(reviewed, bounds, sql`${R.reviewOn}`))
          .from(R)
          .innerJoin(I, and(eq(I.orgId, R.orgId), eq(I.id, R.itemId)))
          .where(and(eq(R.orgId, orgId), eq(I.status, "active"), isNotNull(R.assessedOn)));
        return dutySummaryOf(row);
      },
    },
  ],
};
