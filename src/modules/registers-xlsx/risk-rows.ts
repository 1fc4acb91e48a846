// The rows of an uploaded リスク分析表 turned into validated risk rows of stored register items.
// Pure: the caller passes the matrix, the departments and the register items.

import { z } from "zod";
import { getInventoryField, LIFECYCLE_PHASES } from "../../core/registers/inventory-fields.ts";
import {
  axisChoices,
  guessRiskKind,
  parseAxisValue,
  parsePhase,
  parseRiskKind,
  RISK_FIELDS,
  type RiskFieldKey,
} from "../../core/registers/risk-fields.ts";
import { RISK_KIND_LABELS, RISK_KINDS } from "../../core/registers/risk-library.ts";
import type { RiskMatrix } from "../../core/registers/risk-matrix.ts";
import type { Lang } from "../../i18n/messages.ts";
import { riskInput } from "../risks/index.ts";
import { optionalIsoDate, optionalText } from "../shared/contract-helpers.ts";
import type { TableFile } from "../shared/table-file/table-file.ts";
import { parseDateCell, textOrNull } from "./cells.ts";
import {
  type CellError,
  type DepartmentRef,
  departmentLookup,
  itemKey,
  RowReader,
} from "./import-common.ts";
import type { StoredItemRef } from "./register-rows.ts";

export const MAX_RISK_ROWS = 100_000;

export type RiskRowValues = {
  phase: string;
  kind: string;
  description: string;
  likelihood: number;
  impact: number;
  countermeasure: string | null;
  residualLikelihood: number | null;
  residualImpact: number | null;
  acceptedBy: string | null;
  acceptedOn: string | null;
  reviewOn: string | null;
};
export type RiskRow = { line: number; itemId: string; values: RiskRowValues };
export type RiskRowsResult = { rows: RiskRow[]; errors: CellError[] };

const acceptance = z.object({ acceptedBy: optionalText(100), acceptedOn: optionalIsoDate });
const choices = (labels: string[]) => ({ values: labels.map((l) => `「${l}」`).join("") });
const PHASE_CHOICES = choices(LIFECYCLE_PHASES.map((p) => p.label.ja));
const KIND_CHOICES = choices(RISK_KINDS.map((k) => RISK_KIND_LABELS[k].ja));

type Reader = RowReader<RiskFieldKey>;

function axisCell(r: Reader, key: RiskFieldKey, axis: RiskMatrix["likelihood"], lang: Lang) {
  const cell = r.cell(key);
  if (cell === "") {
    if (key === "likelihood" || key === "impact") r.fail(key, { key: "required" });
    return null;
  }
  const v = parseAxisValue(axis, cell);
  if (v === null) {
    r.fail(key, { key: "not_on_matrix_axis", params: { values: axisChoices(axis, lang) } });
  }
  return v;
}

function dateCell(r: Reader, key: RiskFieldKey): string | null | undefined {
  const res = parseDateCell(r.cell(key));
  if (res.ok) return res.value;
  r.fail(key, res.error);
  return undefined;
}

type ItemLookup = (r: Reader) => string | null;

/** Item by 名称 + 管理部門; with no department given, a name only one item has is enough. */
function itemLookup(
  items: readonly StoredItemRef[],
  departments: readonly DepartmentRef[],
): ItemLookup {
  const findDept = departmentLookup(departments);
  const byKey = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  for (const i of items) {
    const k = itemKey(i.name, i.departmentId);
    byKey.set(k, [...(byKey.get(k) ?? []), i.id]);
    const n = itemKey(i.name, null);
    byName.set(n, [...(byName.get(n) ?? []), i.id]);
  }
  return (r) => {
    const name = r.cell("itemName");
    if (name === "") {
      r.fail("itemName", { key: "required" });
      return null;
    }
    const deptCell = r.cell("department");
    const dept = findDept(deptCell);
    if (!dept.ok) {
      r.fail("department", dept.error);
      return null;
    }
    let ids = byKey.get(itemKey(name, dept.id)) ?? [];
    if (ids.length === 0 && dept.id === null) ids = byName.get(itemKey(name, null)) ?? [];
    if (ids.length === 1) return ids[0] ?? null;
    if (ids.length > 1) r.fail("itemName", { key: "ambiguous_inventory_item" });
    else {
      const department = deptCell || getInventoryField("departmentId").label.ja;
      r.fail("itemName", { key: "unknown_register_item", params: { name, department } });
    }
    return null;
  };
}

