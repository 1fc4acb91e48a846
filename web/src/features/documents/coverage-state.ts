// How the 規程類対照表 marks a J item: answered (done), answered for only one of its needs, e.g. a
// rule without its record form (partial), or by no document at all (none). The xlsx says the
// same in words (documents.coverage-xlsx.ts).
import type { CoverageRowOut } from "@src/modules/documents/documents.templates.contract.ts";

export type CoverageState = "done" | "partial" | "none";

export function coverageState(row: Pick<CoverageRowOut, "needs" | "missing">): CoverageState {
  if (!row.missing.length) return "done";
  return row.missing.length === row.needs.length ? "none" : "partial";
}

export const COVERAGE_COLORS: Readonly<Record<CoverageState, string>> = {
  done: "teal",
  partial: "orange",
  none: "red",
};
