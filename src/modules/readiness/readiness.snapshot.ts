// Loads the readiness snapshot of one organization with a fixed number of statements (eight),
// whatever its size: large registers are aggregated in SQL (required-field flags as one bit
// mask per item, flow and risk phases as arrays per item, risk rows grouped by their values).
import { and, asc, eq, getTableColumns, gt, isNull, or, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { AppointmentRole } from "../../core/appointments/appointment-rules.ts";
import type {
  LegalEntryFacts,
  ReadinessSnapshot,
  SnapshotItem,
} from "../../core/readiness/index.ts";
import {
  type InventoryFieldKey,
  LIFECYCLE_PHASES,
  REQUIRED_INVENTORY_FIELDS,
} from "../../core/registers/inventory-fields.ts";
import { getLawEntry } from "../../core/registers/law-catalogue.ts";
import type { Db } from "../../db/client.ts";
import type { Lang } from "../../i18n/messages.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appointment } from "../appointments/appointments.tables.ts";
import {
  inventoryFlowStep,
  inventoryItem,
  inventoryRisk,
  legalRequirement,
  legalRequirementItem,
} from "../inventory/inventory.tables.ts";
import { getRiskMatrix } from "../inventory/risk-matrix.service.ts";
import { orgProfile } from "../org/org.tables.ts";
import { person } from "../people/people.tables.ts";
import { readinessManualCheck } from "./readiness.tables.ts";

/** What JavaScript's trim() removes in practice from Japanese input (U+3000 included). */
const BLANKS = " \t\r\n\u3000";
const itemColumns: Record<string, PgColumn> = getTableColumns(inventoryItem);

/** A column holds a value: non-blank text, a non-empty JSON list, anything else not null. */
function filledSql(key: InventoryFieldKey): SQL {
  const col = itemColumns[key];
  if (col === undefined) throw new Error(`no inventory_item column for required field ${key}`);
  switch (col.getSQLType()) {
    case "jsonb":
      return sql`(jsonb_typeof(${col}) = 'array' and jsonb_array_length(${col}) > 0)`;
    case "text":
      return sql`(btrim(${col}, ${BLANKS}) <> '')`;
    default:
      return sql`(${col} is not null)`;
  }
}

/** Bit i set = REQUIRED_INVENTORY_FIELDS[i] filled; null values count as empty. */
const filledMask = sql.join(
  REQUIRED_INVENTORY_FIELDS.map(
    (k, i) => sql`(case when ${filledSql(k)} then ${sql.raw(String(1 << i))} else 0 end)`,
  ),
  sql` + `,
);

const PHASE_ORDER = new Map<string, number>(LIFECYCLE_PHASES.map((p) => [p.key, p.order]));

/** Flow phases in lifecycle order (array_agg distinct returns them alphabetically): the
 * rules list missing phases in this order. */
function inLifecycleOrder(phases: string[] | null): string[] {
  if (!phases) return [];
  const rank = (p: string) => PHASE_ORDER.get(p) ?? Number.MAX_SAFE_INTEGER;
  return phases.length > 1 ? phases.sort((a, b) => rank(a) - rank(b)) : phases;
}

function decodeFilled(mask: number): SnapshotItem["filled"] {
  return Object.fromEntries(REQUIRED_INVENTORY_FIELDS.map((k, i) => [k, (mask & (1 << i)) !== 0]));
}

/** Distinct phases per item of one table (flow steps or risk rows), as a join-able subquery. */
function phasesByItem(
  db: Db,
  table: typeof inventoryFlowStep | typeof inventoryRisk,
  orgId: string,
  alias: string,
) {
  return db
    .select({
      itemId: table.itemId,
      phases: sql<string[]>`array_agg(distinct ${table.phase})`.as(`${alias}_phases`),
    })
    .from(table)
    .where(eq(table.orgId, orgId))
    .groupBy(table.itemId)
    .as(alias);
}

// Only active items are loaded: every rule reads activeItems(), and retired rows would only
// cost transfer time on large registers.
async function loadItems(db: Db, orgId: string): Promise<SnapshotItem[]> {
  const flow = phasesByItem(db, inventoryFlowStep, orgId, "flow");
  const risk = phasesByItem(db, inventoryRisk, orgId, "risk");
  const I = inventoryItem;
  const rows = await db
    .select({
      id: I.id,
      name: I.name,
      departmentId: I.departmentId,
      status: I.status,
      mask: sql<number>`(${filledMask})::int`,
      sensitive: I.sensitive,
      consentBasis: I.consentBasis,
      outsourced: I.outsourced,
      outsourcee: I.outsourcee,
      foreignRecipient: I.foreignRecipient,
      foreignCountry: I.foreignCountry,
      identifiedOn: I.identifiedOn,
      lastReviewedOn: I.lastReviewedOn,
      flowPhases: flow.phases,
      riskPhases: risk.phases,
    })
    .from(I)
    .leftJoin(flow, eq(flow.itemId, I.id))
    .leftJoin(risk, eq(risk.itemId, I.id))
    .where(and(eq(I.orgId, orgId), eq(I.status, "active")))
    .orderBy(asc(I.name), asc(I.id));
  return rows.map(({ mask, sensitive, flowPhases, riskPhases, ...r }) => ({
    ...r,
    filled: decodeFilled(Number(mask)),
    sensitive: sensitive === true,
    flowPhases: inLifecycleOrder(flowPhases),
    riskPhases: riskPhases ?? [],
  }));
}

/** Risk rows of active items, grouped by everything the acceptance rule reads. */
async function loadRiskGroups(db: Db, orgId: string) {
  const R = inventoryRisk;
  const accepted = sql<boolean>`(${R.acceptedOn} is not null)`;
  const rows = await db
    .select({
      likelihood: R.likelihood,
      impact: R.impact,
      residualLikelihood: R.residualLikelihood,
      residualImpact: R.residualImpact,
      accepted,
      count: sql<number>`count(*)::int`,
      exampleItemName: sql<string>`min(${inventoryItem.name})`,
    })
    .from(R)
    .innerJoin(inventoryItem, and(eq(inventoryItem.orgId, R.orgId), eq(inventoryItem.id, R.itemId)))
    .where(and(eq(R.orgId, orgId), eq(inventoryItem.status, "active")))
    .groupBy(R.likelihood, R.impact, R.residualLikelihood, R.residualImpact, accepted);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

async function loadLegal(db: Db, orgId: string, lang: Lang): Promise<LegalEntryFacts[]> {
  const L = legalRequirement;
  const link = legalRequirementItem;
  const rows = await db
    .select({
      id: L.id,
      name: L.name,
      lawId: L.lawId,
      checkedOn: L.checkedOn,
      linked: sql<boolean>`exists (select 1 from ${link} where ${link.orgId} = ${L.orgId} and ${link.requirementId} = ${L.id})`,
    })
    .from(L)
    .where(eq(L.orgId, orgId))
    .orderBy(asc(L.createdAt), asc(L.id));
  return rows.map((r) => ({
    id: r.id,
    // The legal register's display name: the own name, else the catalogue's, else the id.
    name: r.name ?? (r.lawId ? getLawEntry(r.lawId)?.name[lang] : undefined) ?? r.lawId ?? r.id,
    checkedOn: r.checkedOn,
    linked: r.linked === true,
  }));
}

export async function loadReadinessSnapshot(
  db: Db,
  ctx: OrgContext,
  today: string,
  lang: Lang = "ja",
): Promise<ReadinessSnapshot> {
  const { orgId } = ctx;
  // Independent reads: in parallel (on PostgreSQL each takes a pooled connection; PGlite
  // queues them). They are not one transaction: a write landing between them can show in
  // one part and not another, which the next evaluation corrects.
  const [profile, staff, appointments, items, riskGroups, legal, checks, matrix] =
    await Promise.all([
      db
        .select({ scope: orgProfile.scope, representative: orgProfile.representative })
        .from(orgProfile)
        .where(eq(orgProfile.orgId, orgId)),
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(person)
        .where(and(eq(person.orgId, orgId), or(isNull(person.leftOn), gt(person.leftOn, today)))),
      db
        .select({
          id: appointment.id,
          role: appointment.role,
          personId: appointment.personId,
          personName: person.name,
          from: appointment.fromDate,
          to: appointment.toDate,
        })
        .from(appointment)
        .innerJoin(
          person,
          and(eq(person.orgId, appointment.orgId), eq(person.id, appointment.personId)),
        )
        .where(eq(appointment.orgId, orgId))
        .orderBy(asc(appointment.fromDate), asc(appointment.id)),
      loadItems(db, orgId),
      loadRiskGroups(db, orgId),
      loadLegal(db, orgId, lang),
      db
        .select({
          ruleId: readinessManualCheck.ruleId,
          done: readinessManualCheck.done,
          checkedByName: readinessManualCheck.checkedByName,
          checkedAt: readinessManualCheck.checkedAt,
        })
        .from(readinessManualCheck)
        .where(eq(readinessManualCheck.orgId, orgId)),
      getRiskMatrix(db, ctx),
    ]);
  return {
    profile: {
      scope: profile[0]?.scope ?? null,
      representative: profile[0]?.representative ?? null,
    },
    activeStaffCount: Number(staff[0]?.n ?? 0),
    appointments: appointments.map((a) => ({ ...a, role: a.role as AppointmentRole })),
    items,
    riskMatrix: matrix.matrix,
    riskGroups,
    legal,
    manualChecks: checks.map((c) => ({ ...c, checkedAt: c.checkedAt.toISOString() })),
  };
}
