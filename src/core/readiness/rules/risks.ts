// The risk analysis (docs/domain.md#lifecycle-and-risks): it exists, covers every phase an item
// goes through, and every risk above the acceptance level is treated or formally accepted.
// Only assessed rows count: a row added from the library of suggestions carries typical
// ratings nobody has looked at (未評価) until a person sets or confirms them, so it is not yet
// an analysis. The reasons say how many 未評価 rows were left out.
import { LIFECYCLE_PHASES } from "../../registers/inventory-fields.ts";
import { isAboveAcceptance, type RiskMatrix } from "../../registers/risk-matrix.ts";
import {
  activeItems,
  gap,
  itemRef,
  MAX_DETAILS,
  na,
  ok,
  type ReadinessRule,
  type RecordRef,
  text,
} from "../rule.ts";
import type { ReadinessSnapshot, RiskGroup, SnapshotItem } from "../snapshot.ts";

const CORE_PHASES: readonly string[] = LIFECYCLE_PHASES.filter((p) => p.core).map((p) => p.key);
const CORE_AND_OUTSOURCING: readonly string[] = [...CORE_PHASES, "outsourcing"];
const PHASE_LABELS = new Map<string, { ja: string; en: string }>(
  LIFECYCLE_PHASES.map((p) => [p.key, p.label]),
);

/**
 * The phases an item goes through: those of its drawn flow; without a flow, the five core
 * phases, plus 委託 when the item is outsourced (nothing says a phase is skipped).
 */
export function applicablePhases(i: SnapshotItem): readonly string[] {
  if (i.flowPhases.length > 0) return [...new Set(i.flowPhases)];
  return i.outsourced === true ? CORE_AND_OUTSOURCING : CORE_PHASES;
}

/** The risk analysis of one register item (the risk list's item filter, and one more). */
const itemRisksPath = (id: string, filter = "") =>
  `risks?itemId=${encodeURIComponent(id)}${filter ? `&${filter}` : ""}`;

const unassessedOf = (s: ReadinessSnapshot) => s.unassessedRiskCount ?? 0;

/** "（提案から追加して未評価のリスクN件は数えていません）", or nothing when there are none. */
function leftOut(s: ReadinessSnapshot) {
  const n = unassessedOf(s);
  return n > 0
    ? text(
        `（提案から追加して未評価のリスク${n}件は数えていません）`,
        ` (${n} suggested risks not yet assessed are not counted)`,
      )
    : text("", "");
}

const noItems = na(
  text("利用中の台帳項目がないため対象外です。", "No active register items to analyse."),
);

// blocker: the risk-analysis result is one of the documents attached to the application.
const exists: ReadinessRule = {
  id: "risk.analysis_exists",
  title: text("リスク分析がある", "A risk analysis exists"),
  refs: ["J.3.1.3"],
  step: 7,
  severity: "blocker",
  fixPath: "risks",
  manual: false,
  evaluate(s) {
    const items = activeItems(s);
    // Never na: without a register there is no analysis either, and both block the application.
    if (items.length === 0) {
      return gap(
        text(
          "台帳に利用中の項目がないため、リスク分析もありません。",
          "With no active register items there is no risk analysis either.",
        ),
      );
    }
    const analysed = items.filter((i) => i.riskPhases.length > 0).length;
    const note = leftOut(s);
    const pending = unassessedOf(s);
    return analysed > 0
      ? ok(
          text(
            `${items.length}件中${analysed}件の項目にリスク分析があります${note.ja}。`,
            `${analysed} of ${items.length} items have a risk analysis${note.en}.`,
          ),
        )
      : gap(
          pending > 0
            ? text(
                `利用中の台帳項目${items.length}件のどれにも評価済みのリスク分析がありません。提案から追加したリスク${pending}件は未評価です（発生可能性と影響度を確かめてください）。`,
                `None of the ${items.length} active items has an assessed risk analysis. The ${pending} risks added from suggestions are not assessed yet (check their likelihood and impact).`,
              )
            : text(
                `利用中の台帳項目${items.length}件のどれにもリスク分析がありません。`,
                `None of the ${items.length} active items has a risk analysis.`,
              ),
        );
  },
};

const phaseNames = (keys: readonly string[]) => ({
  ja: keys.map((k) => PHASE_LABELS.get(k)?.ja ?? k).join("、"),
  en: keys.map((k) => PHASE_LABELS.get(k)?.en ?? k).join(", "),
});

/** The missing phases, those with only 未評価 rows said apart: 「委託（未評価: 保管）」. */
function pendingNote(missing: readonly string[], pending: readonly string[]) {
  const none = missing.filter((p) => !pending.includes(p));
  if (pending.length === 0) return phaseNames(none);
  const p = phaseNames(pending);
  const n = phaseNames(none);
  return {
    ja: `${n.ja}（未評価: ${p.ja}）`,
    en: `${none.length ? `${n.en} ` : ""}(not assessed: ${p.en})`,
  };
}

