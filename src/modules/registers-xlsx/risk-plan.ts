// What a risk import changes. The rows of the register items that appear in the file replace
// those items' stored rows: a file row takes over the stored row with the same item, phase and
// risk text (kept id, updated if anything differs), stored rows left over are deleted, file
// rows left over are created. Items not in the file keep their rows.
//
// Acceptance (受容者, 受容日) is a management decision (permission risks.accept):
// - a changed acceptance needs that permission; without it the cell is refused;
// - a row whose assessment changed loses an acceptance it only carried over (as a PATCH does);
//   only the ratings count: a new 見直し予定日 leaves the acceptance alone;
// - without acceptance columns, or for other fields without a column, stored values are kept;
// - the last review (最終見直し日) is never written: only 見直し済み records a review;
// - a created row, or one whose ratings the file changes, is assessed by the importer (a person
//   wrote those ratings); a row whose ratings stay keeps its state, 未評価 included.
import type { RiskFieldKey } from "../../core/registers/risk-fields.ts";
import type { inventoryRisk } from "../risks/index.ts";
import { sameValue } from "../shared/bulk-sql.ts";
import type { CellError } from "./import-common.ts";
import type { RiskRow, RiskRowValues } from "./risk-rows.ts";

export type StoredRisk = typeof inventoryRisk.$inferSelect;

export const RISK_WRITTEN: readonly (keyof RiskRowValues)[] = [
  "phase",
  "kind",
  "description",
  "likelihood",
  "impact",
  "countermeasure",
  "residualLikelihood",
  "residualImpact",
  "acceptedBy",
  "acceptedOn",
  "reviewOn",
];
const ASSESSMENT = ["likelihood", "impact", "residualLikelihood", "residualImpact"] as const;
/** Fields a missing column leaves as stored (phase, description and the assessment are required). */
const KEEP_WHEN_UNMAPPED: Partial<Record<keyof RiskRowValues, RiskFieldKey>> = {
  kind: "kind",
  countermeasure: "countermeasure",
  residualLikelihood: "residualLikelihood",
  residualImpact: "residualImpact",
  acceptedBy: "acceptedBy",
  acceptedOn: "acceptedOn",
  reviewOn: "reviewOn",
};

export type RiskPlan = {
  items: number;
  creates: RiskRow[];
  updates: Array<{
    before: StoredRisk;
    values: RiskRowValues;
    acceptanceCleared: boolean;
    /** The file changes a rating: the importer assesses the row. */
    reassessed: boolean;
  }>;
  deletes: StoredRisk[];
  unchanged: number;
  errors: CellError[];
};

const matchKey = (itemId: string, phase: string, description: string) =>
  `${itemId}\u0000${phase}\u0000${description.replace(/\s+/g, " ").trim()}`;

export function planRisks(
  rows: readonly RiskRow[],
  stored: readonly StoredRisk[],
  mapped: ReadonlySet<RiskFieldKey>,
  canAccept: boolean,
  acceptedByHeader: string,
): RiskPlan {
  const items = new Set(rows.map((r) => r.itemId));
  const queues = new Map<string, StoredRisk[]>();
  for (const s of stored) {
    if (!items.has(s.itemId)) continue;
    const k = matchKey(s.itemId, s.phase, s.description);
    queues.set(k, [...(queues.get(k) ?? []), s]);
  }
  const plan: RiskPlan = {
    items: items.size,
    creates: [],
    updates: [],
    deletes: [],
    unchanged: 0,
    errors: [],
  };
  for (const row of rows) {
    const before = queues
      .get(matchKey(row.itemId, row.values.phase, row.values.description))
      ?.shift();
    const values = { ...row.values };
    if (before) {
      for (const [field, column] of Object.entries(KEEP_WHEN_UNMAPPED)) {
        if (!mapped.has(column))
          Object.assign(values, { [field]: before[field as keyof StoredRisk] });
      }
    }
    const prev = { by: before?.acceptedBy ?? null, on: before?.acceptedOn ?? null };
    const changedAcceptance = values.acceptedBy !== prev.by || values.acceptedOn !== prev.on;
    if (changedAcceptance) {
      const refusal = !canAccept
        ? "acceptance_not_allowed"
        : (values.acceptedBy === null) !== (values.acceptedOn === null)
          ? "acceptance_incomplete"
          : null;
      if (refusal) {
        plan.errors.push({
          row: row.line,
          column: acceptedByHeader,
          field: "acceptedBy",
          value: values.acceptedBy,
          error: { key: refusal },
        });
        continue;
      }
    }
    const reassessed = before !== undefined && ASSESSMENT.some((f) => values[f] !== before[f]);
    const acceptanceCleared =
      reassessed && !changedAcceptance && (prev.by !== null || prev.on !== null);
    if (acceptanceCleared) Object.assign(values, { acceptedBy: null, acceptedOn: null });
    if (!before) plan.creates.push({ ...row, values });
    else if (RISK_WRITTEN.some((f) => !sameValue(before[f], values[f]))) {
      plan.updates.push({ before, values, acceptanceCleared, reassessed });
    } else plan.unchanged++;
  }
  for (const left of queues.values()) plan.deletes.push(...left);
  return plan;
}
