// Pre-filling risk rows from the library of suggested risks (core/registers/risk-library.ts).

import type { Lang } from "../../i18n/messages.ts";
import { getRiskSuggestion, type RiskSuggestion, type ThreeLevel } from "./risk-library.ts";
import type { RiskMatrix } from "./risk-matrix.ts";

type Axis = RiskMatrix["likelihood"];

/**
 * Places a suggestion's typical value (1 low, 2 medium, 3 high) on an axis of the
 * organization's matrix, whose levels are taken from the lowest value to the highest:
 * - 3 levels: 1:1 (1st, 2nd, 3rd level);
 * - 5 levels: 1 → 2nd, 2 → 3rd, 3 → 4th level — "low" in a three-step judgement is rarely the
 *   very lowest of five steps, nor "high" the very highest, so the extremes are left to the user;
 * - any other count: the level nearest to the same relative position, i.e. index
 *   round((t − 1) / 2 × (n − 1)) (2 levels: 1 → 1st, 2 and 3 → 2nd; 4 levels: 1st, 3rd, 4th).
 */
export function mapTypicalValue(typical: ThreeLevel, axis: Axis): number {
  const values = axis.levels.map((l) => l.value).sort((a, b) => a - b);
  const n = values.length;
  let index: number;
  if (n === 3) index = typical - 1;
  else if (n === 5) index = typical;
  else index = Math.round(((typical - 1) / 2) * (n - 1));
  const value = values[Math.min(Math.max(index, 0), n - 1)];
  if (value === undefined) throw new Error("empty axis");
  return value;
}

/** The library suggestions for `ids`, or the indexes of the ids that are not in the library. */
export function findSuggestions(
  ids: readonly string[],
): { ok: true; suggestions: RiskSuggestion[] } | { ok: false; unknown: number[] } {
  const found = ids.map((id) => getRiskSuggestion(id));
  const unknown = found.flatMap((s, i) => (s ? [] : [i]));
  if (unknown.length) return { ok: false, unknown };
  return { ok: true, suggestions: found as RiskSuggestion[] };
}

/** The values of a new risk row pre-filled from a suggestion, texts in `lang`. */
export function rowFromSuggestion(s: RiskSuggestion, matrix: RiskMatrix, lang: Lang) {
  return {
    phase: s.phase as string,
    kind: s.kind as string,
    description: s.risk[lang],
    // One countermeasure a line, as companies write them in the 対策 column.
    countermeasure: s.countermeasures.map((c) => c[lang]).join("\n") || null,
    likelihood: mapTypicalValue(s.typicalLikelihood, matrix.likelihood),
    impact: mapTypicalValue(s.typicalImpact, matrix.impact),
    suggestionId: s.id,
  };
}
