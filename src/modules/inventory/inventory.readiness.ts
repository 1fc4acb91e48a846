// The register's part of readiness: its active items with which required fields are filled
// and which phases their flows cover (two statements, run in parallel), the register rules,
// and the yearly review duty. Items and flow masks are matched up here: joining them in SQL
// cost more than it saved (bench/results/readiness.md).
import { and, eq, sql } from "drizzle-orm";
import { REGISTER_HANDLING_RULES, REGISTER_RULES } from "../../core/readiness/index.ts";
import type { ReadinessProvider } from "../readiness/index.ts";
import { dutySummaryOf, dutySummarySql } from "../shared/duty-summary.ts";
import { columnsJson, jsonColumns, maskById } from "../shared/json-columns.ts";
import {
  decodeFilled,
  decodePhases,
  filledMaskSql,
  myNumberSql,
  phaseBitSql,
} from "./inventory.readiness-sql.ts";
import { inventoryFlowStep, inventoryItem } from "./inventory.tables.ts";
import { REGISTER_ENTITY } from "./inventory.writer.ts";

const I = inventoryItem;
const F = inventoryFlowStep;

type ItemColumns = {
  ids: string[];
  names: string[];
  departments: (string | null)[];
  filled: number[];
  sensitive: (boolean | null)[];
  /** 特定個人情報 (lower case: the names are SQL identifiers too). */
  mynumber: boolean[];
  consent: (string | null)[];
  outsourced: (boolean | null)[];
  outsourcees: (string | null)[];
  provided: (boolean | null)[];
  joint: (boolean | null)[];
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
  "mynumber",
  "consent",
  "outsourced",
  "outsourcees",
  "provided",
  "joint",
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
        ${filledMaskSql} as filled, ${I.sensitive} as sensitive,
        ${myNumberSql} as mynumber, ${I.consentBasis} as consent,
        ${I.outsourced} as outsourced, ${I.outsourcee} as outsourcees,
        ${I.thirdPartyProvision} as provided, ${I.jointUse} as joint,
        ${I.foreignRecipient} as abroad, ${I.foreignCountry} as countries,
        ${I.identifiedOn} as identified, ${I.lastReviewedOn} as reviewed
      from ${I} where ${I.orgId} = ${orgId} and ${I.status} = 'active'
      order by ${I.name}, ${I.id}) as i`,
  );

// Retired items' steps come along too (about 1 %): filtering them would cost a join.
const flowSql = (orgId: string) =>
  columnsJson(
    ["ids", "bits"],
    sql`(select ${F.itemId} as ids, bit_or(${phaseBitSql(F.phase)}) as bits
      from ${F} where ${F.orgId} = ${orgId} group by ${F.itemId}) as f`,
  );

export const inventoryReadiness: ReadinessProvider = {
  id: "inventory",
  // Flow steps are audited on their item.
  reads: [REGISTER_ENTITY],
  rules: [...REGISTER_RULES, ...REGISTER_HANDLING_RULES],
  async load(db, ctx) {
    const [c, flow] = await Promise.all([
      jsonColumns<ItemColumns>(db, itemsSql(ctx.orgId)),
      jsonColumns<{ ids: string[]; bits: number[] }>(db, flowSql(ctx.orgId)),
    ]);
    const flowBits = maskById(flow);
    return (snapshot) => {
      // Fresh objects on every evaluation: the risks step adds each item's risk phases.
      snapshot.items = c.ids.map((id, k) => ({
        id,
        name: c.names[k] as string,
        departmentId: c.departments[k] ?? null,
        status: "active",
        filled: decodeFilled(c.filled[k] ?? 0),
        sensitive: c.sensitive[k] === true,
        myNumber: c.mynumber[k] === true,
        consentBasis: c.consent[k] ?? null,
        outsourced: c.outsourced[k] ?? null,
        outsourcee: c.outsourcees[k] ?? null,
        thirdPartyProvision: c.provided[k] ?? null,
        jointUse: c.joint[k] ?? null,
        foreignRecipient: c.abroad[k] ?? null,
        foreignCountry: c.countries[k] ?? null,
        identifiedOn: c.identified[k] ?? null,
        lastReviewedOn: c.reviewed[k] ?? null,
        flowPhases: decodePhases(flowBits.get(id) ?? null),
        riskPhases: decodePhases(null),
      }));
    };
  },
  duties: [
    {
      source: "register",
      // An item never reviewed counts from the day it was identified (as in the readiness rule).
      async summary(db, orgId, bounds) {
        const [row] = await db
          .select(dutySummarySql(sql`coalesce(${I.lastReviewedOn}, ${I.identifiedOn})`, bounds))
          .from(I)
          .where(and(eq(I.orgId, orgId), eq(I.status, "active")));
        return dutySummaryOf(row);
      },
    },
  ],
};
