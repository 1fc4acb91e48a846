// The register part of the readiness snapshot in three statements, run in parallel (on
// PostgreSQL each on its own pooled connection; PGlite runs them one after another): the
// active items with their required-field mask; the phases of each item's flow as a mask; and
// the risk rows, scanned once and grouped two ways (GROUPING SETS): phases per item, and
// groups by everything the acceptance rule reads. Each statement returns one row of JSON
// texts, one JSON array per column (json_agg(column)): parsing a few strings is several times
// cheaper than the driver decoding 10,000 rows, and json_agg of plain values costs about a
// third less than one json_build_array per row, which sorts out the type of every argument
// of every row. The arrays of one statement come from one aggregation over the same input,
// so their n-th entries belong together. Items and masks are matched up here: joining them in
// SQL cost more than it saved (bench/results/readiness.md).
import { type SQL, sql } from "drizzle-orm";
import type { RiskGroup, SnapshotItem } from "../../core/readiness/index.ts";
import type { Db } from "../../db/client.ts";
import { inventoryFlowStep, inventoryItem } from "../inventory/index.ts";
import { inventoryRisk } from "../risks/index.ts";
import {
  decodeFilled,
  decodePhases,
  filledMaskSql,
  phaseBitSql,
} from "./readiness.snapshot-sql.ts";

const I = inventoryItem;
const F = inventoryFlowStep;
const R = inventoryRisk;

/** One JSON text per column of `from`, each the column's values in the rows' order. */
const columnsJson = (columns: readonly string[], from: SQL) => sql`
  select ${sql.raw(columns.map((c) => `json_agg(${c})::text as ${c}`).join(", "))} from ${from}`;

type ItemColumns = {
  ids: string[];
  names: string[];
  departments: (string | null)[];
  filled: number[];
  sensitive: (boolean | null)[];
  consent: (string | null)[];
  outsourced: (boolean | null)[];
  outsourcees: (string | null)[];
  abroad: (boolean | null)[];
  countries: (string | null)[];
  identified: (string | null)[];
  reviewed: (string | null)[];
};

const ITEM_COLUMNS: readonly (keyof ItemColumns)[] = [
  "ids",
  "names",
  "departments",
  "filled",
  "sensitive",
  "consent",
  "outsourced",
  "outsourcees",
  "abroad",
  "countries",
  "identified",
  "reviewed",
];

// The sorted subquery feeds the aggregates in (name, id) order: a subquery with ORDER BY is
// not flattened, and aggregates without their own ORDER BY keep their input's order. One
// ORDER BY per json_agg would sort once per column on PostgreSQL before 16.
const itemsSql = (orgId: string) =>
  columnsJson(
    ITEM_COLUMNS,
    sql`(select ${I.id} as ids, ${I.name} as names, ${I.departmentId} as departments,
        ${filledMaskSql} as filled, ${I.sensitive} as sensitive, ${I.consentBasis} as consent,
        ${I.outsourced} as outsourced, ${I.outsourcee} as outsourcees,
        ${I.foreignRecipient} as abroad, ${I.foreignCountry} as countries,
        ${I.identifiedOn} as identified, ${I.lastReviewedOn} as reviewed
      from ${I} where ${I.orgId} = ${orgId} and ${I.status} = 'active'
      order by ${I.name}, ${I.id}) as i`,
  );

type PhaseColumns = { ids: string[]; bits: number[] };

// Retired items' steps come along too (about 1 %): filtering them would cost a join.
const flowSql = (orgId: string) =>
  columnsJson(
    ["ids", "bits"],
    sql`(select ${F.itemId} as ids, bit_or(${phaseBitSql(F.phase)}) as bits
      from ${F} where ${F.orgId} = ${orgId} group by ${F.itemId}) as f`,
  );

type GroupColumns = {
  l: number[];
  i: number[];
  rl: (number | null)[];
  ri: (number | null)[];
  accepted: boolean[];
  n: number[];
  example: string[];
};