// finding: a phase left out of the analysis (typically transfer or disposal) is a frequent
// examiner remark, but the analysis as a whole exists.
const coverage: ReadinessRule = {
  id: "risk.phase_coverage",
  title: text(
    "すべての項目の各局面にリスク分析がある",
    "Every phase of every item has a risk analysis",
  ),
  refs: ["J.3.1.3"],
  step: 7,
  severity: "finding",
  fixPath: "risks",
  manual: false,
  evaluate(s) {
    const items = activeItems(s);
    if (items.length === 0) return noItems;
    let incomplete = 0;
    let missingPairs = 0;
    const details: RecordRef[] = [];
    for (const i of items) {
      // A handful of phases per item: includes() beats building a Set.
      const missing = applicablePhases(i).filter((p) => !i.riskPhases.includes(p));
      if (missing.length === 0) continue;
      incomplete++;
      missingPairs += missing.length;
      if (details.length >= MAX_DETAILS) continue;
      // Named by the item's risk rows: where the missing phases are added, or where their
      // 未評価 rows wait to be assessed.
      const pending = missing.filter((p) => i.unassessedRiskPhases?.includes(p));
      details.push({
        ...itemRef(i, pendingNote(missing, pending)),
        path: itemRisksPath(i.id, pending.length > 0 ? "assessed=false" : ""),
      });
    }
    const note = leftOut(s);
    if (incomplete === 0) {
      return ok(
        text(
          `${items.length}件すべての項目で、各局面にリスク分析があります${note.ja}。`,
          `All ${items.length} items have a risk analysis for each of their phases${note.en}.`,
        ),
      );
    }
    return gap(
      text(
        `${items.length}件中${incomplete}件の項目で、計${missingPairs}の局面にリスク分析がありません${note.ja}。`,
        `${incomplete} of ${items.length} items lack a risk analysis for ${missingPairs} phases in all${note.en}.`,
      ),
      details,
    );
  },
};

/**
 * Whether the group still needs action, as the risk list's `unaccepted` filter decides:
 * the level is the residual one when both residual values are set, else the inherent one;
 * above acceptance and not formally accepted needs action. Off-axis values cannot be scored
 * and are reported apart (null).
 */
export function needsAction(m: RiskMatrix, g: RiskGroup): boolean | null {
  const hasResidual = g.residualLikelihood !== null && g.residualImpact !== null;
  const above = hasResidual
    ? isAboveAcceptance(m, g.residualLikelihood as number, g.residualImpact as number)
    : isAboveAcceptance(m, g.likelihood, g.impact);
  if (above === null) return null;
  return above && !g.accepted;
}

// finding: untreated high risks are what examiners look for in the risk analysis; the
// application can still be made, but the finding is near certain.
const treated: ReadinessRule = {
  id: "risk.treated",
  title: text(
    "受容水準を超えるリスクが対策済みか正式に受容されている",
    "Every risk above acceptance is treated or formally accepted",
  ),
  refs: ["J.3.1.4"],
  step: 7,
  severity: "finding",
  fixPath: "risks?unaccepted=true",
  manual: false,
  evaluate(s) {
    let total = 0;
    let open = 0;
    let unscored = 0;
    const where = new Map<string, string | undefined>();
    for (const g of s.riskGroups) {
      total += g.count;
      const action = needsAction(s.riskMatrix, g);
      if (action === null) unscored += g.count;
      else if (action) {
        open += g.count;
        where.set(g.exampleItemName, g.exampleItemId);
      }
    }
    if (total === 0) {
      const pending = unassessedOf(s);
      return na(
        pending > 0
          ? text(
              `評価済みのリスクがありません（未評価${pending}件）。`,
              `No assessed risks (${pending} not assessed yet).`,
            )
          : text("リスク分析の行がありません。", "There are no risk rows."),
      );
    }
    const pending = leftOut(s);
    const note =
      unscored > 0
        ? text(
            `（マトリクスにない値で評価できない${unscored}件を除く）${pending.ja}`,
            ` (${unscored} rows with values off the matrix not scored)${pending.en}`,
          )
        : pending;
    if (open === 0) {
      return ok(
        text(
          `リスク${total}件のうち、対策も受容もされずに受容水準を超えているものはありません${note.ja}。`,
          `None of the ${total} risks is above acceptance without treatment or acceptance${note.en}.`,
        ),
      );
    }
    // Each named item links to its own rows that need action.
    const details = [...where]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, MAX_DETAILS)
      .map(
        ([name, id]): RecordRef =>
          id === undefined ? { name } : { id, name, path: itemRisksPath(id, "unaccepted=true") },
      );
    return gap(
      text(
        `リスク${total}件中${open}件が受容水準を超えたまま、対策後の評価も受容の記録もありません${note.ja}。`,
        `${open} of ${total} risks are above acceptance with neither a residual level within it nor a formal acceptance${note.en}.`,
      ),
      details,
    );
  },
};

export const RISK_RULES: readonly ReadinessRule[] = [exists, coverage, treated];
