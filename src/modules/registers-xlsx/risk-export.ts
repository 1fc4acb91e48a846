// リスク分析表 as an xlsx workbook: one row per register item × phase × risk, with the inherent
// and residual levels the matrix gives (import ignores those two columns: they are computed),
// whether a person assessed the ratings (評価状況) and who recorded the last review (見直し者),
// both ignored on import too. A 未評価 row's levels print （提案）中, as in the PDF.
import { LIFECYCLE_PHASES } from "../../core/registers/inventory-fields.ts";
import { RISK_FIELDS, type RiskFieldKey } from "../../core/registers/risk-fields.ts";
import { RISK_KIND_LABELS, type RiskKind } from "../../core/registers/risk-library.ts";
import { assessmentText, levelText, type RiskExportRow } from "../exports/index.ts";
import { excelDate } from "./cells.ts";
import { type CellValue, type SheetColumn, writeSheetXlsx } from "./sheet-layout.ts";

export const RISK_TITLE = "リスク分析表";

const WIDTH: Record<RiskFieldKey, number> = {
  itemName: 22,
  department: 13,
  phase: 14,
  kind: 13,
  description: 36,
  likelihood: 10,
  impact: 10,
  inherentLevel: 10,
  countermeasure: 40,
  residualLikelihood: 10,
  residualImpact: 10,
  residualLevel: 10,
  assessment: 10,
  acceptedBy: 12,
  acceptedOn: 15,
  lastReviewedOn: 15,
  lastReviewedBy: 12,
  reviewOn: 15,
};
const DATES = new Set<RiskFieldKey>(["acceptedOn", "lastReviewedOn", "reviewOn"]);
const CENTERED = new Set<RiskFieldKey>([
  "likelihood",
  "impact",
  "inherentLevel",
  "residualLikelihood",
  "residualImpact",
  "residualLevel",
  "assessment",
]);

function column(key: RiskFieldKey, header: string): SheetColumn {
  const kind = DATES.has(key) ? "date" : CENTERED.has(key) ? "center" : undefined;
  return { header, width: WIDTH[key], ...(kind ? { kind } : {}) };
}

const phaseLabel = (p: string) => LIFECYCLE_PHASES.find((x) => x.key === p)?.label.ja ?? p;
const kindLabel = (k: string) => RISK_KIND_LABELS[k as RiskKind]?.ja ?? k;

function cell(key: RiskFieldKey, r: RiskExportRow): CellValue {
  switch (key) {
    case "itemName":
      return r.itemName;
    case "department":
      return r.departmentName;
    case "phase":
      return phaseLabel(r.phase);
    case "kind":
      return kindLabel(r.kind);
    case "inherentLevel":
      return levelText(r.inherent, r.assessed);
    case "residualLevel":
      return levelText(r.residual, r.assessed);
    case "assessment":
      return assessmentText(r.assessed);
    case "acceptedOn":
    case "lastReviewedOn":
    case "reviewOn":
      return excelDate(r[key]);
    default:
      return r[key];
  }
}

/** The .xlsx file of the given rows (loadRiskRows order). Pure, for the route and benchmarks. */
export function riskXlsx(
  rows: readonly RiskExportRow[],
  opts: { orgName: string; today: string },
): Promise<Buffer> {
  return writeSheetXlsx({
    sheetName: RISK_TITLE,
    title: RISK_TITLE,
    orgName: opts.orgName,
    today: opts.today,
    columns: RISK_FIELDS.map((f) => column(f.key, f.label.ja)),
    rows: rows.map((r) => RISK_FIELDS.map((f) => cell(f.key, r))),
  });
}
