// The register part of the readiness snapshot in three statements, run in parallel (on
// PostgreSQL each on its own pooled connection): the active items with their required-field
// mask; the phases of each item's flow as a mask; and the risk rows, scanned once and grouped
// two ways (GROUPING SETS): phases per item, and groups by everything the acceptance rule
// reads. Results come back as JSON text, since parsing one string is several times cheaper
// than the driver decoding 10,000 rows; items and masks are matched up here, not joined in SQL.
import { type SQL, sql } from "drizzle-orm";
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
];

/** [itemId, phase mask] */
type PhaseTuple = [string, number];

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

const itemsSql = (orgId: string) => sql`
  select coalesce(json_agg(json_build_array(
      ${I.id}, ${I.name}, ${I.departmentId}, ${filledMaskSql}, ${I.sensitive},
      ${I.consentBasis}, ${I.outsourced}, ${I.outsourcee}, ${I.foreignRecipient},
      ${I.foreignCountry}, ${I.identifiedOn}, ${I.lastReviewedOn}
    ) order by ${I.name}, ${I.id}), '[]')::text as json
  from ${I} where ${I.orgId} = ${orgId} and ${I.status} = 'active'`;

// Retired items' steps come along too (about 1 %): filtering them would cost a join.
const flowSql = (orgId: string) => sql`
  select coalesce(json_agg(json_build_array(item_id, bits)), '[]')::text as json
  from (select ${F.itemId} as item_id, bit_or(${phaseBitSql(F.phase)}) as bits
    from ${F} where ${F.orgId} = ${orgId} group by ${F.itemId}) as f`;

// Retired items are few: excluding their risk rows (anti-join) is cheaper than joining every
// row to its item. grouping(item_id) = 0 marks the per-item rows.
function risksSql(orgId: string) {
  const accepted = sql`(${R.acceptedOn} is not null)`;
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
    )
    select
      (select coalesce(json_agg(json_build_array(item_id, bits)), '[]')::text
       from risk where by_values = 0) as phases,
      (select coalesce(json_agg(json_build_array(l, i, rl, ri, accepted, n, example)), '[]')::text
       from risk where by_values = 1) as groups`;
}

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

const parse = <T>(json: string | null | undefined): T[] => JSON.parse(json ?? "[]") as T[];

export async function loadRegister(
  db: Db,
  orgId: string,
): Promise<{ items: SnapshotItem[]; riskGroups: RiskGroup[] }> {
  const [itemRows, flowRows, riskRows] = await Promise.all([
    rows<{ json: string }>(db, itemsSql(orgId)),
    rows<{ json: string }>(db, flowSql(orgId)),
    rows<{ phases: string; groups: string }>(db, risksSql(orgId)),
  ]);
  const flowBits = new Map(parse<PhaseTuple>(flowRows[0]?.json));
  const riskBits = new Map(parse<PhaseTuple>(riskRows[0]?.phases));
  const items = parse<ItemTuple>(itemRows[0]?.json).map(
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
      flowPhases: decodePhases(flowBits.get(t[0]) ?? null),
      riskPhases: decodePhases(riskBits.get(t[0]) ?? null),
    }),
  );
  const names = new Map(items.map((i) => [i.id, i.name]));
  const riskGroups = parse<GroupTuple>(riskRows[0]?.groups).map(
    (g): RiskGroup => ({
      likelihood: g[0],
      impact: g[1],
      residualLikelihood: g[2],
      residualImpact: g[3],
      accepted: g[4],
      count: g[5],
      // An item added between the statements is not in `items`: its id stands in.
      exampleItemName: names.get(g[6]) ?? g[6],
    }),
  );
  return { items, riskGroups };
}
