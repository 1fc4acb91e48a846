// How the 規程類対照表 marks a J item: answered by documents in force (done), answered only by a
// version not yet in force (draft), answered for only one of its needs, e.g. a rule without
// its record form (partial), or by no document at all (none). The xlsx says the same in words
// (documents.coverage-xlsx.ts).
import type { CoverageRowOut } from "@src/modules/documents/documents.templates.contract.ts";

export type CoverageState = "done" | "draft" | "partial" | "none";

export function coverageState(
  row: Pick<CoverageRowOut, "needs" | "missing" | "draftOnly">,
): CoverageState {
  if (row.missing.length === row.needs.length) return "none";
  if (row.missing.length) return "partial";
  return row.draftOnly.length ? "draft" : "done";
}

export const COVERAGE_COLORS: Readonly<Record<CoverageState, string>> = {
  done: "teal",
  draft: "yellow",
  partial: "orange",
  none: "red",
};

/**
 * No document in force answers the item's rule: none at all, or only a version not yet in
 * force. The readiness rule manual.internal_rules counts exactly these items, and its fix link
 * (`document-coverage?lacking=rule`) shows them.
 */
export function lacksRuleInForce(row: Pick<CoverageRowOut, "needs" | "missing" | "draftOnly">) {
  return (
    row.needs.includes("rule") && (row.missing.includes("rule") || row.draftOnly.includes("rule"))
  );
}
