// Fills the demo organization's 個人情報管理台帳, lifecycle flows, リスク分析 and 法令等一覧
// (demo-register-data.ts, demo-risk-data.ts, demo-legal-data.ts) inside the caller's
// transaction: six bulk inserts, no per-row queries. Dates are counted back from today in
// Japan, so the demo looks equally current whenever it is created (demo-dates.ts).
import { randomUUID } from "node:crypto";
import { getLawEntry } from "../../../core/registers/law-catalogue.ts";
import { isAboveAcceptance } from "../../../core/registers/risk-matrix.ts";
import { RISK_MATRIX_3X3 } from "../../../core/registers/risk-matrix-presets.ts";
import { todayInJapan } from "../../../core/today-in-japan.ts";
import type { Tx } from "../../../db/client.ts";
import type { FieldChange } from "../../audit/index.ts";
import {
  flowStep,
  type InventoryItemInput,
  insertInventoryItems,
  inventoryFlowStep,
  inventoryItemInput,
} from "../../inventory/index.ts";
import {
  legalRequirement,
  legalRequirementDepartment,
  legalRequirementItem,
} from "../../legal/index.ts";
import { inventoryRisk } from "../../risks/index.ts";
import {
  DEMO_APPOINTMENTS,
  DEMO_DEPARTMENTS,
  DEMO_PEOPLE,
  DEMO_REPRESENTATIVE_KEY,
  type DeptKey,
} from "./demo-data.ts";
import { addMonths, monthsAgo } from "./demo-dates.ts";
import { DEMO_LEGAL } from "./demo-legal-data.ts";
import { DEMO_ITEMS } from "./demo-register-data.ts";
import { type DemoItem, type ItemKey, parseFlowStep, parseRisk } from "./demo-register-model.ts";
import {
  ACCEPTED_BY_REPRESENTATIVE,
  DEMO_RISKS,
  REVIEW_AFTER_ACCEPTANCE_MONTHS,
  REVIEW_UNACCEPTED_MONTHS,
} from "./demo-risk-data.ts";

export type DemoRegisterRows = {
  items: (InventoryItemInput & { orgId: string; id: string })[];
  flowSteps: (typeof inventoryFlowStep.$inferInsert)[];
  risks: (typeof inventoryRisk.$inferInsert)[];
  legal: (typeof legalRequirement.$inferInsert)[];
  legalItems: (typeof legalRequirementItem.$inferInsert)[];
  legalDepartments: (typeof legalRequirementDepartment.$inferInsert)[];
};

function personName(key: string): string {
  const p = DEMO_PEOPLE.find(([k]) => k === key);
  if (!p) throw new Error(`demo data refers to an unknown person ${key}`);
  return p[1];
}

/** The PMS manager in office today (the appointment without an end). */
function currentPmsManager(): string {
  const a = DEMO_APPOINTMENTS.find((x) => x.role === "pms_manager" && x.to === null);
  if (!a) throw new Error("demo data has no current PMS manager");
  return personName(a.person);
}

/** One register row, checked against the same contract as items created through the API. */
function itemRow(orgId: string, id: string, departmentId: string, item: DemoItem, today: string) {
  const { key, department, identifiedMonthsAgo, reviewedMonthsAgo, flow, ...fields } = item;
  const parsed = inventoryItemInput.safeParse({
    ...fields,
    departmentId,
    identifiedOn: monthsAgo(today, identifiedMonthsAgo),
    lastReviewedOn: monthsAgo(today, reviewedMonthsAgo),
  });
  if (!parsed.success) throw new Error(`demo item ${key}: ${parsed.error.message}`);
  return { orgId, id, ...parsed.data };
}

