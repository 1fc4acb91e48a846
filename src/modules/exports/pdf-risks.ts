// リスク分析表 as a printed table: one row per item × phase × risk, with the inherent and
// residual levels in the colours of the organization's risk matrix, whether a person assessed
// the ratings (評価状況) and who recorded the last review (見直し者). A 未評価 row's levels are
// the suggestion's: printed （提案）中 on grey, as the xlsx export writes them.
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { LIFECYCLE_PHASES } from "../../core/registers/inventory-fields.ts";
import { RISK_KIND_LABELS, type RiskKind } from "../../core/registers/risk-library.ts";
import type { RiskMatrix, RiskScore } from "../../core/registers/risk-matrix.ts";
import { assessmentText, levelText, type RiskExportRow } from "./export-data.ts";
import { japaneseDate, type PdfColumn, tableDocument } from "./pdf-layout.ts";

export const RISKS_TITLE = "リスク分析表";
export const NO_RISK_ROWS = "登録されているリスクはありません。";

const phaseLabel = (key: string) => LIFECYCLE_PHASES.find((p) => p.key === key)?.label.ja ?? key;
const kindLabel = (key: string) => RISK_KIND_LABELS[key as RiskKind]?.ja ?? key;

/** Black or white text, whichever reads better on the level's colour. */
export function textColorOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? "#000000" : "#FFFFFF";
}

/** A 未評価 row's suggested level: grey, never the matrix colour of a rating. */
export const SUGGESTED_FILL = "#E9ECEF";

const levelStyle = (score: RiskScore | null, assessed: boolean) => {
  if (!score) return null;
  if (!assessed) return { fill: SUGGESTED_FILL, color: "#000000" };
  return { fill: score.color, color: textColorOn(score.color) };
};

/** "2 中": the value with its label on the matrix axis ("2" alone when off the axis). */
function axisText(levels: RiskMatrix["likelihood"]["levels"], value: number | null): string {
  if (value === null) return "";
  const level = levels.find((l) => l.value === value);
  return level ? `${value} ${level.label.ja}` : String(value);
}

export function riskColumns(matrix: RiskMatrix): PdfColumn<RiskExportRow>[] {
  const L = matrix.likelihood.levels;
  const I = matrix.impact.levels;
  const center = "center" as const;
  return [
    { header: "No.", weight: 2, value: (_r, i) => String(i + 1), align: center },
    { header: "個人情報の名称", weight: 6, value: (r) => r.itemName },
    { header: "管理部門", weight: 3.8, value: (r) => r.departmentName ?? "" },
    { header: "局面", weight: 4.3, value: (r) => phaseLabel(r.phase) },
    { header: "リスクの種類", weight: 3.6, value: (r) => kindLabel(r.kind) },
    { header: "想定されるリスク", weight: 9.5, value: (r) => r.description },
    { header: "発生可能性", weight: 3.4, value: (r) => axisText(L, r.likelihood), align: center },
    { header: "影響度", weight: 3.4, value: (r) => axisText(I, r.impact), align: center },
    {
      header: "リスクレベル",
      weight: 3.6,
      value: (r) => levelText(r.inherent, r.assessed) ?? "",
      align: center,
      style: (r) => levelStyle(r.inherent, r.assessed),
    },
    { header: "対策", weight: 9.5, value: (r) => r.countermeasure ?? "" },
    {
      header: "残存発生可能性",
      weight: 3.4,
      value: (r) => axisText(L, r.residualLikelihood),
      align: center,
    },
    {
      header: "残存 影響度",
      weight: 3.4,
      value: (r) => axisText(I, r.residualImpact),
      align: center,
    },
    {
      header: "残存リスク",
      weight: 3.4,
      value: (r) => levelText(r.residual, r.assessed) ?? "",
      align: center,
      style: (r) => levelStyle(r.residual, r.assessed),
    },
    {
      header: "評価状況",
      weight: 3.2,
      value: (r) => assessmentText(r.assessed),
      align: center,
    },
    { header: "受容者", weight: 4, value: (r) => r.acceptedBy ?? "" },
    // A date is 70.5pt wide at 8pt (2026年12月31日); 6 of the 88.5 in all gives 71.1pt.
    { header: "受容日", weight: 6, value: (r) => japaneseDate(r.acceptedOn), align: center },
    {
      header: "最終見直し日",
      weight: 6,
      value: (r) => japaneseDate(r.lastReviewedOn),
      align: center,
    },
    { header: "見直し者", weight: 4, value: (r) => r.lastReviewedBy ?? "" },
    { header: "見直し予定日", weight: 6, value: (r) => japaneseDate(r.reviewOn), align: center },
  ];
}

export function risksDocument(
  matrix: RiskMatrix,
  rows: RiskExportRow[],
  organization: string,
  printedOn: string,
): TDocumentDefinitions {
  return tableDocument({
    title: RISKS_TITLE,
    organization,
    printedOn,
    columns: riskColumns(matrix),
    rows,
    emptyText: NO_RISK_ROWS,
  });
}