/**
 * Validates every row: the item exists, the phase and kind are known, likelihood and impact are
 * levels of the current matrix (number or label), dates are dates. A blank kind is guessed from
 * the risk text ("漏えい…" → leak), else その他. The level columns and 最終見直し日 are ignored
 * (a file does not record a review: 見直し済み does).
 */
export function parseRiskRows(
  table: TableFile<RiskFieldKey>,
  columns: Partial<Record<RiskFieldKey, number>>,
  matrix: RiskMatrix,
  departments: readonly DepartmentRef[],
  items: readonly StoredItemRef[],
  /** For the list of accepted levels in messages. */
  lang: Lang,
): RiskRowsResult {
  const used = { ...columns };
  for (const f of RISK_FIELDS) if (f.computed || f.exportOnly) delete used[f.key];
  const headerOf = (key: RiskFieldKey) => {
    const col = used[key];
    return (
      (col === undefined ? "" : table.headers[col]) ||
      (RISK_FIELDS.find((f) => f.key === key)?.label.ja ?? key)
    );
  };
  const findItem = itemLookup(items, departments);
  const result: RiskRowsResult = { rows: [], errors: [] };

  for (const row of table.rows) {
    const r = new RowReader(row, used, headerOf);
    if (r.isBlank()) continue;
    const itemId = findItem(r);
    const phaseCell = r.cell("phase");
    const phase = parsePhase(phaseCell);
    if (phase === null)
      r.fail(
        "phase",
        phaseCell === "" ? { key: "required" } : { key: "invalid_choice", params: PHASE_CHOICES },
      );
    const description = r.cell("description");
    const kindCell = r.cell("kind");
    const kind =
      kindCell === "" ? (guessRiskKind(description) ?? "other") : parseRiskKind(kindCell);
    if (kind === null) r.fail("kind", { key: "invalid_choice", params: KIND_CHOICES });
    const likelihood = axisCell(r, "likelihood", matrix.likelihood, lang);
    const impact = axisCell(r, "impact", matrix.impact, lang);
    const residualLikelihood = axisCell(r, "residualLikelihood", matrix.likelihood, lang);
    const residualImpact = axisCell(r, "residualImpact", matrix.impact, lang);
    const reviewOn = dateCell(r, "reviewOn");
    const acceptedOn = dateCell(r, "acceptedOn");
    const parsed = riskInput.safeParse({
      itemId: itemId ?? "?",
      phase: phase ?? undefined,
      kind: kind ?? undefined,
      description,
      likelihood: likelihood ?? undefined,
      impact: impact ?? undefined,
      countermeasure: textOrNull(r.cell("countermeasure")),
      residualLikelihood,
      residualImpact,
      reviewOn: reviewOn ?? null,
    });
    if (!parsed.success) {
      r.failIssues(
        parsed.error.issues.filter((i) => !r.errors.has(i.path[0] as RiskFieldKey)),
        "itemName",
      );
    }
    const acc = acceptance.safeParse({ acceptedBy: textOrNull(r.cell("acceptedBy")), acceptedOn });
    if (!acc.success) r.failIssues(acc.error.issues, "acceptedBy");
    result.errors.push(...r.sorted());
    if (parsed.success && acc.success && itemId !== null && r.errors.size === 0) {
      const { itemId: _, ...values } = parsed.data;
      result.rows.push({
        line: row.line,
        itemId,
        values: { ...values, ...acc.data },
      });
    }
  }
  return result;
}
