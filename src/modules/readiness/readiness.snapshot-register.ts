// The register part of the readiness snapshot in one statement: active items with their
// required-field mask and their flow and risk phase masks, and the risk rows of active items
// grouped by everything the acceptance rule reads. The risk table is scanned once, grouped two
// ways (GROUPING SETS); both results come back as JSON text, since parsing one string is
// several times cheaper than the driver decoding 10,000 rows of 14 columns.
import { sql } from "drizzle-orm";
import type { RiskGroup, SnapshotItem } from "../../core/readiness/index.ts";
import type { Db } from "../../db/client.ts";
import { inventoryFlowStep, inventoryItem, inventoryRisk } from "../inventory/inventory.tables.ts";
import {
  decodeFilled,
  decodePhases,
  filledMaskSql,
  phaseBitSql,
} from "./readiness.snapshot-sql.ts";

type ItemTuple = [
  id: string,
  name: string,
  departmentId: string | null,
  filledMask: number,
  sensitive: boolean | null,
  consentBasis: string | null,
  outsourced: boolean | null,
  outsourcee: string | null,
  foreignRecipient: boolean | null,
  foreignCountry: string | null,
  identifiedOn: string | null,
  lastReviewedOn: string | null,
  flowPhases: number | null,
  riskPhases: number | null,
];

type GroupTuple = [
  likelihood: number,
  impact: number,
  residualLikelihood: number | null,
  residualImpact: number | null,
  accepted: boolean,
  count: number,
  exampleItemId: string,
];

const I = inventoryItem;
const F = inventoryFlowStep;
const R = inventoryRisk;

function statement(orgId: string) {
  const accepted = sql`(${R.acceptedOn} is not null)`;
  // Retired items are few: excluding their risk rows (anti-join) is cheaper than joining
  // every row to its item. grouping(item_id) = 0 marks the per-item rows.
  return sql`
    with risk as (
      select ${R.itemId} as item_id, bit_or(${phaseBitSql(R.phase)}) as bits,
        ${R.likelihood} as l, ${R.impact} as i, ${R.residualLikelihood} as rl,
        ${R.residualImpact} as ri, ${accepted} as accepted, count(*)::int as n,
        min(${R.itemId}) as example, grouping(${R.itemId}) as by_values
      from ${R}
      where ${R.orgId} = ${orgId} and not exists (select 1 from ${I} as x
        where x.org_id = ${R.orgId} and x.id = ${R.itemId} and x.status <> 'active')
      group by grouping sets ((${R.itemId}),
        (${R.likelihood}, ${R.impact}, ${R.residualLikelihood}, ${R.residualImpact}, ${accepted}))
    ), flow as (
      select ${F.itemId} as item_id, bit_or(${phaseBitSql(F.phase)}) as bits
      from ${F} where ${F.orgId} = ${orgId} group by ${F.itemId}
    )
    select
      (select coalesce(json_agg(json_build_array(
          ${I.id}, ${I.name}, ${I.departmentId}, ${filledMaskSql}, ${I.sensitive},
          ${I.consentBasis}, ${I.outsourced}, ${I.outsourcee}, ${I.foreignRecipient},
          ${I.foreignCountry}, ${I.identifiedOn}, ${I.lastReviewedOn}, flow.bits, risk.bits
        ) order by ${I.name}, ${I.id}), '[]')::text
       from ${I}
       left join flow on flow.item_id = ${I.id}
       left join risk on risk.by_values = 0 and risk.item_id = ${I.id}
       where ${I.orgId} = ${orgId} and ${I.status} = 'active') as items,
      (select coalesce(json_agg(json_build_array(l, i, rl, ri, accepted, n, example)), '[]')::text
       from risk where by_values = 1) as groups`;
}

export async function loadRegister(
  db: Db,
  orgId: string,
): Promise<{ items: SnapshotItem[]; riskGroups: RiskGroup[] }> {
  const result = (await db.execute(statement(orgId))) as unknown as {
    rows: { items: string | null; groups: string | null }[];
  };
  const row = result.rows[0];
  const items = (JSON.parse(row?.items ?? "[]") as ItemTuple[]).map(
    (t): SnapshotItem => ({
      id: t[0],
      name: t[1],
      departmentId: t[2],
      status: "active",
      filled: decodeFilled(t[3]),
      sensitive: t[4] === true,
      consentBasis: t[5],
      outsourced: t[6],
      outsourcee: t[7],
      foreignRecipient: t[8],
      foreignCountry: t[9],
      identifiedOn: t[10],
      lastReviewedOn: t[11],
      flowPhases: decodePhases(t[12]),
      riskPhases: decodePhases(t[13]),
    }),
  );
  const names = new Map(items.map((i) => [i.id, i.name]));
  const riskGroups = (JSON.parse(row?.groups ?? "[]") as GroupTuple[]).map(
    (g): RiskGroup => ({
      likelihood: g[0],
      impact: g[1],
      residualLikelihood: g[2],
      residualImpact: g[3],
      accepted: g[4],
      count: g[5],
      exampleItemName: names.get(g[6]) ?? g[6],
    }),
  );
  return { items, riskGroups };
}
