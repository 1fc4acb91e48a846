// Shapes of the demo company's register (demo-register-data*.ts), risk analysis
// (demo-risk-data*.ts) and legal register (demo-legal-data.ts), and the small parsers that
// turn their compact one-line notations into rows. Dates are months before the seeding day
// (demo-dates.ts).
import type { z } from "zod";
import type { LifecyclePhase } from "../../../core/registers/inventory-fields.ts";
import { RISK_KINDS, type RiskKind } from "../../../core/registers/risk-library.ts";
import type { DataItem, inventoryItemInput } from "../../inventory/index.ts";
import type { DeptKey } from "./demo-data.ts";

export type ItemKey =
  | "card"
  | "prospects"
  | "expoVisitors"
  | "credit"
  | "ccInquiries"
  | "ccRecordings"
  | "complaints"
  | "shareholders"
  | "newsletter"
  | "webForm"
  | "staffRoster"
  | "payroll"
  | "myNumber"
  | "healthChecks"
  | "stressCheck"
  | "sickLeave"
  | "applicants"
  | "rejected"
  | "leavers"
  | "entryLog"
  | "cctv"
  | "visitors"
  | "contractorStaff"
  | "disclosureRequests"
  | "accounts"
  | "greetingList";

/** The register fields as the API accepts them, minus the department and the dates. */
type ItemFields = Omit<
  z.input<typeof inventoryItemInput>,
  "departmentId" | "identifiedOn" | "lastReviewedOn"
>;

export type DemoItem = ItemFields & {
  key: ItemKey;
  department: DeptKey;
  /** Put on the register this many months before the seeding day. */
  identifiedMonthsAgo: number;
  /** Last reviewed this many months before the seeding day. */
  reviewedMonthsAgo: number;
  /**
   * The lifecycle flow, one step a line: "phase|who|what|where|medium", phase one of the
   * PHASE_CODES keys (the step order is the order of the lines).
   */
  flow: readonly string[];
};

/** Short phase codes of the one-line notations (the prefixes of the risk library's ids). */
export const PHASE_CODES: Readonly<Record<string, LifecyclePhase>> = {
  acq: "acquisition_input",
  tr: "transfer",
  use: "use_processing",
  sto: "storage_backup",
  dis: "disposal",
  out: "outsourcing",
};

/** Data items of one category. */
export const cat = (category: string, ...names: string[]): DataItem[] =>
  names.map((name) => ({ name, category, sensitive: false }));

/** 要配慮個人情報 data items of one category. */
export const sensitive = (category: string, ...names: string[]): DataItem[] =>
  names.map((name) => ({ name, category, sensitive: true }));

function phaseOf(code: string, line: string): LifecyclePhase {
  const phase = PHASE_CODES[code];
  if (phase === undefined) throw new Error(`demo data: unknown phase "${code}" in "${line}"`);
  return phase;
}

export type DemoFlowStep = {
  phase: LifecyclePhase;
  who: string;
  what: string;
  where: string;
  medium: string;
};

/** "phase|who|what|where|medium" → a flow step. */
export function parseFlowStep(line: string): DemoFlowStep {
  const parts = line.split("|");
  const [code, who, what, where, medium] = parts;
  if (parts.length !== 5 || !code || !who || !what || !where || !medium)
    throw new Error(`demo data: a flow step needs 5 parts: "${line}"`);
  return { phase: phaseOf(code, line), who, what, where, medium };
}

export type DemoRisk = {
  phase: LifecyclePhase;
  kind: RiskKind;
  likelihood: number;
  impact: number;
  description: string;
  countermeasure: string | null;
  residualLikelihood: number | null;
  residualImpact: number | null;
  suggestionId: string | null;
};

function cell(text: string, line: string): [number, number] {
  const m = /^([1-3]),([1-3])$/.exec(text);
  if (!m) throw new Error(`demo data: "${text}" is not a 3×3 cell in "${line}"`);
  return [Number(m[1]), Number(m[2])];
}

/**
 * "phase|kind|L,I|想定リスク|対策|rL,rI|suggestionId" → a risk row. 対策 and the residual
 * cell may be "-" (not treated); the library suggestion the row started from is optional.
 */
export function parseRisk(line: string): DemoRisk {
  const parts = line.split("|");
  const [code, kind, inherent, description, measure, residual, suggestionId] = parts;
  if (parts.length < 6 || parts.length > 7 || !code || !kind || !inherent || !description)
    throw new Error(`demo data: a risk needs 6 or 7 parts: "${line}"`);
  if (!(RISK_KINDS as readonly string[]).includes(kind))
    throw new Error(`demo data: unknown risk kind "${kind}" in "${line}"`);
  const [likelihood, impact] = cell(inherent, line);
  const [residualLikelihood, residualImpact] =
    residual === "-" ? [null, null] : cell(residual ?? "", line);
  return {
    phase: phaseOf(code, line),
    kind: kind as RiskKind,
    likelihood,
    impact,
    description,
    countermeasure: measure === "-" || !measure ? null : measure,
    residualLikelihood,
    residualImpact,
    suggestionId: suggestionId || null,
  };
}

export type DemoLegal = {
  /** A law catalogue id (core/registers/law-catalogue*.ts), or null for an own entry. */
  lawId: string | null;
  /** Own entries only: the name and kind (catalogue entries take them from the catalogue). */
  own?: { name: string; kind: "law" | "cabinet_order" | "ordinance" | "guideline" | "standard" };
  articles: string;
  obligations: string;
  /** DEMO_PEOPLE key of who checked the entry against the current text. */
  checkedBy: string;
  checkedMonthsAgo: number;
  items: readonly ItemKey[] | "all";
  departments: readonly DeptKey[];
  notes?: string;
};
