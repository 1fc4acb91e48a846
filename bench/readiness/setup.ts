// The readiness benchmark's data: the real app on one database kind, and organizations of a
// given size created through the app (sign-up, POST /orgs) and filled with direct bulk inserts
// (insertMany): people and the PMS roles, a register with flows over the five core phases,
// `risksPerItem` risk rows per item, a legal register and some activity records. About 2 % of the
// items carry each kind of gap, so every rule has work to do.
import { getTableColumns, type Table } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { LAW_CATALOGUE } from "../../src/core/registers/law-catalogue.ts";
import type { Database } from "../../src/db/client.ts";
import { activityRecord } from "../../src/modules/activities/activities.tables.ts";
import { appointment } from "../../src/modules/appointments/appointments.tables.ts";
import { inventoryFlowStep, inventoryItem } from "../../src/modules/inventory/inventory.tables.ts";
import { legalRequirement, legalRequirementItem } from "../../src/modules/legal/legal.tables.ts";
import { department } from "../../src/modules/org/org.tables.ts";
import { person } from "../../src/modules/people/people.tables.ts";
import { inventoryRisk } from "../../src/modules/risks/risks.tables.ts";
import { insertMany } from "../../src/modules/shared/bulk-sql.ts";
import type { ApiApp } from "../../src/server/app.ts";
import { type Cookies, signIn } from "../breakdown.ts";
import { benchOrigin } from "../origin.ts";
import type { Served } from "../registers/setup.ts";

// The app on one database kind, and the owner's sign-up: the same as the registers benchmark.
export { type Kind, type Owner, type Served, serve, signUp } from "../registers/setup.ts";

