// The risk analysis (docs/domain.md#lifecycle-and-risks): it exists, covers every phase an item
// goes through, and every risk above the acceptance level is treated or formally accepted.
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
import type { RiskGroup, SnapshotItem } from "../snapshot.ts";

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
    return analysed > 0
      ? ok(
          text(
            `${items.length}件中${analysed}件の項目にリスク分析があります。`,
            `${analysed} of ${items.length} items have a risk analysis.`,
          ),
        )
      : gap(
          text(
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
      if (details.length < MAX_DETAILS) details.push(itemRef(i, phaseNames(missing)));
    }
    if (incomplete === 0) {
      return ok(
        text(
          `${items.length}件すべての項目で、各局面にリスク分析があります。`,
          `All ${items.length} items have a risk analysis for each of their phases.`,
        ),
      );
    }
    return gap(
      text(
        `${items.length}件中${incomplete}件の項目で、計${missingPairs}の局面にリスク分析がありません。`,
        `${incomplete} of ${items.length} items lack a risk analysis for ${missingPairs} phases in all.`,
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
    const where = new Set<string>();
    for (const g of s.riskGroups) {
      total += g.count;
      const action = needsAction(s.riskMatrix, g);
      if (action === null) unscored += g.count;
      else if (action) {
        open += g.count;
        where.add(g.exampleItemName);
      }
    }
    if (total === 0) {
      return na(text("リスク分析の行がありません。", "There are no risk rows."));
    }
    const note =
      unscored > 0
        ? text(
            `（マトリクスにない値で評価できない${unscored}件を除く）`,
            ` (${unscored} rows with values off the matrix not scored)`,
          )
        : text("", "");
    if (open === 0) {
      return ok(
        text(
          `リスク${total}件のうち、対策も受容もされずに受容水準を超えているものはありません${note.ja}。`,
          `None of the ${total} risks is above acceptance without treatment or acceptance${note.en}.`,
        ),
      );
    }
    const details = [...where]
      .sort()
      .slice(0, MAX_DETAILS)
      .map((name) => ({ name }));
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