/** Builds every row of the demo register for one organization, with fresh ids. */
export function buildDemoRegisterRows(
  orgId: string,
  deptId: (key: DeptKey) => string,
  today: string = todayInJapan(),
): DemoRegisterRows {
  const rows: DemoRegisterRows = {
    items: [],
    flowSteps: [],
    risks: [],
    legal: [],
    legalItems: [],
    legalDepartments: [],
  };
  const itemIds = new Map<ItemKey, string>();
  const representative = personName(DEMO_REPRESENTATIVE_KEY);
  const pmsManager = currentPmsManager();

  for (const item of DEMO_ITEMS) {
    if (itemIds.has(item.key)) throw new Error(`demo item ${item.key} is listed twice`);
    const itemId = randomUUID();
    itemIds.set(item.key, itemId);
    const row = itemRow(orgId, itemId, deptId(item.department), item, today);
    rows.items.push(row);

    const steps = item.flow.map((line) => flowStep.parse(parseFlowStep(line)));
    rows.flowSteps.push(...steps.map((s, i) => ({ orgId, itemId, sort: i + 1, ...s })));
    const phases = new Set(steps.map((s) => s.phase));

    const acceptedOn = row.lastReviewedOn ?? today;
    const acceptedBy = ACCEPTED_BY_REPRESENTATIVE.includes(item.key) ? representative : pmsManager;
    for (const line of DEMO_RISKS[item.key] ?? []) {
      const r = parseRisk(line);
      if (!phases.has(r.phase)) throw new Error(`demo risk of ${item.key}: ${r.phase} not in flow`);
      const above = isAboveAcceptance(
        RISK_MATRIX_3X3,
        r.residualLikelihood ?? r.likelihood,
        r.residualImpact ?? r.impact,
      );
      rows.risks.push({
        orgId,
        id: randomUUID(),
        itemId,
        ...r,
        acceptedBy: above ? null : acceptedBy,
        acceptedOn: above ? null : acceptedOn,
        // The PMS manager rated every row when the item was last reviewed: none is 未評価.
        assessedOn: acceptedOn,
        // The row entered the analysis then too: the PDCA calendar counts a row never
        // reviewed from that day, so the rows of items unreviewed for over a year are late.
        createdAt: new Date(`${acceptedOn}T10:00:00+09:00`),
        updatedAt: new Date(`${acceptedOn}T10:00:00+09:00`),
        assessedBy: pmsManager,
        reviewOn: above
          ? addMonths(today, REVIEW_UNACCEPTED_MONTHS)
          : addMonths(acceptedOn, REVIEW_AFTER_ACCEPTANCE_MONTHS),
      });
    }
  }
  for (const key of Object.keys(DEMO_RISKS))
    if (!itemIds.has(key as ItemKey)) throw new Error(`demo risks for unknown item ${key}`);

  const itemId = (key: ItemKey) => {
    const id = itemIds.get(key);
    if (!id) throw new Error(`demo legal entry refers to an unknown item ${key}`);
    return id;
  };
  for (const entry of DEMO_LEGAL) {
    const requirementId = randomUUID();
    const law = entry.lawId === null ? null : getLawEntry(entry.lawId);
    if (entry.lawId !== null && !law) throw new Error(`unknown law ${entry.lawId}`);
    const kind = law?.kind ?? entry.own?.kind;
    if (!kind) throw new Error("a demo legal entry of its own needs a name and kind");
    rows.legal.push({
      orgId,
      id: requirementId,
      lawId: entry.lawId,
      name: law ? null : (entry.own?.name ?? null),
      kind,
      articles: entry.articles,
      obligations: entry.obligations,
      checkedBy: personName(entry.checkedBy),
      checkedOn: monthsAgo(today, entry.checkedMonthsAgo),
      notes: entry.notes ?? null,
    });
    const ids = entry.items === "all" ? [...itemIds.values()] : entry.items.map(itemId);
    for (const id of ids) rows.legalItems.push({ orgId, requirementId, itemId: id });
    for (const d of entry.departments)
      rows.legalDepartments.push({ orgId, requirementId, departmentId: deptId(d) });
  }
  return rows;
}

/** Finds the id of a demo department among the rows just inserted (names are unique). */
function departmentIds(departments: readonly { id?: string; name: string }[]) {
  return (key: DeptKey): string => {
    const name = DEMO_DEPARTMENTS.find((d) => d.key === key)?.name;
    const id = departments.find((d) => d.name === name)?.id;
    if (!id) throw new Error(`demo data refers to an unknown department ${key}`);
    return id;
  };
}

/**
 * Inserts the demo register for the demo departments just inserted; returns the counts for
 * the organization's seed audit event.
 */
export async function seedDemoRegister(
  tx: Tx,
  orgId: string,
  departments: readonly { id?: string; name: string }[],
): Promise<Record<string, FieldChange>> {
  const rows = buildDemoRegisterRows(orgId, departmentIds(departments));
  // Through the register's one writer; the demo records one summary event, not one per row.
  await insertInventoryItems(tx, { orgId }, rows.items);
  await tx.insert(inventoryFlowStep).values(rows.flowSteps);
  await tx.insert(inventoryRisk).values(rows.risks);
  await tx.insert(legalRequirement).values(rows.legal);
  await tx.insert(legalRequirementItem).values(rows.legalItems);
  await tx.insert(legalRequirementDepartment).values(rows.legalDepartments);
  const added = (n: number): FieldChange => ({ old: 0, new: n });
  return {
    inventoryItems: added(rows.items.length),
    flowSteps: added(rows.flowSteps.length),
    risks: added(rows.risks.length),
    legalRequirements: added(rows.legal.length),
  };
}