async function createOrg(app: ApiApp, cookies: Cookies, name: string): Promise<string> {
  const res = await app.inject({
    method: "POST",
    url: "/api/v1/orgs",
    payload: { name },
    headers: { cookie: cookies.full, ...benchOrigin },
  });
  if (res.statusCode !== 201) throw new Error(`POST /orgs → ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

const PHASES = ["acquisition_input", "transfer", "use_processing", "storage_backup", "disposal"];
const DEPARTMENTS = ["総務部", "営業部", "人事部", "開発部"];

/** The rows of one organization of `items` items (pure: ids from the org id and a counter). */
export function buildRows(orgId: string, items: number, risksPerItem: number, today: string) {
  const y = Number(today.slice(0, 4));
  const recent = `${y}-${today.slice(5, 7)}-01`;
  const stale = `${y - 2}-04-01`;
  const departments = DEPARTMENTS.map((name, i) => ({ orgId, id: `d${i}`, name, sortOrder: i }));
  const people = Array.from({ length: 30 }, (_, i) => ({
    orgId,
    id: `p${i}`,
    name: `従業者 ${i}`,
    departmentId: `d${i % 4}`,
    employmentType: "regular",
  }));
  const appointments = ["top_management", "pms_manager", "audit_lead"].map((role, i) => ({
    orgId,
    id: `a${i}`,
    role,
    personId: `p${i}`,
    fromDate: "2024-04-01",
  }));
  const itemRows: (typeof inventoryItem.$inferInsert & { id: string })[] = [];
  const flow: (typeof inventoryFlowStep.$inferInsert)[] = [];
  const risks: (typeof inventoryRisk.$inferInsert)[] = [];
  for (let k = 0; k < items; k++) {
    const id = `i${k}`;
    const outsourced = k % 5 === 0;
    itemRows.push({
      orgId,
      id,
      name: `個人情報 ${String(k).padStart(5, "0")}`,
      departmentId: `d${k % 4}`,
      dataItems: [{ name: "氏名", category: "基本", sensitive: k % 20 === 0 }],
      purpose: "契約の履行と連絡",
      storageLocation: "業務システム",
      storageMethod: "アクセス制御付きで保管",
      accessHolders: [DEPARTMENTS[k % 4] ?? "総務部"],
      usePeriod: "契約終了まで",
      retentionPeriod: k % 50 === 7 ? null : "契約終了後5年",
      sensitive: k % 20 === 0,
      consentBasis: k % 20 === 0 && k % 100 !== 0 ? "書面で同意を得る" : null,
      outsourced,
      outsourcee: outsourced && k % 50 !== 0 ? "委託先株式会社" : null,
      foreignRecipient: k % 97 === 0,
      foreignCountry: k % 97 === 0 && k % 194 !== 0 ? "アメリカ合衆国" : null,
      identifiedOn: "2023-04-01",
      lastReviewedOn: k % 40 === 3 ? stale : recent,
      status: k % 100 === 99 ? "retired" : "active",
    });
    PHASES.forEach((phase, s) => {
      flow.push({ orgId, itemId: id, sort: s + 1, phase, who: "担当者", what: "取り扱う" });
    });
    for (let r = 0; r < risksPerItem; r++) {
      // Every 60th item leaves its last phase without a risk row (coverage gaps).
      const phase = PHASES[k % 60 === 11 ? r % 4 : r % 5] as string;
      const likelihood = 1 + ((k + r) % 3);
      const impact = 1 + ((k * 7 + r) % 3);
      const high = likelihood + impact >= 5;
      risks.push({
        orgId,
        id: `r${k}-${r}`,
        itemId: id,
        phase,
        kind: "leak",
        description: "漏えいのおそれ",
        likelihood,
        impact,
        countermeasure: high ? "アクセス権を見直す" : null,
        residualLikelihood: high && k % 30 !== 5 ? 1 : null,
        residualImpact: high && k % 30 !== 5 ? 1 : null,
        acceptedBy: high ? null : "代表 太郎",
        acceptedOn: high ? null : recent,
      });
    }
  }
  const laws = LAW_CATALOGUE.slice(0, 15);
  const legal = laws.map((law, i) => ({
    orgId,
    id: `l${i}`,
    lawId: law.id,
    kind: law.kind,
    checkedBy: "従業者 1",
    checkedOn: i === 3 ? stale : recent,
  }));
  // The APPI applies to every item; the others to a handful each, one to none.
  const legalItems = [
    ...itemRows.map((i) => ({ orgId, requirementId: "l0", itemId: i.id })),
    ...legal
      .slice(1, -1)
      .flatMap((l, j) =>
        itemRows.slice(j, j + 5).map((i) => ({ orgId, requirementId: l.id, itemId: i.id })),
      ),
  ];
  const kinds = ["policy_approval", "project_team", "work_plan_shared", "education"];
  const activities = kinds.map((kind, k) => ({
    orgId,
    id: `a${k}`,
    kind,
    performedOn: "2025-04-01",
    performedByName: "従業者 1",
  }));
  return {
    departments,
    people,
    appointments,
    items: itemRows,
    flow,
    risks,
    legal,
    legalItems,
    activities,
  };
}

async function bulk(database: Database, table: PgTable, rows: Record<string, unknown>[]) {
  const first = rows[0];
  if (!first) return;
  const columns = getTableColumns(table as Table) as Record<string, PgColumn>;
  await database.db.transaction((tx) => insertMany(tx, table, columns, Object.keys(first), rows));
}

export type BenchOrg = { orgId: string; items: number; risks: number; fillMs: number };

/** An organization of `items` items created through the API, then filled in bulk. */
export async function fillOrg(
  served: Served,
  cookies: Cookies,
  items: number,
  risksPerItem: number,
  today: string,
): Promise<BenchOrg> {
  const t = performance.now();
  const orgId = await createOrg(served.app, cookies, `株式会社準備度${items}`);
  const rows = buildRows(orgId, items, risksPerItem, today);
  const { database } = served;
  await database.query("update org_profile set scope = $2, representative = $3 where org_id = $1", [
    orgId,
    "本社の全業務",
    "代表取締役 代表 太郎",
  ]);
  await bulk(database, department, rows.departments);
  await bulk(database, person, rows.people);
  await bulk(database, appointment, rows.appointments);
  await bulk(database, inventoryItem, rows.items);
  await bulk(database, inventoryFlowStep, rows.flow);
  await bulk(database, inventoryRisk, rows.risks);
  await bulk(database, legalRequirement, rows.legal);
  await bulk(database, legalRequirementItem, rows.legalItems);
  await bulk(database, activityRecord, rows.activities);
  return { orgId, items, risks: rows.risks.length, fillMs: Math.round(performance.now() - t) };
}

export { signIn };