const GROUP_COLUMNS: readonly (keyof GroupColumns)[] = [
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
  const perItem = (c: string) => `json_agg(${c}) filter (where by_values = 0)::text as ${c}`;
  const perValues = (c: string) => `json_agg(${c}) filter (where by_values = 1)::text as ${c}`;
  return sql`
    select ${sql.raw([...["ids", "bits"].map(perItem), ...GROUP_COLUMNS.map(perValues)].join(", "))}
    from (
      select ${R.itemId} as ids, bit_or(${phaseBitSql(R.phase)}) as bits,
        ${R.likelihood} as l, ${R.impact} as i, ${R.residualLikelihood} as rl,
        ${R.residualImpact} as ri, ${accepted} as accepted, count(*)::int as n,
        min(${R.itemId}) as example, grouping(${R.itemId}) as by_values
      from ${R}
      where ${R.orgId} = ${orgId} and not exists (select 1 from ${I} as x
        where x.org_id = ${R.orgId} and x.id = ${R.itemId} and x.status <> 'active')
      group by grouping sets ((${R.itemId}),
        (${R.likelihood}, ${R.impact}, ${R.residualLikelihood}, ${R.residualImpact}, ${accepted}))
    ) as risk`;
}

type Texts<T> = { [K in keyof T]: string | null };

/** The first row's JSON texts parsed; json_agg over no rows gives null, read as []. */
async function columns<T>(db: Db, query: SQL): Promise<T> {
  const row = ((await db.execute(query)) as unknown as { rows: Texts<T>[] }).rows[0] ?? {};
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, JSON.parse((v as string | null) ?? "[]")]),
  ) as T;
}

function phaseMap(c: PhaseColumns): Map<string, number> {
  const map = new Map<string, number>();
  for (const [k, id] of c.ids.entries()) map.set(id, c.bits[k] ?? 0);
  return map;
}

export async function loadRegister(
  db: Db,
  orgId: string,
): Promise<{ items: SnapshotItem[]; riskGroups: RiskGroup[] }> {
  const [c, flow, risk] = await Promise.all([
    columns<ItemColumns>(db, itemsSql(orgId)),
    columns<PhaseColumns>(db, flowSql(orgId)),
    columns<PhaseColumns & GroupColumns>(db, risksSql(orgId)),
  ]);
  const flowBits = phaseMap(flow);
  const riskBits = phaseMap(risk);
  const items = c.ids.map(
    (id, k): SnapshotItem => ({
      id,
      name: c.names[k] as string,
      departmentId: c.departments[k] ?? null,
      status: "active",
      filled: decodeFilled(c.filled[k] ?? 0),
      sensitive: c.sensitive[k] === true,
      consentBasis: c.consent[k] ?? null,
      outsourced: c.outsourced[k] ?? null,
      outsourcee: c.outsourcees[k] ?? null,
      foreignRecipient: c.abroad[k] ?? null,
      foreignCountry: c.countries[k] ?? null,
      identifiedOn: c.identified[k] ?? null,
      lastReviewedOn: c.reviewed[k] ?? null,
      flowPhases: decodePhases(flowBits.get(id) ?? null),
      riskPhases: decodePhases(riskBits.get(id) ?? null),
    }),
  );
  const names = new Map(items.map((i) => [i.id, i.name]));
  const riskGroups = risk.l.map(
    (likelihood, k): RiskGroup => ({
      likelihood,
      impact: risk.i[k] as number,
      residualLikelihood: risk.rl[k] ?? null,
      residualImpact: risk.ri[k] ?? null,
      accepted: risk.accepted[k] === true,
      count: risk.n[k] as number,
      // An item added between the statements is not in `items`: its id stands in.
      exampleItemName: names.get(risk.example[k] as string) ?? (risk.example[k] as string),
    }),
  );
  return { items, riskGroups };
}
